/// A flag as the journal keeps it with a turn: enough to highlight the words and name the
/// rule in an export, without the Dutch explanation (which the rules can change).
public struct JournalFlag: Sendable, Hashable, Codable {
    /// The guideline name, e.g. `judgment`.
    public let category: String
    /// The rule id, e.g. `nl.judgment.value-word`.
    public let rule: String
    public let severity: String
    /// Unicode scalar offsets into the response, half-open.
    public let start: Int
    public let end: Int
    /// The flagged words.
    public let text: String

    public init(category: String, rule: String, severity: String, start: Int, end: Int, text: String) {
        self.category = category
        self.rule = rule
        self.severity = severity
        self.start = start
        self.end = end
        self.text = text
    }

    public init(_ flag: Flag) {
        self.init(
            category: flag.category.rawValue, rule: flag.ruleID, severity: flag.severity.rawValue,
            start: flag.span.start, end: flag.span.end, text: flag.text)
    }
}

/// One part of an exercise grade as the journal keeps it: label, points, maximum, detail.
public struct JournalGradePart: Sendable, Hashable, Codable {
    public let label: String
    public let points: Int
    public let maximum: Int
    public let detail: String

    public init(label: String, points: Int, maximum: Int, detail: String) {
        self.label = label
        self.points = points
        self.maximum = maximum
        self.detail = detail
    }
}
