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

    public init(tokens: Range<Int>, form: Form, firstWordIndex: Int?, terminal: String?, follows: Form? = nil) {
        self.tokens = tokens
        self.form = form
        self.firstWordIndex = firstWordIndex
        self.terminal = terminal
        self.follows = follows
    }

    public var isQuestion: Bool { form != .statement }
}
