/// One rule of the rule book: what it looks for, why that matters for blank listening and
/// what to say instead, with the examples that prove it. Rules are plain values so that
/// `blanco rules` can list them and the test suite can run every example.
public struct Rule: Sendable {
    /// How a rule finds its spans.
    public enum Detection: Sendable {
        /// Any of these token patterns.
        case patterns([TokenPattern])
        /// A check that looks at a whole sentence, its context and other flags.
        case inference(Inference)
    }

    /// Which sentences a rule applies to.
    public enum Scope: Sendable {
        case anySentence
        case statements
        case questions
        case contentQuestions
        case yesNoQuestions
        /// Statement word order with a question mark: "Dat was zeker zwaar?"; not the clause after
        /// a why-question's comma, whose question mark is the why-question's.
        case declarativeQuestions
        case notContentQuestions
        /// Statements and statement-order questions: where the listener asserts something.
        case assertions
        /// Everything but statement-order questions, which the leading-question checks
        /// handle ("Dat vond je zeker niet leuk?").
        case notDeclarativeQuestions
        /// Sentences ending in "!".
        case exclamations
        /// Statements right after a closed question (a yes/no or statement-order question, not
        /// one opened by a question word): "Hebt u al een indicatie? Dan kunt u ..." reads the
        /// question as a step and the statement as what the step brings. A why-question names
        /// a step the same way: "Waarom heeft u de enveloppen niet geopend? Dan weet u ...".
        case statementsAfterClosedQuestions
        /// Statements right after a why-question: "Waarom ben je niet eerder weggegaan? Je
        /// weet toch dat ...": after asking the client's reason, a "toch" holds them to what
        /// they should have known.
        case statementsAfterWhyQuestions

        func admits(_ sentence: Sentence) -> Bool {
            let form = sentence.form
            switch self {
            case .anySentence: return true
            case .statements: return form == .statement
            case .questions: return form != .statement
            case .contentQuestions: return form == .contentQuestion
            case .yesNoQuestions: return form == .yesNoQuestion
            case .declarativeQuestions: return form == .declarativeQuestion && !sentence.continuesWhyQuestion
            case .notContentQuestions: return form != .contentQuestion
            case .assertions: return form == .statement || form == .declarativeQuestion
            case .notDeclarativeQuestions: return form != .declarativeQuestion
            case .exclamations: return sentence.terminal == "!"
            case .statementsAfterClosedQuestions:
                return form == .statement
                    && (sentence.follows == .yesNoQuestion || sentence.follows == .declarativeQuestion
                        || sentence.followsWhyQuestion)
            case .statementsAfterWhyQuestions: return form == .statement && sentence.followsWhyQuestion
            }
        }
    }

    /// What the flag's span covers.
    public enum Extent: Sendable {
        /// The matched words.
        case match
        /// The whole sentence the match is in (for questions).
        case sentence
    }

    /// "nl.<category>.<what>", stable: exports and tests refer to it.
    public let id: String
    public let category: Category
    public let severity: Severity
    /// Why it matters for blank listening, in Dutch, in a coach's tone.
    public let message: String
    /// A blank alternative, in Dutch.
    public let suggestion: String
    public let detection: Detection
    public let scope: Scope
    public let extent: Extent
    public let antipatterns: [Antipattern]
    /// Responses that trigger the rule, the expected spans marked `[[like this]]`.
    public let examples: [RuleExample]
    /// Responses that must not trigger the rule.
    public let counterexamples: [RuleExample]
    /// Whether the rule stays silent when the matched words are the client's own (four in
    /// five of their content words in the context): "Dus je moest thuisblijven omdat je
    /// moeder ziek is" repeats the client's explanation rather than adding one.
    public let yieldsToEcho: Bool
    /// Whether the echo check reads the clause the match closes rather than the matched
    /// words: a closing tag ("je zit er nu al een jaar he, op die plek?") asks the client
    /// to confirm the clause before it, so the tag is silent when that clause is the
    /// client's own fact given back (`yields-to-echo: clause`).
    public let echoReadsClause: Bool
    /// Whether the rule's verdict only acquits or praises the client ("u kon er toch niks
    /// aan doen?"): a leading question built on it reassures rather than asks the client to
    /// agree with a verdict on the case, so it is no agreement bid.
    public let reassuresClient: Bool

    public init(
        id: String, category: Category, severity: Severity, message: String, suggestion: String,
        detection: Detection, scope: Scope = .anySentence, extent: Extent = .match,
        antipatterns: [Antipattern] = [], examples: [RuleExample], counterexamples: [RuleExample] = [],
        yieldsToEcho: Bool = false, echoReadsClause: Bool = false, reassuresClient: Bool = false
    ) {
        self.yieldsToEcho = yieldsToEcho || echoReadsClause
        self.echoReadsClause = echoReadsClause
        self.reassuresClient = reassuresClient
        self.id = id
        self.category = category
        self.severity = severity
        self.message = message
        self.suggestion = suggestion
        self.detection = detection
        self.scope = scope
        self.extent = extent
        self.antipatterns = antipatterns
        self.examples = examples
        self.counterexamples = counterexamples
    }

