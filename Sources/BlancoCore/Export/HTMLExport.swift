/// The HTML portfolio: one self-contained page (inline style and SVG, no script, no
/// external file), `lang="nl"`, readable on a phone and printable with each attempt on its
/// own page. Flagged words are highlighted per category with a legend. Every text from
/// exercises, responses, names and reflections is HTML-escaped, and a content security
/// policy forbids scripts and outside resources besides.
public struct HTMLExport: Sendable {
    public init() {}

    public func render(_ portfolio: Portfolio) -> [UInt8] {
        var html = "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html +=
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        let title = ExportText.title + (portfolio.student.map { " – " + $0 } ?? "")
        html += "<title>" + e(title) + "</title>\n<style>\n" + HTMLStyle.css + "</style>\n</head>\n<body>\n"
        html += "<header>\n<h1>" + e(ExportText.title) + "</h1>\n<p class=\"meta\">"
        var meta: [String] = []
        if let student = portfolio.student { meta.append("<strong>" + e(student) + "</strong>") }
        meta.append("gemaakt op " + e(ExportText.date(portfolio.generated)))
        if let exercise = portfolio.exerciseFilter { meta.append("oefening " + e(exercise)) }
        if let since = portfolio.since { meta.append("vanaf " + e(since)) }
        html += meta.joined(separator: " · ") + "</p>\n</header>\n"
        if portfolio.attempts.isEmpty {
            html += "<p>Er zijn nog geen oefenpogingen om te laten zien.</p>\n"
        } else {
            html += summary(portfolio)
            for attempt in portfolio.attempts { html += self.attempt(attempt) }
        }
        html += "</body>\n</html>\n"
        return Array(html.utf8)
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }

    // MARK: - Summary

