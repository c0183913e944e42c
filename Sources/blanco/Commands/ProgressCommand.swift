import BlancoCore
import DisplayText

/// `blanco voortgang`: per exercise the attempts and best grade, the grade and the coach's
/// three skills over time as small charts, the categories flagged most and how that
/// changed, the learning goals, and the latest attempts with their ids.
enum ProgressCommand: Command {
    static let name = "progress"
    static let aliases = ["voortgang"]
    static let summary = "Toon je voortgang: cijfers, vaardigheden en leerdoelen over de tijd"
    static let usage = """
        Gebruik: blanco voortgang [--exercise ID] [--since DATUM]

        Toont per oefening je pogingen en je beste cijfer, je cijfer en de drie
        vaardigheden (zoals de coach ze zag) over de tijd als kleine grafiek, wat het
        vaakst werd aangestreept en of dat minder werd, je leerdoelen en of je ze haalde,
        en je laatste pogingen met hun id (voor 'blanco reflectie ID').
        Met --color never of TERM=dumb tekent blanco de grafiek met gewone tekens.

        """

    /// How many attempts the charts and the list of latest attempts show at most.
    static let chartLength = 40
    static let latestCount = 5

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let parsed: ParsedArguments
        do throws(UsageError) {
            parsed = try ArgumentSpec(valueOptions: ["--exercise", "--since"]).parse(arguments)
            if let extra = parsed.positionals.first {
                throw UsageError(message: "'voortgang' verwacht geen '\(extra)'")
            }
        } catch {
            context.error(error.message)
            return .usage
        }
        guard let journal = JournalPortfolio.load(context) else { return .dataError }
        let portfolio = journal.builder(exercise: parsed.value("--exercise"), since: parsed.value("--since"))
            .portfolio(from: journal.records, student: nil, generated: JournalPortfolio.now())
        guard !portfolio.attempts.isEmpty else {
            context.out.line(
                "Je hebt nog niet geoefend, dus er is nog geen voortgang te zien. Begin met 'blanco practice'; daarna zie je hier hoe je groeit."
            )
            return .ok
        }
        let ascii = context.color == .never || context.environment["TERM"] == "dumb"
        context.out.write(render(portfolio, ascii: ascii))
        return .ok
    }

    static func render(_ portfolio: Portfolio, ascii: Bool) -> String {
        let summary = PortfolioSummary(portfolio)
        let clean = { (text: String) in TerminalText.sanitize(text, keepNewlines: false) }
        var out =
            "Je voortgang: \(portfolio.attempts.count) \(portfolio.attempts.count == 1 ? "poging" : "pogingen"), \(portfolio.finishedAttempts.count) afgerond, \(summary.totalTurns) reacties\n\n"

        out += "Per oefening\n"
        let rows = summary.exercises.map {
            [$0.id, String($0.attempts), String($0.finished), ExportText.grade($0.bestGrade)]
        }
        out += indent(
            TextTable(header: ["oefening", "pogingen", "afgerond", "beste"], rows: rows).render(sanitize: true))

        if !summary.grades.isEmpty {
            let shown = min(chartLength, summary.grades.count)
            out +=
                "\nOver de tijd (oudste links\(summary.grades.count > shown ? ", de laatste \(shown) afgeronde pogingen" : ""))\n"
            var chartRows: [[String]] = []
            let grades = Array(summary.grades.suffix(shown))
            chartRows.append([
                "cijfer", Sparkline.render(grades, scale: 1...10, ascii: ascii),
                ExportText.grade(grades.first) + " → " + ExportText.grade(grades.last),
            ])
            for skill in Skill.allCases {
                guard let values = summary.coachRatings[skill]?.suffix(shown), !values.isEmpty else { continue }
                chartRows.append([
                    skill.dutchName, Sparkline.render(values.map(Double.init), scale: 1...5, ascii: ascii),
                    "\(values.first!) → \(values.last!)",
                ])
            }
            out += indent(
                TextTable(header: ["", "", ""], rows: chartRows).render(sanitize: true).split(
                    separator: "\n", omittingEmptySubsequences: false
                ).dropFirst().joined(separator: "\n"))
            out += "  (cijfer op een schaal van 1 tot 10, vaardigheden van 1 tot 5, zoals de coach ze zag)\n"
        }

        if !summary.categories.isEmpty {
            out += "\nWat het vaakst werd aangestreept (beurten per 10 reacties, eerst → later)\n"
            let rows = summary.categories.prefix(6).map { line -> [String] in
                let change =
                    line.laterPerTenTurns < line.earlierPerTenTurns
                    ? "minder" : line.laterPerTenTurns > line.earlierPerTenTurns ? "vaker" : "gelijk"
                return [
                    line.category.dutchName, "\(line.total)×",
                    ExportText.perTen(line.earlierPerTenTurns) + " → " + ExportText.perTen(line.laterPerTenTurns),
                    change,
                ]
            }
            out += indent(
                TextTable(header: ["", "", "", ""], rows: rows).render(sanitize: true).split(
                    separator: "\n", omittingEmptySubsequences: false
                ).dropFirst().joined(separator: "\n"))
        }

        if !portfolio.goals.isEmpty {
            out += "\nLeerdoelen\n"
            for goal in portfolio.goals.suffix(5) {
                out +=
                    "  " + ExportText.date(goal.set, withTime: false) + " \u{201C}" + clean(goal.text) + "\u{201D}: "
                    + ExportText.goalStatus(goal) + "\n"
            }
        }

        out += "\nLaatste pogingen (het id gebruik je bij 'blanco reflectie ID')\n"
        let latest = portfolio.attempts.suffix(latestCount).map { attempt in
            [
                attempt.shortID, ExportText.date(attempt.started), attempt.exercise.id,
                attempt.grade.map(ExportText.grade) ?? "niet afgerond",
                attempt.selfRatings == nil ? "" : "zelf beoordeeld",
            ]
        }
        out += indent(
            TextTable(header: ["id", "datum", "oefening", "cijfer", ""], rows: latest).render(sanitize: true))
        return out
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { "  " + $0.trimmingTrailingSpaces() + "\n" }
            .joined()
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return self[startIndex..<end]
    }
}
