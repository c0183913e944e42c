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
        html +=
            "<h3>Per oefening</h3>\n<div class=\"table-wrap\"><table>\n<thead><tr><th>Oefening</th><th class=\"num\">Pogingen</th><th class=\"num\">Afgerond</th><th class=\"num\">Beste</th></tr></thead>\n<tbody>\n"
        for line in summary.exercises {
            html +=
                "<tr><td>\(e(line.title))</td><td class=\"num\">\(line.attempts)</td><td class=\"num\">\(line.finished)</td><td class=\"num\">\(e(ExportText.grade(line.bestGrade)))</td></tr>\n"
        }
        html += "</tbody></table></div>\n"
        if !summary.categories.isEmpty {
            html +=
                "<h3>Wat het vaakst werd aangestreept</h3>\n<p class=\"muted\">Eerst en later: hoe vaak per 10 beurten, in de eerste en de tweede helft van je pogingen.</p>\n<div class=\"table-wrap\"><table>\n<thead><tr><th>Categorie</th><th class=\"num\">Beurten</th><th class=\"num\">Eerst</th><th class=\"num\">Later</th></tr></thead>\n<tbody>\n"
            for line in summary.categories {
                html +=
                    "<tr><td><span class=\"swatch cat-\(line.category.rawValue)\"></span>\(e(line.category.dutchName))</td><td class=\"num\">\(line.total)</td><td class=\"num\">\(ExportText.perTen(line.earlierPerTenTurns))</td><td class=\"num\">\(ExportText.perTen(line.laterPerTenTurns))</td></tr>\n"
            }
            html += "</tbody></table></div>\n"
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
                html +=
                    "<div class=\"table-wrap\"><table>\n<thead><tr><th>Onderdeel</th><th class=\"num\">Punten</th><th>Toelichting</th></tr></thead>\n<tbody>\n"
                for part in attempt.gradeParts {
                    html +=
                        "<tr><td>\(e(part.label))</td><td class=\"num\">\(part.points)/\(part.maximum)</td><td>\(e(part.detail))</td></tr>\n"
                }
                html += "</tbody></table></div>\n"
            }
        }
        if let found = attempt.keyFactsFound, let total = attempt.keyFactsTotal {
            html +=
                "<p><strong>Film:</strong> " + e(ExportText.film(found: found, total: total, hints: attempt.hints))
                + ".</p>\n"
        }
        html +=
            "<h3>Zelf en coach</h3>\n<div class=\"table-wrap\"><table>\n<thead><tr><th>Vaardigheid</th><th class=\"num\">Zelf</th><th class=\"num\">Coach</th></tr></thead>\n<tbody>\n"
        var notes: [String] = []
        for skill in Skill.allCases {
            let own = attempt.selfRatings?[skill]
            let coach = attempt.coachRatings[skill]
            html +=
                "<tr><td>\(e(skill.dutchName))</td><td class=\"num\">\(ExportText.rating(own))</td><td class=\"num\">\(ExportText.rating(coach))</td></tr>\n"
            if let note = ExportText.gapNote(self: own, coach: coach) {
                notes.append("<em>\(e(skill.dutchName))</em>: \(e(note)).")
            }
        }
        html += "</tbody></table></div>\n"
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
