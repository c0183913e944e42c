/// One span of a response that is not blank, with why it matters and a blank alternative.
public struct Flag: Sendable, Hashable, Codable {
    public let category: Category
    /// The id of the rule that found it, e.g. `nl.judgment.value-word`.
    public let ruleID: String
    /// The name of the rule's pattern that found it (its rule file's `## pattern NAME`), or
    /// of its whole-sentence check, so a false alarm can be traced to one pattern.
    public let pattern: String
    public let severity: Severity
    public let span: TextSpan
    /// The exact words of the response in `span`.
    public let text: String
    /// Why it matters for blank listening, in Dutch.
    public let message: String
    /// A blank alternative, in Dutch.
    public let suggestion: String

    public init(
        category: Category, ruleID: String, pattern: String = "", severity: Severity, span: TextSpan,
        text: String, message: String, suggestion: String
    ) {
        self.category = category
        self.ruleID = ruleID
        self.pattern = pattern
        self.severity = severity
        self.span = span
        self.text = text
        self.message = message
        self.suggestion = suggestion
    }
}
