/// A good listening move the analyzer recognised in a response.
public struct Signal: Sendable, Hashable, Codable {
    /// The kinds of good moves, named in the guideline's "What is good".
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// An open question about facts or images: "Wat gebeurde er toen?"
        case openQuestion = "open-question"
        /// Checking what the client means: "Bedoel je de brief van maart?"
        case meaningCheck = "meaning-check"
        /// A summary in the client's own words, adding nothing.
        case summary
        /// A minimal encourager: "Mm.", "Vertel verder."
        case encourager
        /// Silence: "…", "(stilte)", or an empty turn.
        case silence
        /// An open question about the client's own experience: "Hoe was dat voor jou?"
        case experienceQuestion = "experience-question"
        /// An opinion-question asked at the late stage, when it is no longer premature.
        case opinionQuestion = "opinion-question"

        /// The Dutch name a trainee sees.
        public var dutchName: String {
            switch self {
            case .openQuestion: "open vraag naar feiten"
            case .meaningCheck: "checken wat de cliënt bedoelt"
            case .summary: "samenvatting in de woorden van de cliënt"
            case .encourager: "aanmoediging om verder te vertellen"
            case .silence: "stilte"
            case .experienceQuestion: "open vraag naar de beleving"
            case .opinionQuestion: "meningsvraag op het goede moment"
            }
        }
    }

    public let kind: Kind
    public let span: TextSpan
    public let text: String

    public init(kind: Kind, span: TextSpan, text: String) {
        self.kind = kind
        self.span = span
        self.text = text
    }
}
