import DisplayText
/// The class report for the terminal: per exercise the grades, the tally per category,
/// the frequent phrases, the film, self versus coach, examples and the grade book. Every
/// text from files is sanitised, so a hand-in cannot send escape codes to the terminal.
public struct ClassReportText: Sendable {
    public init() {}

    public func render(_ report: ClassReport) -> String {
        var out: [String] = []
        if report.exercises.isEmpty {
            out.append("Er zijn (nog) geen bruikbare inleveringen.")
        }
        for (index, summary) in report.exercises.enumerated() {
            if index > 0 { out.append("") }
            render(summary, anonymous: report.anonymous, into: &out)
        }
        if !report.skipped.isEmpty {
            out.append("")
            out.append(
                "\(report.skipped.count) \(report.skipped.count == 1 ? "bestand" : "bestanden") overgeslagen (zie de meldingen hierboven)."
            )
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func s(_ text: String) -> String { TerminalText.sanitize(text, keepNewlines: false) }

    private func render(_ summary: ClassExerciseSummary, anonymous: Bool, into out: inout [String]) {
        let title = "Klasrapport: \(s(summary.exercise.title)) (\(s(summary.exercise.id)))"
        out.append(title)
        out.append(String(repeating: "=", count: min(78, DisplayWidth.of(title))))
        out.append(
            "\(summary.students) \(summary.students == 1 ? "student" : "studenten") · \(summary.handIns) \(summary.handIns == 1 ? "inlevering" : "inleveringen") · \(summary.responses) reacties"
        )
        if let profiles = ClassFormat.profiles(summary) { out.append(s(profiles)) }
        if let grades = summary.grades {
            out.append("")
            out.append("Cijfers (opnieuw berekend met de huidige regels)")
            out.append(
                "  mediaan \(ClassFormat.grade(grades.median)) · kwartielen \(ClassFormat.grade(grades.lowerQuartile))–\(ClassFormat.grade(grades.upperQuartile)) · laagste \(ClassFormat.grade(grades.lowest)) · hoogste \(ClassFormat.grade(grades.highest))"
            )
            out.append("  \(grades.passing) van de \(grades.count) voldoende (5,5 of hoger)")
            let widest = max(1, grades.bands.max() ?? 1)
            for (band, count) in grades.bands.enumerated() where count > 0 || (band >= 2 && band <= 8) {
                let bar = String(repeating: "█", count: (count * 30 + widest - 1) / widest)
                out.append("  \(String(band + 1).leftPadded(to: 2)) \(bar) \(count)")
            }
        }
        out.append("")
        out.append("Vlaggen per categorie")
        let width = summary.categories.map { DisplayWidth.of($0.category.dutchName) }.max() ?? 10
        for count in summary.categories {
            out.append(
                "  \(count.category.dutchName.rightPadded(to: width))  \(String(count.flags).leftPadded(to: 4))×  in \(count.handIns) van de \(summary.handIns) inleveringen"
            )
        }
        if !summary.phrases.isEmpty {
            out.append("")
            out.append("Wat het vaakst werd gezegd")
            for phrase in summary.phrases {
                out.append("  “\(s(phrase.text))” ×\(phrase.count)  (\(phrase.category.dutchName))")
            }
        }
        out.append("")
        out.append(
            "Film: gemiddeld \(ClassFormat.grade(summary.meanKeyFactsFound)) van de \(summary.exercise.keyFacts.count) kernfeiten gehoord; \(summary.completeFilm) van de \(summary.handIns) hoorden de hele film"
        )
        for fact in summary.film {
            out.append(
                "  \((fact.aspect.rawValue + (fact.isKey ? " (kern)" : "")).rightPadded(to: 16)) \(String(fact.heardBy).leftPadded(to: 3))/\(summary.handIns)  \(s(fact.excerpt))"
            )
        }
        if !summary.skills.isEmpty {
            out.append("")
            out.append("Zelfbeoordeling en coach (gemiddeld, 1–5)")
            for skill in summary.skills {
                let name = ClassCoachRatings.dutchName(skill.skill)
                out.append(
                    "  \(name.rightPadded(to: 30)) zelf \(ClassFormat.grade(skill.selfMean)) · coach \(ClassFormat.grade(skill.coachMean)) · verschil \(ClassFormat.signed(skill.gap))  (\(skill.rated) studenten)"
                )
            }
        }
        if !summary.examples.isEmpty {
            out.append("")
            out.append("Voorbeelden voor de bespreking (anoniem)")
            for example in summary.examples {
                out.append("  \(example.note):")
                out.append("    “\(s(example.response))”")
                for flag in example.analysis.flags {
                    out.append("      \(flag.category.dutchName): “\(s(flag.text))” — blanco: \(s(flag.suggestion))")
                }
                if example.analysis.flags.isEmpty {
                    let moves = example.analysis.signals.map(\.kind.dutchName).uniqued()
                    if !moves.isEmpty { out.append("      goed: \(moves.joined(separator: ", "))") }
                }
            }
        }
        if !summary.gradeBook.isEmpty {
            out.append("")
            out.append("Cijferlijst")
            let names = summary.gradeBook.map { s($0.student ?? HandInName.anonymous) }
            let nameWidth = max(4, names.map(DisplayWidth.of).max() ?? 4)
            out.append(
                "  \("naam".rightPadded(to: nameWidth))  cijfer  film  beurten  vlaggen  hints  poging    bestand")
            for (row, name) in zip(summary.gradeBook, names) {
                var line = "  \(name.rightPadded(to: nameWidth))  \(ClassFormat.grade(row.grade).leftPadded(to: 6))"
                line +=
                    "  \("\(row.keyFactsFound)/\(row.keyFactsTotal)".leftPadded(to: 4))  \(String(row.turns).leftPadded(to: 7))"
                line +=
                    "  \(String(row.flags).leftPadded(to: 7))  \(String(row.hints).leftPadded(to: 5))  \(String(row.attempt.prefix(8)))"
                line += "  \(s(ClassFormat.fileName(row.file ?? "")))" + (row.mismatch ? "  (!)" : "")
                out.append(line)
            }
        }
        if !summary.mismatches.isEmpty {
            out.append("")
            out.append(
                "Let op: \(summary.mismatches.count) \(summary.mismatches.count == 1 ? "inlevering noemt" : "inleveringen noemen") een ander cijfer dan de eigen antwoorden geven"
            )
            out.append(
                "(een bewerkt bestand, of gemaakt met andere regels); de lijst gebruikt het herberekende cijfer:")
            for row in summary.mismatches {
                let who =
                    anonymous ? "poging \(row.attempt.prefix(8))" : s(ClassFormat.fileName(row.file ?? row.attempt))
                let claimed = row.claimedGrade.map(ClassFormat.grade) ?? "–"
                out.append(
                    "  \(who): in het bestand \(claimed), herberekend \(ClassFormat.grade(row.grade))"
                        + (row.generator.map { " (gemaakt met \(s($0)))" } ?? ""))
            }
        }
    }
}

/// Number and name formatting the class report's renderers share.
enum ClassFormat {
    /// `6,4`: one decimal with a comma.
    static func grade(_ value: Double) -> String { ResponseScore.dutchDecimal(value) }

    /// `+0,7`, `−0,3`, `0,0`.
    static func signed(_ value: Double) -> String {
        let text = ResponseScore.dutchDecimal(abs(value))
        if text == "0,0" { return text }
        return (value > 0 ? "+" : "−") + text
    }

    /// Which profile graded the hand-ins, in Dutch; nil when all were graded with the
    /// standard one. Several profiles are named with their counts and a warning, since
    /// their grades are not quite comparable.
    static func profiles(_ summary: ClassExerciseSummary) -> String? {
        let profiles = summary.profiles
        if profiles.isEmpty || profiles.map(\.profile) == [Profile.standard.id] { return nil }
        if profiles.count == 1 { return "Profiel: \(profiles[0].profile) (waarmee de studenten oefenden)" }
        return "Profielen: "
            + profiles.map { "\($0.profile) ×\($0.handIns)" }.joined(separator: ", ")
            + ". Elke inlevering is beoordeeld met het profiel waarmee ze is gemaakt; de cijfers zijn dus niet helemaal vergelijkbaar."
    }

    /// The last path component.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(self))) + self
    }

    func rightPadded(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - DisplayWidth.of(self)))
    }
}
