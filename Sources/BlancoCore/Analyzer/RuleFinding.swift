/// One match of one rule, before stage handling and de-duplication turn it into a flag.
struct RuleFinding: Sendable {
    let ruleIndex: Int
    let rule: Rule
    /// The tokens the finding covers.
    let tokens: ClosedRange<Int>
    let sentence: Int
    let span: TextSpan
}
