#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension JournalRecord {
    /// The trainee's own ratings for an attempt.
    public static func selfAssessment(_ ratings: SkillRatings, attempt: String, exercise: String, time: Date)
        -> JournalRecord
    {
        var record = JournalRecord(kind: .selfAssessment, attempt: attempt, exercise: exercise, time: timestamp(time))
        record.selfRatings = ratings
        return record
    }

    /// The trainee's reflection on an attempt: what went well, what next time.
    public static func reflection(_ text: String, attempt: String, exercise: String, time: Date) -> JournalRecord {
        var record = JournalRecord(kind: .reflection, attempt: attempt, exercise: exercise, time: timestamp(time))
        record.text = text
        return record
    }

    /// A learning goal for next time, set at the end of an attempt.
    public static func goal(_ text: String, attempt: String, exercise: String, time: Date) -> JournalRecord {
        var record = JournalRecord(kind: .goal, attempt: attempt, exercise: exercise, time: timestamp(time))
        record.text = text
        return record
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each only the first time it occurs.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
