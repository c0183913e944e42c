/// The listening skills a conversation showed, counted from the moves the client heard.
/// Repeats, parroting and questions outside the story count for nothing; encouragers are
/// counted as support, not as a skill.
public struct SkillTally: Sendable, Hashable, Codable {
    public var factQuestions = 0
    public var experienceQuestions = 0
    public var summaries = 0
    public var meaningChecks = 0
    public var encouragers = 0
    /// The turn the client gave their opinion (asked once the film was complete).
    public var opinionTurn: Int?
    /// Turns where the opinion was asked before the film was complete.
    public var prematureOpinionTurns: [Int] = []

    public init(turns: [PracticeTurn]) {
        for turn in turns {
            switch turn.move {
            case .factQuestion: factQuestions += 1
            case .experienceQuestion: experienceQuestions += 1
            case .summary: summaries += 1
            case .meaningCheck: meaningChecks += 1
            case .encourager: encouragers += 1
            case .flagged(.prematureOpinion): prematureOpinionTurns.append(turn.number)
            default: break
            }
            if turn.reply == .givesOpinion, opinionTurn == nil { opinionTurn = turn.number }
            if case .reacts(to: .prematureOpinion) = turn.reply, turn.move == .opinionQuestion {
                prematureOpinionTurns.append(turn.number)
            }
        }
    }
}
