/// One match of one rule, before stage handling and de-duplication turn it into a flag.
struct RuleFinding: Sendable {
    let ruleIndex: Int
    let rule: Rule
    /// The pattern that matched (its index in the compiled book), or -1 for a whole-sentence check.
    let pattern: Int
    /// The tokens the finding covers.
    let tokens: ClosedRange<Int>
    let sentence: Int
    /// The tokens the flagged span runs over: the match, or its sentence.
    let spanTokens: ClosedRange<Int>
    let span: TextSpan
}
