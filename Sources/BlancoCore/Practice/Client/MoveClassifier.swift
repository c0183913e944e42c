/// Decides what a response did, as the client hears it: a flag first, then the
/// opinion-question, then what makes a good move worth nothing (the same question again,
/// the client's words read back, a question outside the story), then the good moves.
public struct MoveClassifier: Sendable {
    let exercise: Exercise
    public let vocabulary: StoryVocabulary

    public init(exercise: Exercise) {
        self.exercise = exercise
        vocabulary = StoryVocabulary(exercise: exercise)
    }

    /// The move of `response`, given its analysis, the turns before it and everything the
    /// client has said so far.
    public func move(of response: String, analysis: Analysis, earlier: [PracticeTurn], clientWords: String)
        -> ListenerMove
    {
        if let flag = Self.mostSerious(analysis.flags) { return .flagged(flag.category) }
        let kinds = Set(analysis.signals.map(\.kind))
        if kinds.contains(.opinionQuestion) { return .opinionQuestion }
        let isQuestion =
            response.contains("?") || !kinds.isDisjoint(with: [.openQuestion, .experienceQuestion, .meaningCheck])
        if isQuestion,
            let same = earlier.last(where: { $0.move.asksSomething && EchoCheck.isSameQuestion($0.response, response) })
        {
            return .repeated(turn: same.number)
        }
        if EchoCheck.isParroting(response, clientWords: clientWords) { return .parroted }
        if QuestionAim.isSmallTalk(response) || isOutsideStory(response) { return .offTopic }
        let aim = QuestionAim.aspect(of: response)
        if kinds.contains(.experienceQuestion) || (aim == .beleving && isQuestion) { return .experienceQuestion }
        if kinds.contains(.meaningCheck) { return Self.restates(response) ? .summary : .meaningCheck }
        if kinds.contains(.openQuestion) { return .factQuestion(aim) }
        if kinds.contains(.summary) { return .summary }
        if kinds.contains(.encourager) || kinds.contains(.silence) { return .encourager }
        if isQuestion { return aim.map { .factQuestion($0) } ?? .closedQuestion }
        return .statement
    }

    /// Major flags first, then the earliest in the response.
    public static func mostSerious(_ flags: [Flag]) -> Flag? {
        flags.min { lhs, rhs in
            if lhs.severity != rhs.severity { return lhs.severity == .major }
            return lhs.span < rhs.span
        }
    }

    /// Whether a checked response opens as a summary: "Als ik het goed begrijp …".
    static func restates(_ response: String) -> Bool {
        let words = TopicWords.fold(response)
        return FilmQuestionWords.summaryOpenings.contains { words.starts(with: $0) }
    }

    private func isOutsideStory(_ response: String) -> Bool {
        guard !vocabulary.unknownWords(in: response).isEmpty else { return false }
        return !exercise.film.contains { TopicWords.touches(response, topicWords: $0.topicWords) }
    }
}

extension ListenerMove {
    /// A move that asks or checks something, so asking it again is a repeat.
    var asksSomething: Bool {
        switch self {
        case .factQuestion, .experienceQuestion, .meaningCheck, .closedQuestion, .offTopic, .repeated: true
        default: false
        }
    }
}
