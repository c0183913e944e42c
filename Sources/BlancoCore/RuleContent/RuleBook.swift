/// The rules the analyzer applies, grouped by category, and the patterns for good moves.
/// `standard` is the rule book Blanco ships; tests run every example in it.
public struct RuleBook: Sendable {
    public let rules: [Rule]
    /// The good-move patterns, one entry per signal kind (in `Signal.Kind` order).
    public let signals: [SignalRule]

    /// A book of `rules`; its good moves are the bundled ones unless `signals` says otherwise.
    public init(rules: [Rule], signals: [SignalRule]? = nil) {
        self.rules = rules
        self.signals = signals ?? Self.bundledSignals
    }

    /// Every rule of Rules/, in the order of Rules/nl/order.md, and the good moves of
    /// Rules/nl/signals/ (embedded at build time by `swift run blanco-embed`: see
    /// RuleBook+Generated.swift).
    public static let standard = RuleBook(rules: bundledRules, signals: bundledSignals)

    /// How many parts `prepareStandard(part:)` parses `standard` in.
    public static var standardParts: Int { bundledPartCount }

    /// Parses one part of `standard` (a rule, or the good moves) before it is first used:
    /// parsing its patterns is most of the program's start, and threads that each take
    /// other parts (every part from 0 to `standardParts - 1` once) do it together. The
    /// book is the same however it was prepared.
    public static func prepareStandard(part: Int) {
        _ = prepareBundledPart(part)
    }

    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }
}
