/// One span of a response that is not blank, with why it matters and a blank alternative.
public struct Flag: Sendable, Hashable, Codable {
    public let category: Category
    /// The id of the rule that found it, e.g. `nl.judgment.value-word`.
    public let ruleID: String
    public let severity: Severity
    public let span: TextSpan
    /// The exact words of the response in `span`.
    public let text: String
    /// Why it matters for blank listening, in Dutch.
    public let message: String
    /// A blank alternative, in Dutch.
    public let suggestion: String

    public init(
        category: Category, ruleID: String, severity: Severity, span: TextSpan,
        text: String, message: String, suggestion: String
    ) {
        self.category = category
        self.ruleID = ruleID
        self.severity = severity
        self.span = span
        self.text = text
        self.message = message
        self.suggestion = suggestion
    }
}
