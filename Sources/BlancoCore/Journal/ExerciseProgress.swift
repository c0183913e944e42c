/// A trainee's progress on one exercise, for `/lijst` and `blanco list`.
public struct ExerciseProgress: Sendable, Hashable {
    public let exerciseID: String
    /// How often the exercise was finished with `/klaar`.
    public let timesFinished: Int
    public let bestGrade: Double?

    public init(exerciseID: String, timesFinished: Int, bestGrade: Double?) {
        self.exerciseID = exerciseID
        self.timesFinished = timesFinished
        self.bestGrade = bestGrade
    }

    /// Finished at least once.
    public var isDone: Bool { timesFinished > 0 }
}
