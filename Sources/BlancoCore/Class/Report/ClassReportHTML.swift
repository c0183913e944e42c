/// The class report as one self-contained HTML page, like the student export: inline
/// style (the export's stylesheet plus bars), no script, no outside file, `lang="nl"`,
/// printable. Every text from hand-ins, exercises and names is HTML-escaped, and the
/// content security policy forbids scripts besides.
public struct ClassReportHTML: Sendable {
    public init() {}

    static let extraStyle = """
        .bar { display: inline-block; height: 0.9em; background: var(--accent); vertical-align: -0.1em; border-radius: 2px; }
        .bar.cat { border-bottom: none; }
        td.bar-cell { width: 50%; }
        .mismatch { color: #b3261e; font-weight: 600; }
        .example { margin: 0.6rem 0; }
        .example .note { display: block; margin-bottom: 0.2rem; }

        """

    public func render(_ report: ClassReport, generated: String) -> [UInt8] {
        var html = "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html +=
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        html +=
            "<title>Klasrapport blanco luisteren</title>\n<style>\n" + HTMLStyle.css + Self.extraStyle
            + "</style>\n</head>\n<body>\n"
        html +=
            "<header>\n<h1>Klasrapport blanco luisteren</h1>\n<p class=\"meta\">gemaakt op \(e(ExportText.date(generated)))"
        html += report.anonymous ? " · anoniem" : ""
        html += " · cijfers opnieuw berekend met de huidige regels</p>\n</header>\n"
        if report.exercises.isEmpty { html += "<p>Er zijn (nog) geen bruikbare inleveringen.</p>\n" }
        for summary in report.exercises { html += section(summary, anonymous: report.anonymous) }
        if !report.skipped.isEmpty {
            html += "<section>\n<h2>Overgeslagen bestanden</h2>\n<ul>\n"
            for skipped in report.skipped {
                let name = report.anonymous ? "een bestand" : ClassFormat.fileName(skipped.file)
                html += "<li><code>\(e(name))</code>: \(e(skipped.reason))</li>\n"
            }
            html += "</ul>\n</section>\n"
        }
        html += "</body>\n</html>\n"
        return Array(html.utf8)
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }

    private func bar(_ count: Int, of maximum: Int, category: Category? = nil) -> String {
        let percent = maximum == 0 ? 0 : count * 100 / maximum
        let kind = category.map { " cat swatch cat-\($0.rawValue)" } ?? ""
        return "<span class=\"bar\(kind)\" style=\"width: \(percent)%\"></span>"
    }

