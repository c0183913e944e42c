/// Decides what a response did, as the client hears it: a flag first, then the
/// opinion-question, then what makes a good move worth nothing (the same question again,
/// the client's words read back, a question outside the story), then the good moves.
public struct MoveClassifier: Sendable {
    let exercise: Exercise
    public let vocabulary: StoryVocabulary
    /// Per fact of the film, in its order: its topic words, prepared once.
    private let filmTopics: [TopicStems]

    public init(exercise: Exercise) {
        self.exercise = exercise
        vocabulary = StoryVocabulary(exercise: exercise)
        filmTopics = exercise.film.map { TopicStems($0.topicWords) }
    }

    /// How many topic words of the fact at `index` in the film the folded response words
    /// touch (`TopicWords.matchCount`).
    func topicMatches(_ words: [String], factAt index: Int) -> Int {
        filmTopics[index].matchCount(words)
    }

    /// The move of `response`, given its analysis, the turns before it and everything the
    /// client has said so far.
    public func move(of response: String, analysis: Analysis, earlier: [PracticeTurn], clientWords: String)
        -> ListenerMove
    {
        move(
            of: response, words: TopicWords.fold(response), analysis: analysis, earlier: earlier,
            earlierWords: earlier.map { TopicWords.fold($0.response) }, clientWords: TopicWords.fold(clientWords))
    }

    /// `move(of:analysis:earlier:clientWords:)` with the words already folded
    /// (`TopicWords.fold`): the response's, each earlier response's (in the order of
    /// `earlier`) and the client's, as a practice session keeps them.
    func move(
        of response: String, words: [String], analysis: Analysis, earlier: [PracticeTurn], earlierWords: [[String]],
        clientWords: [String]
    ) -> ListenerMove {
        if let flag = Self.mostSerious(analysis.flags) { return .flagged(flag.category) }
        let kinds = Set(analysis.signals.map(\.kind))
        if kinds.contains(.opinionQuestion) { return .opinionQuestion }
        let isQuestion =
            response.contains("?") || !kinds.isDisjoint(with: [.openQuestion, .experienceQuestion, .meaningCheck])
        let distinct = isQuestion && words.count >= 4 ? Set(words) : nil
        if isQuestion,
            let same = earlier.indices.last(where: {
                earlier[$0].move.asksSomething
                    && EchoCheck.isSameQuestion(words: earlierWords[$0], words, rightDistinct: distinct)
            })
        {
            return .repeated(turn: earlier[same].number)
        }
        if EchoCheck.isParroting(said: words, heard: clientWords) { return .parroted }
        if QuestionAim.isSmallTalk(words: words) || isOutsideStory(words) { return .offTopic }
        let aim = QuestionAim.aspect(ofWords: words)
        if kinds.contains(.experienceQuestion) || (aim == .beleving && isQuestion) { return .experienceQuestion }
        if kinds.contains(.meaningCheck) { return Self.restates(words) ? .summary : .meaningCheck }
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
    static func restates(_ words: [String]) -> Bool {
        Words.summaryOpenings.contains { words.starts(with: $0) }
    }

    private func isOutsideStory(_ words: [String]) -> Bool {
        guard !vocabulary.unknownWords(inWords: words).isEmpty else { return false }
        return !filmTopics.contains { $0.matchCount(words) > 0 }
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
