import BlancoCore
import Foundation

/// A small journal written by hand: two finished attempts at one exercise with flags,
/// good moves, grade parts, a self-assessment that is later changed, a reflection and a
/// learning goal, so every export format has something of each kind to show.
enum ExportFixtures {
    static let exerciseID = "brief-huur"

    static func turn(
        _ number: Int, attempt: String, response: String, flags: [JournalFlag] = [], moves: [String], points: Int,
        filmComplete: Bool = false, minute: Int
    ) -> JournalRecord {
        var record = JournalRecord(kind: .turn, attempt: attempt, exercise: exerciseID, time: time(minute))
        record.turn = number
        record.response = response
        record.flags = flags
        record.categories = Category.allCases.map(\.rawValue).filter { name in flags.contains { $0.category == name } }
        record.moves = moves
        record.points = points
        record.filmComplete = filmComplete
        return record
    }

    static func finished(attempt: String, grade: Double, points: Int, found: Int, total: Int, minute: Int)
        -> JournalRecord
    {
        var record = JournalRecord(kind: .finished, attempt: attempt, exercise: exerciseID, time: time(minute))
        record.grade = grade
        record.gradePoints = points
        record.gradeParts = [
            JournalGradePart(label: "blanco", points: 40, maximum: 50, detail: "1 vlag, −10"),
            JournalGradePart(label: "film", points: 30, maximum: 30, detail: "\(found) van de \(total) kernfeiten"),
        ]
        record.keyFactsFound = found
        record.keyFactsTotal = total
        record.hints = 1
        return record
    }

    static func time(_ minute: Int) -> String {
        "2026-11-25T15:\(minute < 10 ? "0" : "")\(minute):00Z"
    }

    static let judgment = JournalFlag(
        category: "judgment", rule: "nl.judgment.exclamation", severity: "major", start: 0, end: 7, text: "Wat erg")
    static let why = JournalFlag(
        category: "why-question", rule: "nl.why.own-action", severity: "major", start: 0, end: 26,
        text: "Waarom <script>alert(1)</script>")

    /// Attempt one: a judgment, an open question, a why-question with markup in it, then
    /// the opinion asked; goal "minder waaromvragen". Attempt two: clean.
    static var records: [JournalRecord] {
        var ratingsFirst = SkillRatings()
        ratingsFirst[.deferJudgment] = 2
        var ratingsLater = SkillRatings()
        ratingsLater[.deferJudgment] = 1
        ratingsLater[.askForFilm] = 5
        return [
            turn(
                1, attempt: "aaaa1111-first", response: "Wat erg voor u.", flags: [judgment], moves: [], points: 50,
                minute: 1),
            turn(
                2, attempt: "aaaa1111-first", response: "Wat gebeurde er?", moves: ["open-question"], points: 90,
                minute: 2),
            turn(
                3, attempt: "aaaa1111-first", response: "Waarom <script>alert(1)</script> deed u dat?", flags: [why],
                moves: [],
                points: 47, filmComplete: true, minute: 3),
            turn(
                4, attempt: "aaaa1111-first", response: "=SUM(A1) wat vindt u?", moves: ["opinion-question"],
                points: 90,
                filmComplete: true, minute: 4),
            finished(attempt: "aaaa1111-first", grade: 6.2, points: 58, found: 2, total: 2, minute: 5),
            .selfAssessment(ratingsFirst, attempt: "aaaa1111-first", exercise: exerciseID, time: date(5)),
            .reflection(
                "Ik oordeelde <b>te snel</b> & vroeg waarom.", attempt: "aaaa1111-first", exercise: exerciseID,
                time: date(5)),
            .goal("Minder waarom-vragen stellen", attempt: "aaaa1111-first", exercise: exerciseID, time: date(5)),
            turn(
                1, attempt: "bbbb2222-second", response: "Wat gebeurde er?", moves: ["open-question"], points: 90,
                minute: 10),
            turn(
                2, attempt: "bbbb2222-second", response: "-mm", moves: ["encourager"], points: 85, filmComplete: true,
                minute: 11),
            finished(attempt: "bbbb2222-second", grade: 8.4, points: 82, found: 2, total: 2, minute: 12),
            // A later self-assessment of the first attempt supersedes the earlier one.
            .selfAssessment(ratingsLater, attempt: "aaaa1111-first", exercise: exerciseID, time: date(13)),
        ]
    }

    static func date(_ minute: Int) -> Date {
        ISO8601DateFormatter().date(from: time(minute))!
    }

    static func portfolio(student: String? = "Sanne <de Vries>", records: [JournalRecord] = records) -> Portfolio {
        PortfolioBuilder(catalog: []).portfolio(from: records, student: student, generated: "2026-11-26T09:00:00Z")
    }

    static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
