/// What a journal holds: its records in order, and a warning for every torn line skipped.
public struct JournalContents: Sendable {
    public let records: [JournalRecord]
    /// Dutch, one per skipped line.
    public let warnings: [String]

    public init(records: [JournalRecord], warnings: [String]) {
        self.records = records
        self.warnings = warnings
    }

    /// Per exercise id: how often it was finished and the best grade.
    public var progress: [String: ExerciseProgress] {
        var result: [String: ExerciseProgress] = [:]
        for record in records where record.kind == .finished {
            let previous = result[record.exercise]
            let best = [previous?.bestGrade, record.grade].compactMap { $0 }.max()
            result[record.exercise] = ExerciseProgress(
                exerciseID: record.exercise, timesFinished: (previous?.timesFinished ?? 0) + 1, bestGrade: best)
        }
        return result
    }
}
