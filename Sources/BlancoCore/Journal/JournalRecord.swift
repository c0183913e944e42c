import Foundation

/// One line of the journal: a turn of a practice session, or a finished exercise. Records
/// of one attempt share the `attempt` id, so concurrent sessions stay apart.
public struct JournalRecord: Sendable, Hashable, Codable {
    /// Whether the record holds one turn or the end of an attempt with its grade.
    public enum Kind: String, Sendable, Codable {
        case turn
        case finished
    }

    public let kind: Kind
    /// A random id per attempt at an exercise.
    public let attempt: String
    public let exercise: String
    /// ISO 8601, UTC.
    public let time: String

    // A turn.
    public var turn: Int?
    public var response: String?
    /// The flagged categories, by guideline name.
    public var categories: [String]?
    public var points: Int?
    /// The 1-based line in the exercise file of the fact the client told, if any.
    public var revealedFactLine: Int?

    // A finished exercise.
    public var grade: Double?
    public var turns: Int?
    public var keyFactsFound: Int?
    public var keyFactsTotal: Int?
    public var hints: Int?

    public init(kind: Kind, attempt: String, exercise: String, time: String) {
        self.kind = kind
        self.attempt = attempt
        self.exercise = exercise
        self.time = time
    }

    /// The record of one turn.
    public static func turn(_ turn: PracticeTurn, attempt: String, exercise: String, time: Date) -> JournalRecord {
        var record = JournalRecord(kind: .turn, attempt: attempt, exercise: exercise, time: timestamp(time))
        record.turn = turn.number
        record.response = turn.response
        record.categories = turn.analysis.categories.map(\.rawValue)
        record.points = turn.points
        record.revealedFactLine = turn.reply.revealedFact?.sourceLine
        return record
    }

    /// The record of a finished exercise (`/klaar`).
    public static func finished(_ session: PracticeSession, attempt: String, time: Date) -> JournalRecord {
        var record = JournalRecord(kind: .finished, attempt: attempt, exercise: session.exercise.id, time: timestamp(time))
        let score = session.score
        record.grade = score.grade
        record.turns = session.turns.count
        record.keyFactsFound = session.progress.keyRevealed
        record.keyFactsTotal = session.progress.keyTotal
        record.hints = session.hintsUsed.count
        return record
    }

    /// `2026-11-25T15:48:00Z`.
    /// The format style comes from FoundationEssentials: `ISO8601DateFormatter` would link
    /// ICU's data into a static binary (about 44 MB more).
    public static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }

    /// A fresh attempt id.
    public static func newAttemptID() -> String {
        UUID().uuidString.lowercased()
    }

    /// The record as one line of JSON, newline included.
    func encodedLine() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }
}
