#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The class report as JSON, `"schema": "blanco.klasrapport/1"`, documented in the
/// README. Per exercise at least `exercise` (the id), `students` (how many handed in) and
/// `categories` (flags per category, by guideline name, every category present, zeros
/// included). Grades are the recomputed ones; `gradeBook` is absent when anonymous.
public struct ClassReportJSON: Sendable {
    public static let schemaID = "blanco.klasrapport/1"

    public init() {}

    struct Document: Encodable {
        let schema: String
        let generator: String
        let anonymous: Bool
        let exercises: [ExerciseEntry]
        let skipped: [Skipped]
    }

    struct Skipped: Encodable {
        let file: String
        let reason: String
    }

    struct Grades: Encodable {
        let count: Int
        let lowest: Double
        let lowerQuartile: Double
        let median: Double
        let upperQuartile: Double
        let highest: Double
        let passing: Int
        /// Whole-number bands 1–10.
        let bands: [Int]
    }

    struct PhraseEntry: Encodable {
        let text: String
        let category: String
        let count: Int
    }

    struct FactEntry: Encodable {
        let aspect: String
        let key: Bool
        let excerpt: String
        let heardBy: Int
    }

    struct Film: Encodable {
        let keyFacts: Int
        let meanKeyFactsFound: Double
        let complete: Int
        let facts: [FactEntry]
    }

    struct SkillEntry: Encodable {
        let skill: String
        let rated: Int
        let selfMean: Double
        let coachMean: Double
        let gap: Double
    }

    struct FlagEntry: Encodable {
        let category: String
        let rule: String
        let start: Int
        let end: Int
        let text: String
    }

    struct ExampleEntry: Encodable {
        let kind: String
        let note: String
        let response: String
        let flags: [FlagEntry]
        let moves: [String]
    }

    struct Row: Encodable {
        let student: String?
        let file: String?
        let attempt: String
        let grade: Double
        let claimedGrade: Double?
        let gradeMatches: Bool
        let turns: Int
        let flags: Int
        let keyFactsFound: Int
        let keyFactsTotal: Int
        let hints: Int
        let finished: String?
    }

    struct ExerciseEntry: Encodable {
        let exercise: String
        let title: String
        let students: Int
        let handIns: Int
        let responses: Int
        let grades: Grades?
        let categories: [String: Int]
        let handInsPerCategory: [String: Int]
        let phrases: [PhraseEntry]
        let film: Film
        let selfVersusCoach: [SkillEntry]
        let examples: [ExampleEntry]
        let gradeBook: [Row]?
        let mismatches: [Row]
    }

    public func render(_ report: ClassReport, generator: String) -> [UInt8] {
        let document = Document(
            schema: Self.schemaID, generator: generator, anonymous: report.anonymous,
            exercises: report.exercises.map { entry($0, anonymous: report.anonymous) },
            skipped: report.skipped.map {
                Skipped(file: report.anonymous ? ClassFormat.fileName($0.file) : $0.file, reason: $0.reason)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(document)) ?? Data("{}".utf8)) + [0x0A]
    }

    private func entry(_ summary: ClassExerciseSummary, anonymous: Bool) -> ExerciseEntry {
        let row = { (row: ClassExerciseSummary.GradeBookRow) in
            Row(
                student: row.student, file: row.file.map(ClassFormat.fileName), attempt: row.attempt, grade: row.grade,
                claimedGrade: row.claimedGrade, gradeMatches: !row.mismatch, turns: row.turns, flags: row.flags,
                keyFactsFound: row.keyFactsFound, keyFactsTotal: row.keyFactsTotal, hints: row.hints,
                finished: row.finished)
        }
        return ExerciseEntry(
            exercise: summary.exercise.id, title: summary.exercise.title, students: summary.students,
            handIns: summary.handIns, responses: summary.responses,
            grades: summary.grades.map {
                Grades(
                    count: $0.count, lowest: $0.lowest, lowerQuartile: $0.lowerQuartile, median: $0.median,
                    upperQuartile: $0.upperQuartile, highest: $0.highest, passing: $0.passing, bands: $0.bands)
            },
            categories: Dictionary(uniqueKeysWithValues: summary.categories.map { ($0.category.rawValue, $0.flags) }),
            handInsPerCategory: Dictionary(
                uniqueKeysWithValues: summary.categories.map { ($0.category.rawValue, $0.handIns) }),
            phrases: summary.phrases.map {
                PhraseEntry(text: $0.text, category: $0.category.rawValue, count: $0.count)
            },
            film: Film(
                keyFacts: summary.exercise.keyFacts.count,
                meanKeyFactsFound: (summary.meanKeyFactsFound * 100).rounded() / 100,
                complete: summary.completeFilm,
                facts: summary.film.map {
                    FactEntry(aspect: $0.aspect.rawValue, key: $0.isKey, excerpt: $0.excerpt, heardBy: $0.heardBy)
                }),
            selfVersusCoach: summary.skills.map {
                SkillEntry(
                    skill: $0.skill, rated: $0.rated, selfMean: ($0.selfMean * 100).rounded() / 100,
                    coachMean: ($0.coachMean * 100).rounded() / 100, gap: $0.gap)
            },
            examples: summary.examples.enumerated().map { index, example in
                ExampleEntry(
                    kind: example.analysis.flags.isEmpty ? "strong" : "pitfall", note: example.note,
                    response: example.response,
                    flags: example.analysis.flags.map {
                        FlagEntry(
                            category: $0.category.rawValue, rule: $0.ruleID, start: $0.span.start, end: $0.span.end,
                            text: $0.text)
                    },
                    moves: example.analysis.signals.map(\.kind.rawValue).uniqued())
            },
            gradeBook: anonymous ? nil : summary.gradeBook.map(row),
            mismatches: summary.mismatches.map(row))
    }
}
