/// One exchange in a practice session: the trainee's response, what the analyzer found in
/// it, and the client's answer.
public struct PracticeTurn: Sendable, Hashable {
    /// 1-based.
    public let number: Int
    public let response: String
    public let analysis: Analysis
    /// What the response did, as the client heard it.
    public let move: ListenerMove
    public let reply: ClientReply
    /// The client's words in answer.
    public let replyText: String
    /// Whether the whole film (every key fact) was known after this turn.
    public let filmComplete: Bool

    public init(
        number: Int, response: String, analysis: Analysis, move: ListenerMove = .statement, reply: ClientReply,
        replyText: String, filmComplete: Bool
    ) {
        self.number = number
        self.response = response
        self.analysis = analysis
        self.move = move
        self.reply = reply
        self.replyText = replyText
        self.filmComplete = filmComplete
    }

    /// The response's points from the analyzer (0–100).
    public var points: Int { analysis.score.points }
}
