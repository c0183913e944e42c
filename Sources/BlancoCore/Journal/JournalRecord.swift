#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One line of the journal: a turn of a practice session, a finished exercise, or the
/// trainee's self-assessment, reflection or learning goal for an attempt. Records of one
/// attempt share the `attempt` id, so concurrent sessions stay apart. Nothing is ever
/// rewritten: a later self-assessment, reflection or goal for the same attempt supersedes
/// the earlier one.
public struct JournalRecord: Sendable, Hashable, Codable {
    /// Whether the record holds one turn or the end of an attempt with its grade.
    public enum Kind: String, Sendable, Codable {
        case turn
        case finished
        /// The trainee's own 1–5 per skill (`selfRatings`).
        case selfAssessment = "self-assessment"
        /// What went well and what next time (`text`).
        case reflection
        /// A learning goal for next time (`text`).
        case goal
    }

    public internal(set) var kind: Kind
    /// A random id per attempt at an exercise.
    public internal(set) var attempt: String
    public internal(set) var exercise: String
    /// ISO 8601, UTC.
    public internal(set) var time: String

    // A turn.
    public var turn: Int?
    public var response: String?
    /// The flagged categories, by guideline name.
    public var categories: [String]?
    public var points: Int?
    /// The 1-based line in the exercise file of the fact the client told, if any.
    public var revealedFactLine: Int?
    /// Each flag with its rule and span (absent in journals written before exports).
    public var flags: [JournalFlag]?
    /// The good moves found, by guideline name (`open-question`, …).
    public var moves: [String]?
    /// Whether every key fact was known after this turn.
    public var filmComplete: Bool?

    // A finished exercise.
    public var grade: Double?
    public var turns: Int?
    public var keyFactsFound: Int?
    public var keyFactsTotal: Int?
    public var hints: Int?
    /// The grade's points (0–100) and its parts, as the scoring explained them.
    public var gradePoints: Int?
    public var gradeParts: [JournalGradePart]?

    // A self-assessment.
    public var selfRatings: SkillRatings?

    // A reflection or a learning goal; empty clears an earlier one.
    public var text: String?

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
        record.flags = turn.analysis.flags.map(JournalFlag.init)
        record.moves = turn.analysis.signals.map(\.kind.rawValue).uniqued()
        record.filmComplete = turn.filmComplete
        return record
    }

    /// The record of a finished exercise (`/klaar`).
    public static func finished(_ session: PracticeSession, attempt: String, time: Date) -> JournalRecord {
        var record = JournalRecord(
            kind: .finished, attempt: attempt, exercise: session.exercise.id, time: timestamp(time))
        let score = session.score
        record.grade = score.grade
        record.turns = session.turns.count
        record.keyFactsFound = session.progress.keyRevealed
        record.keyFactsTotal = session.progress.keyTotal
        record.hints = session.hintsUsed.count
        record.gradePoints = score.points
        record.gradeParts = GradeAdapter.parts(of: score)
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
