/// What the trainee sees at the end of an exercise: every turn with its flags and points,
/// the grade and its parts, the full film, the model responses and the reflection questions.
public struct Debrief: Sendable {
    /// One line of the film, marked with whether the trainee heard it.
    public struct FilmLine: Sendable, Hashable {
        public let fact: Fact
        public let wasRevealed: Bool
    }

    public let exercise: Exercise
    public let turns: [PracticeTurn]
    public let score: ExerciseScore
    public let film: [FilmLine]

    public init(session: PracticeSession) {
        exercise = session.exercise
        turns = session.turns
        score = session.score
        let revealed = Set(session.revealedFactIndices)
        film = session.exercise.film.indices.map { FilmLine(fact: session.exercise.film[$0], wasRevealed: revealed.contains($0)) }
    }

    /// The film in brief, from the exercise.
    public var summary: String { exercise.debrief }
    public var modelResponses: [String] { exercise.modelResponses }
    public var reflectionQuestions: [String] { exercise.reflectionQuestions }
}
