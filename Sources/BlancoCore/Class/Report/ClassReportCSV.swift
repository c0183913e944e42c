/// The class report as a spreadsheet for the grade book, in the same Dutch-Excel form as
/// the student export (`CSVExport`): semicolons, a decimal comma, a UTF-8 byte-order mark,
/// CRLF, and every text cell guarded against formulas.
///
/// One row per hand-in: name, exercise, recomputed grade, the file's own grade and
/// whether they agree, film, turns, flags, hints, and the profile that graded it. With
/// `--anoniem` there are no rows per student; instead one row per exercise with the class
/// figures.
public struct ClassReportCSV: Sendable {
    private let csv = CSVExport(dialect: .dutch)

    public init() {}

    public static let gradeBookHeader = [
        "naam", "oefening", "cijfer", "cijfer in bestand", "klopt", "kernfeiten", "beurten", "vlaggen", "hints",
        "ingeleverd (UTC)",
        "poging", "bestand", "profiel",
    ]

    public func render(_ report: ClassReport) -> [UInt8] {
        var text = ""
        if report.anonymous {
            text += row(
                [
                    "oefening", "studenten", "inleveringen", "mediaan", "onderste kwartiel", "bovenste kwartiel",
                    "voldoende",
                ]
                    + Category.allCases.map(\.dutchName))
            for summary in report.exercises {
                text += row(
                    [
                        summary.exercise.id, String(summary.students), String(summary.handIns),
                        summary.grades.map { number($0.median) } ?? "",
                        summary.grades.map { number($0.lowerQuartile) } ?? "",
                        summary.grades.map { number($0.upperQuartile) } ?? "",
                        summary.grades.map { String($0.passing) } ?? "",
                    ]
                        + summary.categories.map { String($0.flags) })
            }
        } else {
            text += row(Self.gradeBookHeader)
            for summary in report.exercises {
                for entry in summary.gradeBook {
                    text += row([
                        entry.student ?? HandInName.anonymous, summary.exercise.id, number(entry.grade),
                        entry.claimedGrade.map(number) ?? "", entry.mismatch ? "nee" : "ja",
                        "\(entry.keyFactsFound) van \(entry.keyFactsTotal)", String(entry.turns), String(entry.flags),
                        String(entry.hints), entry.finished.map(CSVExport.dateTime) ?? "",
                        String(entry.attempt.prefix(8)),
                        entry.file.map(ClassFormat.fileName) ?? "", entry.profile,
                    ])
                }
            }
        }
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    /// Two decimals at most, with a comma: `6,25`, `7,4`.
    private func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let rest = hundredths % 100
        if rest == 0 { return "\(whole),0" }
        return rest % 10 == 0 ? "\(whole),\(rest / 10)" : "\(whole),\(rest < 10 ? "0" : "")\(rest)"
    }

    private func row(_ cells: [String]) -> String {
        cells.map(csv.cell).joined(separator: ";") + "\r\n"
    }
}
