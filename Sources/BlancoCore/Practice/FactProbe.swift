/// What a question brings up in an exercise, and why: for `blanco validate --proef`, so an
/// author can check the topic words without playing the exercise. The questions are put to
/// a real `PracticeSession` in order, so the answer is the session's own choice of fact.
public struct FactProbe: Sendable {
    /// One question and what the client did with it.
    public struct Answer: Sendable {
        public let question: String
        /// How the session read the question (a fact question about an aspect, an
        /// encourager, a closed question, …).
        public let move: ListenerMove
        public let reply: ClientReply
        public let replyText: String
        /// The topic words of the revealed fact that the question touches.
        public let touchedWords: [String]
        /// Other facts still untold whose topic words the question touches, with those words.
        public let alsoTouched: [(fact: Fact, words: [String])]
        /// The good moves the analyzer saw in the question.
        public let signals: [Signal.Kind]
        /// The flag the client reacted to, if any.
        public let flag: Flag?
    }

    public let exercise: Exercise

    public init(exercise: Exercise) {
        self.exercise = exercise
    }

    /// Each question in turn, as the trainee's responses from the start of the exercise.
    public func answers(to questions: [String]) -> [Answer] {
        var session = PracticeSession(exercise: exercise)
        return questions.map { question in
            let untoldBefore = exercise.film.indices.filter { !session.revealedFactIndices.contains($0) }
            let turn = session.respond(question)
            let revealed = turn.reply.revealedFact
            let also = untoldBefore.map { exercise.film[$0] }.filter { $0 != revealed }.compactMap { fact in
                let words = Self.touchedWords(of: fact, by: question)
                return words.isEmpty ? nil : (fact, words)
            }
            var flag: Flag?
            if case .reacts(let category) = turn.reply {
                flag = turn.analysis.flags.first { $0.category == category } ?? turn.analysis.flags.first
            }
            return Answer(
                question: question, move: turn.move, reply: turn.reply, replyText: turn.replyText,
                touchedWords: revealed.map { Self.touchedWords(of: $0, by: question) } ?? [], alsoTouched: also,
                signals: turn.analysis.signals.map(\.kind), flag: flag)
        }
    }

    /// The fact's topic words that `question` touches.
    public static func touchedWords(of fact: Fact, by question: String) -> [String] {
        fact.topicWords.filter { TopicWords.touches(question, topicWords: [$0]) }
    }
}
