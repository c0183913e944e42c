#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The class report as JSON, `"schema": "blanco.klasrapport/1"`, documented in the
/// README. Per exercise at least `exercise` (the id), `students` (how many handed in) and
/// `categories` (flags per category, by guideline name, every category present, zeros
/// included). Grades are the recomputed ones; `gradeBook` is absent when anonymous.
///
/// Each field is named once, where its value is taken from the report (`JSONValue`,
/// pretty-printed with sorted keys by `JSONEncoder`); a field without a value is left out.
public struct ClassReportJSON: Sendable {
    public static let schemaID = "blanco.klasrapport/1"

    public init() {}

    public func render(_ report: ClassReport, generator: String) -> [UInt8] {
        let document = object(
            ("schema", .string(Self.schemaID)), ("generator", .string(generator)),
            ("anonymous", .bool(report.anonymous)),
            ("exercises", .array(report.exercises.map { entry($0, anonymous: report.anonymous) })),
            (
                "skipped",
                .array(
                    report.skipped.map {
                        object(
                            ("file", .string(report.anonymous ? ClassFormat.fileName($0.file) : $0.file)),
                            ("reason", .string($0.reason)))
                    })
            ))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(document)) ?? Data("{}".utf8)) + [0x0A]
    }

    /// An object of the members that have a value.
    private func object(_ members: (String, JSONValue?)...) -> JSONValue {
        .object(members.compactMap { key, value in value.map { (key, $0) } })
    }

    /// Two decimals, as a lecturer reads a mean.
    private func rounded(_ value: Double) -> JSONValue { .number((value * 100).rounded() / 100) }

    private func row(_ row: ClassExerciseSummary.GradeBookRow) -> JSONValue {
        object(
            ("student", row.student.map(JSONValue.string)),
            ("file", row.file.map { .string(ClassFormat.fileName($0)) }),
            ("attempt", .string(row.attempt)), ("grade", .number(row.grade)),
            ("claimedGrade", row.claimedGrade.map(JSONValue.number)), ("gradeMatches", .bool(!row.mismatch)),
            ("turns", .int(row.turns)), ("flags", .int(row.flags)), ("keyFactsFound", .int(row.keyFactsFound)),
            ("keyFactsTotal", .int(row.keyFactsTotal)), ("hints", .int(row.hints)),
            ("finished", row.finished.map(JSONValue.string)), ("profile", .string(row.profile)))
    }

    private func entry(_ summary: ClassExerciseSummary, anonymous: Bool) -> JSONValue {
        let grades = summary.grades.map { spread in
            object(
                ("count", .int(spread.count)), ("lowest", .number(spread.lowest)),
                ("lowerQuartile", .number(spread.lowerQuartile)), ("median", .number(spread.median)),
                ("upperQuartile", .number(spread.upperQuartile)), ("highest", .number(spread.highest)),
                ("passing", .int(spread.passing)), ("bands", .array(spread.bands.map(JSONValue.int))))
        }
        let film = object(
            ("keyFacts", .int(summary.exercise.keyFacts.count)),
            ("meanKeyFactsFound", rounded(summary.meanKeyFactsFound)),
            ("complete", .int(summary.completeFilm)),
            (
                "facts",
                .array(
                    summary.film.map {
                        object(
                            ("aspect", .string($0.aspect.rawValue)), ("key", .bool($0.isKey)),
                            ("excerpt", .string($0.excerpt)), ("heardBy", .int($0.heardBy)))
                    })
            ))
        let examples = summary.examples.map { example in
            object(
                ("kind", .string(example.analysis.flags.isEmpty ? "strong" : "pitfall")),
                ("note", .string(example.note)),
                ("response", .string(example.response)),
                (
                    "flags",
                    .array(
                        example.analysis.flags.map {
                            object(
                                ("category", .string($0.category.rawValue)), ("rule", .string($0.ruleID)),
                                ("start", .int($0.span.start)), ("end", .int($0.span.end)), ("text", .string($0.text)))
                        })
                ),
                ("moves", .array(example.analysis.signals.map(\.kind.rawValue).uniqued().map(JSONValue.string))))
        }
        return object(
            ("exercise", .string(summary.exercise.id)), ("title", .string(summary.exercise.title)),
            ("students", .int(summary.students)), ("handIns", .int(summary.handIns)),
            ("responses", .int(summary.responses)), ("grades", grades),
            ("profiles", .object(summary.profiles.map { ($0.profile, .int($0.handIns)) })),
            ("categories", .object(summary.categories.map { ($0.category.rawValue, .int($0.flags)) })),
            ("handInsPerCategory", .object(summary.categories.map { ($0.category.rawValue, .int($0.handIns)) })),
            (
                "phrases",
                .array(
                    summary.phrases.map {
                        object(
                            ("text", .string($0.text)), ("category", .string($0.category.rawValue)),
                            ("count", .int($0.count)))
                    })
            ),
            ("film", film),
            (
                "selfVersusCoach",
                .array(
                    summary.skills.map {
                        object(
                            ("skill", .string($0.skill)), ("rated", .int($0.rated)), ("selfMean", rounded($0.selfMean)),
                            ("coachMean", rounded($0.coachMean)), ("gap", .number($0.gap)))
                    })
            ),
            ("examples", .array(examples)),
            ("gradeBook", anonymous ? nil : .array(summary.gradeBook.map(row))),
            ("mismatches", .array(summary.mismatches.map(row))))
    }
}
