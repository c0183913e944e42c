/// The rules the analyzer applies, grouped by category, and the checks for good moves.
/// `standard` is the rule book Blanco ships; tests run every example in it.
public struct RuleBook: Sendable {
    public let rules: [Rule]

    public init(rules: [Rule]) {
        self.rules = rules
    }

    /// Every rule of Rules/, in the order of Rules/nl/order.md (embedded at build time by
    /// `swift run blanco-embed`: see RuleBook+Generated.swift).
    public static let standard = RuleBook(rules: bundledRules)

    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }
}
