/// One match of one rule, before stage handling and de-duplication turn it into a flag.
struct RuleFinding: Sendable {
    let ruleIndex: Int
    /// The rule, shared with the compiled book: a copy of its dozen fields in every finding
    /// made a block of 8,000 flags hold megabytes of copies.
    private let shared: SharedRule
    var rule: Rule { shared.rule }
    /// The pattern that matched (its index in the compiled book), or -1 for a whole-sentence check.
    let pattern: Int
    /// The tokens the finding covers.
    let tokens: ClosedRange<Int>
    let sentence: Int
    /// The tokens the flagged span runs over: the match, or its sentence.
    let spanTokens: ClosedRange<Int>
    let span: TextSpan

    init(
        ruleIndex: Int, rule: SharedRule, pattern: Int, tokens: ClosedRange<Int>, sentence: Int,
        spanTokens: ClosedRange<Int>, span: TextSpan
    ) {
        self.ruleIndex = ruleIndex
        shared = rule
        self.pattern = pattern
        self.tokens = tokens
        self.sentence = sentence
        self.spanTokens = spanTokens
        self.span = span
    }
}

/// A rule of a compiled book, held once and referred to by each of its findings.
final class SharedRule: Sendable {
    let rule: Rule

    init(_ rule: Rule) {
        self.rule = rule
    }
}