    private func section(_ summary: ClassExerciseSummary, anonymous: Bool) -> String {
        var html = "<section>\n<h2>\(e(summary.exercise.title)) <code>\(e(summary.exercise.id))</code></h2>\n"
        html +=
            "<p>\(summary.students) \(summary.students == 1 ? "student" : "studenten") · \(summary.handIns) inleveringen · \(summary.responses) reacties</p>\n"
        if let profiles = ClassFormat.profiles(summary) { html += "<p>\(e(profiles))</p>\n" }
        if let grades = summary.grades {
            html +=
                "<h3>Cijfers</h3>\n<p>Mediaan <span class=\"grade\">\(ClassFormat.grade(grades.median))</span> · kwartielen \(ClassFormat.grade(grades.lowerQuartile))–\(ClassFormat.grade(grades.upperQuartile)) · laagste \(ClassFormat.grade(grades.lowest)) · hoogste \(ClassFormat.grade(grades.highest)) · \(grades.passing) van de \(grades.count) voldoende</p>\n"
            var table = HTMLTable(.text("Cijfer"), .number("Aantal"), .bar)
            let widest = grades.bands.max() ?? 0
            for (band, count) in grades.bands.enumerated() {
                table.row(.number(band + 1), .number(count), .markup(bar(count, of: widest)))
            }
            html += table.html
        }
        html += "<h3>Vlaggen per categorie</h3>\n"
        var categories = HTMLTable(.text("Categorie"), .number("Vlaggen"), .number("Inleveringen"), .bar)
        let most = summary.categories.map(\.flags).max() ?? 0
        for count in summary.categories {
            categories.row(
                .markup(HTMLTable.swatch(count.category) + e(count.category.dutchName)), .number(count.flags),
                .number(count.handIns), .markup(bar(count.flags, of: most, category: count.category)))
        }
        html += categories.html
        if !summary.phrases.isEmpty {
            html += "<h3>Wat het vaakst werd gezegd</h3>\n<ul>\n"
            for phrase in summary.phrases {
                html +=
                    "<li><mark class=\"cat-\(phrase.category.rawValue)\">\(e(phrase.text))</mark> ×\(phrase.count) <span class=\"muted\">(\(e(phrase.category.dutchName)))</span></li>\n"
            }
            html += "</ul>\n"
        }
        html +=
            "<h3>Film</h3>\n<p>Gemiddeld \(ClassFormat.grade(summary.meanKeyFactsFound)) van de \(summary.exercise.keyFacts.count) kernfeiten gehoord; \(summary.completeFilm) van de \(summary.handIns) hoorden de hele film.</p>\n"
        var film = HTMLTable(.text("Feit"), .text("Begint met"), .number("Gehoord"))
        for fact in summary.film {
            film.row(
                .text(fact.aspect.rawValue + (fact.isKey ? " (kern)" : "")), .text(fact.excerpt),
                .text("\(fact.heardBy) van \(summary.handIns)"))
        }
        html += film.html
        if !summary.skills.isEmpty {
            html += "<h3>Zelfbeoordeling en coach (gemiddeld, 1–5)</h3>\n"
            var skills = HTMLTable(
                .text("Vaardigheid"), .number("Zelf"), .number("Coach"), .number("Verschil"), .number("Studenten"))
            for skill in summary.skills {
                skills.row(
                    .text(ClassCoachRatings.dutchName(skill.skill)), .text(ClassFormat.grade(skill.selfMean)),
                    .text(ClassFormat.grade(skill.coachMean)), .text(ClassFormat.signed(skill.gap)),
                    .number(skill.rated))
            }
            html += skills.html
        }
        if !summary.examples.isEmpty {
            html += "<h3>Voorbeelden voor de bespreking</h3>\n"
            for example in summary.examples {
                html += "<blockquote class=\"example\"><strong class=\"note\">\(e(example.note))</strong>"
                for piece in SpanPieces.split(example.response, flags: example.analysis.flags.map(JournalFlag.init)) {
                    if let first = piece.categories.first {
                        html +=
                            "<mark class=\"cat-\(e(first))\" title=\"\(e(piece.categories.map(ExportText.category).joined(separator: ", ")))\">\(e(piece.text))</mark>"
                    } else {
                        html += e(piece.text)
                    }
                }
                for flag in example.analysis.flags {
                    html +=
                        "<br><span class=\"muted\">\(e(flag.category.dutchName)): \u{201C}\(e(flag.text))\u{201D} — blanco: \(e(flag.suggestion))</span>"
                }
                html += "</blockquote>\n"
            }
        }
        if !summary.gradeBook.isEmpty {
            html += "<h3>Cijferlijst</h3>\n"
            var gradeBook = HTMLTable(
                .text("Naam"), .number("Cijfer"), .number("In bestand"), .number("Kernfeiten"), .number("Beurten"),
                .number("Vlaggen"), .number("Hints"), .text("Bestand"))
            for row in summary.gradeBook {
                gradeBook.row(
                    .text(row.student ?? HandInName.anonymous), .text(ClassFormat.grade(row.grade)),
                    .text(row.claimedGrade.map(ClassFormat.grade) ?? "–", extraClass: row.mismatch ? "mismatch" : nil),
                    .text("\(row.keyFactsFound)/\(row.keyFactsTotal)"), .number(row.turns), .number(row.flags),
                    .number(row.hints), .markup("<code>\(e(ClassFormat.fileName(row.file ?? "")))</code>"))
            }
            html += gradeBook.html
        }
        if !summary.mismatches.isEmpty {
            html +=
                "<h3 class=\"mismatch\">Afwijkend cijfer</h3>\n<p>Deze inleveringen noemen een ander cijfer dan hun eigen antwoorden geven (een bewerkt bestand, of gemaakt met andere regels). De cijferlijst gebruikt het herberekende cijfer.</p>\n<ul>\n"
            for row in summary.mismatches {
                let who = anonymous ? "poging \(row.attempt.prefix(8))" : ClassFormat.fileName(row.file ?? row.attempt)
                html +=
                    "<li><code>\(e(who))</code>: in het bestand \(row.claimedGrade.map(ClassFormat.grade) ?? "–"), herberekend \(ClassFormat.grade(row.grade))</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }
}
