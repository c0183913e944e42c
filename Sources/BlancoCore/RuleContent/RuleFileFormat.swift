/// The words of the rule-file format (`Rules/README.md`) and the values they stand for,
/// in one place for the parser, the validator's hints and the converter that writes files.
public enum RuleFileFormat {
    public static let metadataKeys = [
        "id", "category", "severity", "scope", "extent", "yields-to-echo", "reassures-client", "check",
    ]
    public static let requiredKeys = ["id", "category", "severity"]

    public static let scopes: [(name: String, scope: Rule.Scope)] = [
        ("any-sentence", .anySentence), ("statements", .statements), ("questions", .questions),
        ("content-questions", .contentQuestions), ("yes-no-questions", .yesNoQuestions),
        ("declarative-questions", .declarativeQuestions), ("not-content-questions", .notContentQuestions),
        ("assertions", .assertions), ("not-declarative-questions", .notDeclarativeQuestions),
        ("exclamations", .exclamations), ("statements-after-closed-questions", .statementsAfterClosedQuestions),
        ("statements-after-why-questions", .statementsAfterWhyQuestions),
    ]

    public static let extents: [(name: String, extent: Rule.Extent)] = [("match", .match), ("sentence", .sentence)]

    public static let reaches: [(name: String, reach: Antipattern.Reach)] = [
        ("overlapping", .overlapping), ("sentence", .sameSentence),
    ]

    public static let checks: [(name: String, check: Inference)] = [
        ("conclusion-beyond-client-words", .conclusionBeyondClientWords), ("assumed-answer", .assumedAnswer),
        ("agreement-bid", .agreementBid), ("confirmation-tag", .confirmationTag),
        ("negative-question", .negativeQuestion), ("self-evident-assumption", .selfEvidentAssumption),
    ]

    public static func name(of scope: Rule.Scope) -> String { scopes.first { $0.scope == scope }!.name }
    public static func name(of extent: Rule.Extent) -> String { extents.first { $0.extent == extent }!.name }
    public static func name(of reach: Antipattern.Reach) -> String { reaches.first { $0.reach == reach }!.name }
    public static func name(of check: Inference) -> String { checks.first { $0.check == check }!.name }

    /// Section headings (after `## `) and the keys of their lines.
    public static let patternHeading = "pattern"
    public static let exceptionHeading = "exception"
    public static let messageHeading = "message"
    public static let suggestionHeading = "suggestion"
    public static let counterexamplesHeading = "counterexamples"
    /// The examples of a rule with a whole-sentence check, which has no patterns.
    public static let examplesHeading = "examples"
    public static let patternKeys = ["why", "match", "example", "counterexample", "context"]
    public static let exceptionKeys = ["why", "reach", "match", "example"]

    /// A pattern or exception name: lower case letters, digits and hyphens.
    static func isName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix("-") && !name.hasSuffix("-")
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
