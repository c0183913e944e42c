/// The Markdown portfolio: progress over time at the top, then per attempt the vignette,
/// every response with its flagged words in bold and its points, the grade and its parts,
/// the film heard, self versus coach, the reflection and the learning goal. Everything the
/// trainee or an exercise file wrote is escaped, so it shows as typed and adds no markup.
public struct MarkdownExport: Sendable {
    public init() {}

    public func render(_ portfolio: Portfolio) -> [UInt8] {
        var out: [String] = ["# " + ExportText.title, ""]
        if let student = portfolio.student { out.append("**Student:** " + Self.escape(student) + "  ") }
        out.append("**Gemaakt:** " + ExportText.date(portfolio.generated) + "  ")
        if let exercise = portfolio.exerciseFilter { out.append("**Oefening:** " + Self.escape(exercise) + "  ") }
        if let since = portfolio.since { out.append("**Vanaf:** " + Self.escape(since) + "  ") }
        out.append("")
        guard !portfolio.attempts.isEmpty else {
            out.append("Er zijn nog geen oefenpogingen om te laten zien.")
            return Array((out.joined(separator: "\n") + "\n").utf8)
        }
        out += summary(portfolio)
        for attempt in portfolio.attempts { out += self.attempt(attempt) }
        return Array((out.joined(separator: "\n") + "\n").utf8)
    }

    private func summary(_ portfolio: Portfolio) -> [String] {
        let summary = PortfolioSummary(portfolio)
        var out = ["## Voortgang", ""]
        out.append(
            "\(portfolio.attempts.count) pogingen, \(portfolio.finishedAttempts.count) afgerond, \(summary.totalTurns) reacties."
        )
        if !summary.grades.isEmpty {
            out.append("")
            out.append("Cijfers over de tijd: " + summary.grades.map(ExportText.grade).joined(separator: " → "))
        }
        out += ["", "| Oefening | Pogingen | Afgerond | Beste cijfer |", "|---|---:|---:|---:|"]
        for line in summary.exercises {
            out.append(
                "| \(Self.escape(line.title)) | \(line.attempts) | \(line.finished) | \(ExportText.grade(line.bestGrade)) |"
            )
        }
        if !summary.coachRatings.isEmpty || !summary.selfRatings.isEmpty {
            out += ["", "| Vaardigheid | Zelf (gemiddeld) | Coach (gemiddeld) |", "|---|---:|---:|"]
            for skill in Skill.allCases {
                out.append(
                    "| \(skill.dutchName) | \(Self.average(summary.selfRatings[skill])) | \(Self.average(summary.coachRatings[skill])) |"
                )
            }
        }
        if !summary.categories.isEmpty {
            out += ["", "Wat het vaakst werd aangestreept (beurten per 10, eerst → later):", ""]
            for line in summary.categories {
                out.append(
                    "- \(line.category.dutchName): \(line.total)× (\(ExportText.perTen(line.earlierPerTenTurns)) → \(ExportText.perTen(line.laterPerTenTurns)))"
                )
            }
        }
        if !portfolio.goals.isEmpty {
            out += ["", "### Leerdoelen", ""]
            for goal in portfolio.goals {
                out.append(
                    "- \(ExportText.date(goal.set, withTime: false)): \u{201C}\(Self.escape(goal.text))\u{201D} — \(ExportText.goalStatus(goal))"
                )
            }
        }
        out.append("")
        return out
    }

    private func attempt(_ attempt: PortfolioAttempt) -> [String] {
        let exercise = attempt.exercise
        var out = ["---", "", "## " + Self.escape(exercise.displayTitle), ""]
        var facts = ["Poging `\(attempt.shortID)`", ExportText.date(attempt.started)]
        if let level = exercise.level { facts.append("niveau \(level)") }
        if attempt.finished == nil { facts.append("niet afgerond") }
        out.append(facts.joined(separator: " · "))
        out.append("")
        if let about = exercise.about, let client = exercise.client {
            out.append("*" + Self.escape(client) + ":* " + Self.escape(about))
            out.append("")
        }
        if let opening = exercise.opening {
            out.append("> " + Self.escape(opening))
            out.append("")
        }
        out.append("### Reacties")
        out.append("")
        for turn in attempt.turns {
            out.append("\(turn.number)\\. " + Self.highlighted(turn) + " — \(turn.points) punten  ")
            if turn.flags.isEmpty, !turn.categories.isEmpty {
                out.append("   " + turn.categories.map(ExportText.category).joined(separator: ", "))
            }
            for flag in turn.flags {
                out.append(
                    "   - \(ExportText.category(flag.category)): \u{201C}\(Self.escape(flag.text))\u{201D} (`\(Self.code(flag.rule))`)"
                )
            }
            out.append("")
        }
        if let grade = attempt.grade {
            out.append(
                "### Cijfer: \(ExportText.grade(grade))" + (attempt.gradePoints.map { " (\($0)/100 punten)" } ?? ""))
            out.append("")
            if !attempt.gradeParts.isEmpty {
                out += ["| Onderdeel | Punten | Toelichting |", "|---|---:|---|"]
                for part in attempt.gradeParts {
                    out.append(
                        "| \(Self.escape(part.label)) | \(part.points)/\(part.maximum) | \(Self.escape(part.detail)) |")
                }
                out.append("")
            }
        }
        if let found = attempt.keyFactsFound, let total = attempt.keyFactsTotal {
            out.append("**Film:** " + ExportText.film(found: found, total: total, hints: attempt.hints) + ".")
            out.append("")
        }
        out += ["### Zelf en coach", "", "| Vaardigheid | Zelf | Coach |", "|---|---:|---:|"]
        var notes: [String] = []
        for skill in Skill.allCases {
            let own = attempt.selfRatings?[skill]
            let coach = attempt.coachRatings[skill]
            out.append("| \(skill.dutchName) | \(ExportText.rating(own)) | \(ExportText.rating(coach)) |")
            if let note = ExportText.gapNote(self: own, coach: coach) { notes.append("*\(skill.dutchName):* \(note).") }
        }
        out.append("")
        if !notes.isEmpty { out += notes.map { $0 + "  " } + [""] }
        if let reflection = attempt.reflection {
            out += ["**Reflectie:** " + Self.escape(reflection), ""]
        }
        if let goal = attempt.goal {
            out += ["**Leerdoel voor de volgende keer:** " + Self.escape(goal), ""]
        }
        return out
    }

    /// The response with its flagged spans in bold, each piece escaped.
    static func highlighted(_ turn: PortfolioTurn) -> String {
        SpanPieces.split(turn.response, flags: turn.flags).map { piece in
            let text = escape(piece.text)
            return piece.categories.isEmpty || text.allSatisfy(\.isWhitespace) ? text : "**" + text + "**"
        }.joined()
    }

    private static func average(_ values: [Int]?) -> String {
        guard let values, !values.isEmpty else { return "–" }
        return ResponseScore.dutchDecimal(Double(values.reduce(0, +)) / Double(values.count))
    }

    /// Text as Markdown shows it literally: punctuation that could start markup is
    /// backslash-escaped, line breaks become spaces, and control characters are dropped.
    public static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "+", "-", "!", "|", "~", "&", "=":
                result.append("\\")
                result.unicodeScalars.append(scalar)
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}":
                result.append(" ")
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A rule id inside backticks: no backtick or line break can end the code span.
    private static func code(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0 != "`" && $0.value >= 0x20 }.map(Character.init))
    }
}
