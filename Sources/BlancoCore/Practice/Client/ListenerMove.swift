/// What a response did, as the simulated client heard it. The client answers the move, the
/// grade counts the skills from it, and the debrief names it per turn.
public enum ListenerMove: Sendable, Hashable {
    /// A response with a flag (judgment, interpretation, advice, …): the first serious one.
    case flagged(Category)
    /// An opinion-question the analyzer did not flag: the film was complete.
    case opinionQuestion
    /// An open question about the film, aimed at an aspect when its question word says so.
    case factQuestion(Aspect?)
    /// An open question about how the client lived it.
    case experienceQuestion
    /// A summary in the listener's own voice.
    case summary
    /// Checking what the client means.
    case meaningCheck
    /// "mm", "ga door", "…": support, not a question.
    case encourager
    /// A yes/no question.
    case closedQuestion
    /// The same question as an earlier turn (1-based).
    case repeated(turn: Int)
    /// Long stretches of the client's own words read back.
    case parroted
    /// A question about something outside the story.
    case offTopic
    /// Anything else: a remark without a question, flag or good move.
    case statement

    /// A skill that collects the film: open questions, summaries, meaning-checks.
    public var isListeningSkill: Bool {
        switch self {
        case .factQuestion, .experienceQuestion, .summary, .meaningCheck: true
        default: false
        }
    }

    /// How the debrief names the move, in Dutch.
    public var dutchName: String {
        switch self {
        case .flagged(let category): category.dutchName
        case .opinionQuestion: "meningsvraag"
        case .factQuestion: "open vraag naar feiten"
        case .experienceQuestion: "open vraag naar de beleving"
        case .summary: "samenvatting"
        case .meaningCheck: "checken wat de cliënt bedoelt"
        case .encourager: "aanmoediging of stilte"
        case .closedQuestion: "gesloten vraag"
        case .repeated(let turn): "herhaling van beurt \(turn)"
        case .parroted: "de woorden van de cliënt teruggelezen"
        case .offTopic: "vraag buiten het verhaal"
        case .statement: "opmerking zonder vraag"
        }
    }
}