    private func summary(_ portfolio: Portfolio) -> String {
        let summary = PortfolioSummary(portfolio)
        var html = "<section class=\"summary\">\n<h2>Voortgang</h2>\n"
        html +=
            "<p>\(portfolio.attempts.count) \(portfolio.attempts.count == 1 ? "poging" : "pogingen"), \(portfolio.finishedAttempts.count) afgerond, \(summary.totalTurns) reacties.</p>\n"
        html += "<h3>Cijfers over de tijd</h3>\n"
        let finished = portfolio.finishedAttempts
        html +=
            HTMLCharts.grades(
                summary.grades,
                labels: finished.map { ExportText.date($0.started, withTime: false) + " " + $0.exercise.displayTitle })
            + "\n"
        html += "<h3>Zelf en coach (gemiddeld)</h3>\n"
        html +=
            HTMLCharts.selfVersusCoach(
                own: Self.averages(summary.selfRatings), coach: Self.averages(summary.coachRatings),
                title: "Gemiddelde eigen beoordeling en die van de coach per vaardigheid, van 1 tot 5", id: "svc-all")
            + "\n"
        html += "<h3>Per oefening</h3>\n"
        var exercises = HTMLTable(.text("Oefening"), .number("Pogingen"), .number("Afgerond"), .number("Beste"))
        for line in summary.exercises {
            exercises.row(
                .text(line.title), .number(line.attempts), .number(line.finished),
                .text(ExportText.grade(line.bestGrade)))
        }
        html += exercises.html
        if !summary.categories.isEmpty {
            html +=
                "<h3>Wat het vaakst werd aangestreept</h3>\n<p class=\"muted\">Eerst en later: hoe vaak per 10 beurten, in de eerste en de tweede helft van je pogingen.</p>\n"
            var categories = HTMLTable(.text("Categorie"), .number("Beurten"), .number("Eerst"), .number("Later"))
            for line in summary.categories {
                categories.row(
                    .markup(HTMLTable.swatch(line.category) + e(line.category.dutchName)), .number(line.total),
                    .text(ExportText.perTen(line.earlierPerTenTurns)), .text(ExportText.perTen(line.laterPerTenTurns)))
            }
            html += categories.html
        }
        if !portfolio.goals.isEmpty {
            html += "<h3>Leerdoelen</h3>\n<ul>\n"
            for goal in portfolio.goals {
                html +=
                    "<li>\(e(ExportText.date(goal.set, withTime: false))): \u{201C}\(e(goal.text))\u{201D} – \(e(ExportText.goalStatus(goal)))</li>\n"
            }
            html += "</ul>\n"
        }
        html += "<h3>Legenda</h3>\n<ul class=\"legend\">\n"
        for category in Category.allCases {
            html += "<li><mark class=\"cat-\(category.rawValue)\">\(e(category.dutchName))</mark></li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    private static func averages(_ ratings: [Skill: [Int]]) -> [Skill: Double] {
        ratings.compactMapValues { $0.isEmpty ? nil : Double($0.reduce(0, +)) / Double($0.count) }
    }

    // MARK: - One attempt

    private func attempt(_ attempt: PortfolioAttempt) -> String {
        let exercise = attempt.exercise
        var html =
            "<section class=\"attempt\" id=\"poging-\(e(attempt.shortID))\">\n<h2>\(e(exercise.displayTitle))</h2>\n"
        var meta = ["poging <code>\(e(attempt.shortID))</code>", e(ExportText.date(attempt.started))]
        if let level = exercise.level { meta.append("niveau \(level)") }
        if let domain = exercise.domain { meta.append(e(domain)) }
        if attempt.finished == nil { meta.append("niet afgerond") }
        html += "<p class=\"meta\">" + meta.joined(separator: " · ") + "</p>\n"
        if let about = exercise.about, let client = exercise.client {
            html += "<p><strong>\(e(client))</strong>: \(e(about))</p>\n"
        }
        if let opening = exercise.opening { html += "<blockquote>\(e(opening))</blockquote>\n" }
        html += "<h3>Reacties</h3>\n<ol class=\"turns\">\n"
        for turn in attempt.turns { html += self.turn(turn) }
        html += "</ol>\n"
        if let grade = attempt.grade {
            html +=
                "<h3>Cijfer</h3>\n<p class=\"grade\">\(e(ExportText.grade(grade)))"
                + (attempt.gradePoints.map { " <span class=\"muted\">(\($0)/100 punten)</span>" } ?? "") + "</p>\n"
            if !attempt.gradeParts.isEmpty {
                var parts = HTMLTable(.text("Onderdeel"), .number("Punten"), .text("Toelichting"))
                for part in attempt.gradeParts {
                    parts.row(.text(part.label), .text("\(part.points)/\(part.maximum)"), .text(part.detail))
                }
                html += parts.html
            }
        }
        if let found = attempt.keyFactsFound, let total = attempt.keyFactsTotal {
            html +=
                "<p><strong>Film:</strong> " + e(ExportText.film(found: found, total: total, hints: attempt.hints))
                + ".</p>\n"
        }
        html += "<h3>Zelf en coach</h3>\n"
        var skills = HTMLTable(.text("Vaardigheid"), .number("Zelf"), .number("Coach"))
        var notes: [String] = []
        for skill in Skill.allCases {
            let own = attempt.selfRatings?[skill]
            let coach = attempt.coachRatings[skill]
            skills.row(.text(skill.dutchName), .text(ExportText.rating(own)), .text(ExportText.rating(coach)))
            if let note = ExportText.gapNote(self: own, coach: coach) {
                notes.append("<em>\(e(skill.dutchName))</em>: \(e(note)).")
            }
        }
        html += skills.html
        for note in notes { html += "<p class=\"note\">\(note)</p>\n" }
        if let reflection = attempt.reflection {
            html += "<h3>Reflectie</h3>\n<p>\(e(reflection))</p>\n"
        }
        if let goal = attempt.goal {
            html += "<h3>Leerdoel voor de volgende keer</h3>\n<p>\(e(goal))</p>\n"
        }
        return html + "</section>\n"
    }

    private func turn(_ turn: PortfolioTurn) -> String {
        var html = "<li><span class=\"response\">"
        for piece in SpanPieces.split(turn.response, flags: turn.flags) {
            if let first = piece.categories.first {
                let names = piece.categories.map(ExportText.category).joined(separator: ", ")
                html += "<mark class=\"cat-\(e(first))\" title=\"\(e(names))\">\(e(piece.text))</mark>"
            } else {
                html += e(piece.text)
            }
        }
        html += "</span> <span class=\"points\">\(turn.points) punten</span>"
        if !turn.flags.isEmpty {
            html += "\n<ul class=\"flags\">\n"
            for flag in turn.flags {
                html +=
                    "<li><span class=\"swatch cat-\(e(flag.category))\"></span>\(e(ExportText.category(flag.category))): \u{201C}\(e(flag.text))\u{201D} <code>\(e(flag.rule))</code></li>\n"
            }
            html += "</ul>"
        } else if !turn.categories.isEmpty {
            html +=
                "<br><span class=\"muted\">\(e(turn.categories.map(ExportText.category).joined(separator: ", ")))</span>"
        }
        return html + "</li>\n"
    }
}
