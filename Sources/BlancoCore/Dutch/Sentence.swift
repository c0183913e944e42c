/// One sentence of a response: a range of its tokens and what kind of sentence it is.
public struct Sentence: Sendable, Hashable {
    /// Whether and how a sentence asks something.
    public enum Form: Sendable, Hashable {
        /// A statement or an exclamation.
        case statement
        /// A question opened by a question word: "Wat gebeurde er toen?"
        case contentQuestion
        /// A question opened by its finite verb: "Heb je de brief nog?"
        case yesNoQuestion
        /// Statement word order with a question mark: "Dat was zeker zwaar?"
        case declarativeQuestion
    }

    /// The tokens of the sentence, punctuation included.
    public let tokens: Range<Int>
    public let form: Form
    /// The first token after any opening interjections ("Oké, ..."), if the sentence has
    /// a word at all.
    public let firstWordIndex: Int?
    /// The closing punctuation mark (".", "?", "!", "…", ";"), nil when the trainee typed none.
    public let terminal: String?
    /// The form of the sentence right before this one in the response, nil for the first:
    /// "Hebt u een indicatie? Dan kunt u ..." offers a step only as the pair.
    public let follows: Form?
    /// Whether the sentence right before this one is a why-question ("Waarom heeft u de
    /// enveloppen niet geopend? Dan weet u ..."): like a closed question it names the step
    /// the client did not take, so what follows can sell it. Only after its question mark:
    /// a clause after its comma ("waarom heb je niet eerder hulp gezocht, je werkt toch al
    /// een tijd zo") is read as part of the why-question in the labelled sets (3 of 3).
    public let followsWhyQuestion: Bool
    /// Whether the sentence is the clause after a why-question's comma ("waarom bent u
    /// weggegaan, u had toch nog kunnen vragen?"): its question mark closes the why-question,
    /// so the clause is no declarative question of its own.
    public let continuesWhyQuestion: Bool

    public init(
        tokens: Range<Int>, form: Form, firstWordIndex: Int?, terminal: String?, follows: Form? = nil,
        followsWhyQuestion: Bool = false, continuesWhyQuestion: Bool = false
    ) {
        self.tokens = tokens
        self.form = form
        self.firstWordIndex = firstWordIndex
        self.terminal = terminal
        self.follows = follows
        self.followsWhyQuestion = followsWhyQuestion
        self.continuesWhyQuestion = continuesWhyQuestion
    }

    public var isQuestion: Bool { form != .statement }
}
