/// Patterns for a good move of blank listening that a word sequence shows, such as checking
/// what the client means or asking openly about the client's own experience. A sentence
/// where one of the patterns matches (and no rule flags) earns a signal of `kind`. Open
/// questions, summaries, encouragers and silence are also recognised from the sentence as
/// a whole (see `SignalDetector`). The bundled signal rules are the files of
/// `Rules/nl/signals/` (see `Rules/README.md`).
public struct SignalRule: Sendable {
    public let kind: Signal.Kind
    /// The patterns, each with the name of its family in the signal's file.
    public let patterns: [TokenPattern]
    /// Responses that show the move, with the words a pattern finds marked `[[ ]]`.
    public let examples: [RuleExample]
    /// Responses close to a pattern that none of the patterns may find.
    public let counterexamples: [RuleExample]

    public init(kind: Signal.Kind, patterns: [TokenPattern], examples: [RuleExample], counterexamples: [RuleExample]) {
        self.kind = kind
        self.patterns = patterns
        self.examples = examples
        self.counterexamples = counterexamples
    }
}
