/// What the trainee sees at the end of an exercise, as data: every turn with its move and
/// flagged words, the grade and its parts, the film with what was heard, the chances
/// missed, when the opinion was asked, the model responses and the reflection questions.
/// Exports and self-assessment build on this model; the CLI only renders it.
public struct Debrief: Sendable {
    /// One line of the film, marked with whether the trainee heard it and in which turn.
    public struct FilmLine: Sendable, Hashable {
        public let fact: Fact
        public let wasRevealed: Bool
        public let revealedInTurn: Int?
    }

    /// One turn as the debrief shows it.
    public struct TurnNote: Sendable, Hashable {
        public let number: Int
        public let response: String
        public let move: ListenerMove
        /// Every flag: its category and the trainee's exact words.
        public let flags: [Flag]
        /// The fact the client told in answer, if any.
        public let revealed: Fact?
    }

    /// When the client's opinion was asked.
    public enum OpinionTiming: Sendable, Hashable {
        case askedWhenFilmComplete(turn: Int)
        case onlyTooEarly(turns: [Int])
        case notAsked
    }

    public let exercise: Exercise
    public let turns: [PracticeTurn]
    public let notes: [TurnNote]
    public let score: ExerciseScore
    public let film: [FilmLine]
    public let missedChances: [MissedChance]
    public let opinion: OpinionTiming

    public init(session: PracticeSession) {
        exercise = session.exercise
        turns = session.turns
        score = session.score
        notes = session.turns.map {
            TurnNote(
                number: $0.number, response: $0.response, move: $0.move, flags: $0.analysis.flags,
                revealed: $0.reply.revealedFact)
        }
        film = session.exercise.film.map { fact in
            let turn = session.turns.first { $0.reply.revealedFact == fact }
            return FilmLine(fact: fact, wasRevealed: turn != nil, revealedInTurn: turn?.number)
        }
        missedChances = MissedChance.find(exercise: session.exercise, turns: session.turns)
        if let turn = score.skills.opinionTurn {
            opinion = .askedWhenFilmComplete(turn: turn)
        } else if !score.skills.prematureOpinionTurns.isEmpty {
            opinion = .onlyTooEarly(turns: score.skills.prematureOpinionTurns)
        } else {
            opinion = .notAsked
        }
    }

    /// The film in brief, from the exercise.
    public var summary: String { exercise.debrief }
    public var modelResponses: [String] { exercise.modelResponses }

    /// Whether any response was flagged: the exercise's reflection questions about a verdict
    /// or explanation "you had ready" then fit what happened.
    public var hadFlags: Bool { notes.contains { !$0.flags.isEmpty } }

    /// The exercise's reflection questions, after questions about what this trainee did:
    /// the first flagged turn and a skipped opinion. Nothing presupposes what did not happen.
    public var reflectionQuestions: [String] {
        var questions: [String] = []
        if let flagged = notes.first(where: { !$0.flags.isEmpty }), let flag = flagged.flags.first {
            let closed = flag.text.last.map { ".!?".contains($0) } ?? false
            questions.append(
                "In beurt \(flagged.number) zei je \u{201C}\(flag.text)\u{201D}\(closed ? "" : ".") Wat ging er op dat moment door je heen?"
            )
        }
        // Only a complete film makes the opinion-question due; before that, skipping it was right.
        if case .notAsked = opinion, turns.last?.filmComplete == true {
            questions.append(
                "Je vroeg \(exercise.client.name) niet wat die er zelf van vond. Wat hield je tegen, en wanneer had het gepast?"
            )
        }
        return questions + exercise.reflectionQuestions
    }
}