    /// Convenience for the common case: token patterns.
    public init(
        id: String, category: Category, severity: Severity, message: String, suggestion: String,
        patterns: [[TokenPattern.Element]], scope: Scope = .anySentence, extent: Extent = .match,
        antipatterns: [Antipattern] = [], examples: [RuleExample], counterexamples: [RuleExample] = [],
        yieldsToEcho: Bool = false, echoReadsClause: Bool = false, reassuresClient: Bool = false
    ) {
        self.init(
            id: id, category: category, severity: severity, message: message, suggestion: suggestion,
            detection: .patterns(patterns.map { TokenPattern($0) }), scope: scope, extent: extent,
            antipatterns: antipatterns, examples: examples, counterexamples: counterexamples,
            yieldsToEcho: yieldsToEcho, echoReadsClause: echoReadsClause, reassuresClient: reassuresClient)
    }
}

/// Checks that look at a whole sentence rather than a token sequence.
public enum Inference: String, Sendable, CaseIterable {
    /// A "dus ..." sentence whose words go beyond what the client said.
    case conclusionBeyondClientWords
    /// A leading question that carries no named verdict: the expected answer it puts in
    /// the client's mouth is the listener's interpretation.
    case assumedAnswer
    /// A leading question that carries the listener's verdict on the case asks the client to
    /// agree with it: an opinion-question. (One that only acquits or praises the client, "u
    /// kon er toch niks aan doen?", reassures instead.)
    case agreementBid
    /// "..., klopt dat?" after an interpretation or verdict asks to confirm it.
    case confirmationTag
    /// A question opened by its verb and negated in its main clause, around an interpretation
    /// or verdict, expects "ja": "Was dat niet vreselijk?", "Had hij niet moeten bellen?"
    case negativeQuestion
    /// A statement that holds the listener's "natuurlijk" or "uiteraard" where no other rule
    /// named what the sentence does: the listener presents an assumption as self-evident ("hij
    /// zit natuurlijk gewoon in een fase").
    case selfEvidentAssumption
}

/// An exception to a rule: where this pattern matches, the rule's match does not count.
public struct Antipattern: Sendable {
    /// Where the exception looks.
    public enum Reach: Sendable {
        /// It must overlap the rule's match.
        case overlapping
        /// Anywhere in the same sentence.
        case sameSentence
    }

    public let pattern: TokenPattern
    /// The exception's name in its rule file, shown by `analyze --uitleg`.
    public let name: String
    public let reach: Reach
    /// Why this is not a case of the rule, in English for developers.
    public let reason: String
    /// A response that would trigger the rule but for this exception.
    public let example: String

    public init(
        _ elements: [TokenPattern.Element], name: String = "", reach: Reach = .overlapping, reason: String,
        example: String,
        source: String = ""
    ) {
        pattern = TokenPattern(elements, source: source)
        self.name = name
        self.reach = reach
        self.reason = reason
        self.example = example
    }
}

/// An example response for a rule, with the client's words it answers (the context).
/// In `text`, `[[` and `]]` mark the spans the rule must flag.
public struct RuleExample: Sendable, ExpressibleByStringLiteral {
    public let text: String
    public let context: String
    /// The name of the pattern family it belongs to; empty for a rule-wide counterexample.
    public let pattern: String

    public init(_ text: String, context: String = "", pattern: String = "") {
        self.text = text
        self.context = context
        self.pattern = pattern
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// The response without the span markers.
    public var response: String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            if scalars.starts(with: "[[".unicodeScalars) || scalars.starts(with: "]]".unicodeScalars) {
                scalars = scalars.dropFirst(2)
            } else {
                result.append(scalar)
                scalars = scalars.dropFirst()
            }
        }
        return String(result)
    }

    /// The marked spans, in Unicode scalars of `response`.
    public var expectedSpans: [TextSpan] {
        var spans: [TextSpan] = []
        var offset = 0
        var start: Int?
        var scalars = text.unicodeScalars[...]
        while !scalars.isEmpty {
            if scalars.starts(with: "[[".unicodeScalars) {
                start = offset
                scalars = scalars.dropFirst(2)
            } else if scalars.starts(with: "]]".unicodeScalars), let open = start {
                spans.append(TextSpan(start: open, end: offset))
                start = nil
                scalars = scalars.dropFirst(2)
            } else {
                offset += 1
                scalars = scalars.dropFirst()
            }
        }
        return spans
    }
}
