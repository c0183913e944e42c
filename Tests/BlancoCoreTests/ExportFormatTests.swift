import BlancoCore
import Foundation
import Testing

@Suite("Portfolio exports: Markdown, HTML, CSV and JSON")
struct ExportFormatTests {
    let portfolio = ExportFixtures.portfolio()

    // MARK: Markdown

    @Test(
        "Markdown shows progress first, then per attempt the responses, flags, grade parts, self vs coach, reflection and goal"
    )
    func markdownContent() {
        let text = ExportFixtures.text(MarkdownExport().render(portfolio))
        #expect(text.hasPrefix("# Portfolio blanco luisteren"))
        #expect(text.contains("## Voortgang"))
        #expect(text.contains("Cijfers over de tijd: 6,2 → 8,4"))
        #expect(text.contains("**Wat erg** voor u."))
        #expect(text.contains("oordeel: “Wat erg” (`nl.judgment.exclamation`)"))
        #expect(text.contains("### Cijfer: 6,2 (58/100 punten)"))
        #expect(text.contains("| film | 30/30 | 2 van de 2 kernfeiten |"))
        #expect(text.contains("| oordeel uitstellen | 1 | 4 |"))
        #expect(text.contains("**Leerdoel voor de volgende keer:** Minder waarom\\-vragen stellen"))
        #expect(text.contains("“Minder waarom\\-vragen stellen” — gehaald"))
        #expect(text.range(of: "## Voortgang")!.lowerBound < text.range(of: "### Reacties")!.lowerBound)
    }

    @Test("Markdown names a large gap between self and coach kindly")
    func markdownGap() {
        let text = ExportFixtures.text(MarkdownExport().render(portfolio))
        // Self 1, coach 4 on oordeel uitstellen.
        #expect(text.contains("*oordeel uitstellen:* je bent strenger voor jezelf dan de coach."))
    }

    @Test("Markdown escapes what the trainee typed, so markup shows as typed")
    func markdownEscaping() {
        let text = ExportFixtures.text(MarkdownExport().render(portfolio))
        #expect(!text.contains("<script>"))
        #expect(!text.contains("<b>"))
        #expect(text.contains("\\<script\\>alert\\(1\\)\\</script\\>"))
        #expect(text.contains("**Student:** Sanne \\<de Vries\\>"))
        #expect(MarkdownExport.escape("a\nb | *c*") == "a b \\| \\*c\\*")
    }

    // MARK: HTML

    @Test("HTML is one Dutch page with inline style, two inline SVG charts and a print stylesheet with page breaks")
    func htmlStructure() {
        let html = ExportFixtures.text(HTMLExport().render(portfolio))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.components(separatedBy: "<svg ").count - 1 == 2)
        #expect(html.contains("@media print"))
        #expect(html.contains("section.attempt { break-before: page;"))
        #expect(html.contains("<polyline points="))
        #expect(html.components(separatedBy: "<section class=\"attempt\"").count - 1 == 2)
    }

    @Test("HTML needs nothing from outside and runs no script")
    func htmlSelfContained() {
        let html = ExportFixtures.text(HTMLExport().render(portfolio))
        #expect(!html.contains("<script"))
        #expect(!html.contains(" src="))
        #expect(!html.contains("<link"))
        #expect(!html.contains("href="))
        #expect(!html.contains("url("))
        #expect(html.contains("default-src 'none'"))
    }

    @Test("HTML highlights flagged words per category and has a legend of every category")
    func htmlHighlights() {
        let html = ExportFixtures.text(HTMLExport().render(portfolio))
        #expect(html.contains("<mark class=\"cat-judgment\" title=\"oordeel\">Wat erg</mark> voor u."))
        for category in Category.allCases {
            #expect(html.contains("<li><mark class=\"cat-\(category.rawValue)\">\(category.dutchName)</mark></li>"))
        }
    }

    @Test("HTML escapes responses, reflections, names and exercise text: <script> shows as text")
    func htmlEscaping() {
        let html = ExportFixtures.text(HTMLExport().render(portfolio))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Ik oordeelde &lt;b&gt;te snel&lt;/b&gt; &amp; vroeg waarom."))
        #expect(html.contains("<title>Portfolio blanco luisteren – Sanne &lt;de Vries&gt;</title>"))
        #expect(HTMLText.escape("\"'<>&\u{7}") == "&quot;&#39;&lt;&gt;&amp;")

        var exercise = PracticeFixtures.exercise
        exercise = Exercise(
            id: ExportFixtures.exerciseID, title: "<img src=x onerror=alert(1)>", domain: exercise.domain, level: 1,
            client: Client(name: "Jan \"<b>\"", about: "<i>over</i>"), opening: "Hallo </blockquote><script>",
            film: exercise.film, lures: [], reactions: [:], opinion: "", modelResponses: [], debrief: "",
            reflectionQuestions: [], source: "test")
        let withExercise = PortfolioBuilder(catalog: [exercise]).portfolio(
            from: ExportFixtures.records, student: nil, generated: "2026-11-26T09:00:00Z")
        let page = ExportFixtures.text(HTMLExport().render(withExercise))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<script"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("Hallo &lt;/blockquote&gt;&lt;script&gt;"))
    }

    @Test("HTML charts show a friendly line when nothing is finished yet")
    func htmlNoGrades() {
        let unfinished = ExportFixtures.records.filter { $0.kind == .turn }
        let html = ExportFixtures.text(HTMLExport().render(ExportFixtures.portfolio(records: unfinished)))
        #expect(html.contains("Nog geen afgeronde pogingen met een cijfer."))
        #expect(html.contains("niet afgerond"))
    }

    // MARK: CSV

    @Test("CSV has a byte-order mark, semicolons, CRLF rows, one row per turn and a decimal comma")
    func csvDutch() {
        let bytes = CSVExport().render(portfolio)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = ExportFixtures.text(Array(bytes.dropFirst(3)))
        let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 1 + 6)
        #expect(rows[0] == "poging;datum (UTC);oefening;titel;beurt;reactie;categorieën;regels;punten;cijfer")
        #expect(
            rows[1]
                == "aaaa1111;2026-11-25 15:01:00;brief-huur;brief-huur;1;Wat erg voor u.;oordeel;nl.judgment.exclamation;50;6,2"
        )
    }

    @Test("CSV neutralises cells that begin with = + - @ tab or carriage return")
    func csvFormulaGuard() {
        let csv = CSVExport()
        #expect(csv.cell("=SUM(A1)") == "'=SUM(A1)")
        #expect(csv.cell("+31 6") == "'+31 6")
        #expect(csv.cell("-mm") == "'-mm")
        #expect(csv.cell("@home") == "'@home")
        #expect(csv.cell("\tx") == "'\tx")
        #expect(csv.cell("\rx") == "\"'\rx\"")
        #expect(csv.cell("a=b") == "a=b")
        let text = ExportFixtures.text(csv.render(portfolio))
        #expect(text.contains(";'=SUM(A1) wat vindt u?;"))
        #expect(text.contains(";'-mm;"))
    }

    @Test("CSV quotes cells with the separator, quotes or line breaks")
    func csvQuoting() {
        let csv = CSVExport()
        #expect(csv.cell("ja; nee") == "\"ja; nee\"")
        #expect(csv.cell("zei \"nee\"") == "\"zei \"\"nee\"\"\"")
        #expect(csv.cell("a\nb") == "\"a\nb\"")
        #expect(CSVExport(dialect: .international).cell("ja, nee") == "\"ja, nee\"")
        #expect(csv.cell("ja, nee") == "ja, nee")
    }

    @Test("--csv-comma gives commas, a decimal point and no byte-order mark")
    func csvInternational() {
        let bytes = CSVExport(dialect: .international).render(portfolio)
        #expect(bytes.first == UInt8(ascii: "p"))
        let text = ExportFixtures.text(bytes)
        #expect(text.hasPrefix("poging,datum (UTC),oefening,"))
        #expect(text.contains(",1,Wat erg voor u.,oordeel,nl.judgment.exclamation,50,6.2\r\n"))
    }

    // MARK: JSON

    @Test(
        "JSON carries the schema, the name, every attempt with turns, flags, grade parts, self and coach, reflection and goal"
    )
    func jsonContent() throws {
        let bytes = ExportDocument(portfolio, generator: "blanco test").encoded()
        let document = try ExportDocument.decode(Data(bytes))
        #expect(document.schema == "blanco.export/1")
        #expect(document.student?.name == "Sanne <de Vries>")
        #expect(document.skills.map(\.id) == ["defer-judgment", "ask-for-the-film", "opinion-timing"])
        let first = try #require(document.attempts.first)
        #expect(first.turns[2].flags == [ExportFixtures.why])
        #expect(first.gradeParts.count == 2)
        #expect(first.selfRatings?[.askForFilm] == 5)
        #expect(first.coachRatings[.deferJudgment] == 4)
        #expect(first.reflection != nil && first.goal == "Minder waarom-vragen stellen")
        #expect(document.goals.first?.status == .met)
        let text = ExportFixtures.text(bytes)
        #expect(text.contains("\"schema\" : \"blanco.export/1\""))
        #expect(text.contains("\"defer-judgment\" : 1"))
        #expect(text.contains("\"grade\" : 6.2"))
    }

    @Test("an anonymous export carries no name in any format")
    func anonymous() throws {
        let anonymous = ExportFixtures.portfolio(student: nil)
        for format in ExportFormat.allCases {
            let text = ExportFixtures.text(format.render(anonymous, generator: "blanco test"))
            #expect(!text.contains("Sanne"), "\(format) carries the name")
            #expect(!text.contains("Vries"), "\(format) carries the name")
        }
        let document = try ExportDocument.decode(Data(ExportFormat.json.render(anonymous, generator: "blanco test")))
        #expect(document.student == nil)
    }

    @Test("a document with another schema is refused")
    func otherSchema() {
        let text =
            #"{"schema":"blanco.export/2","generator":"x","generated":"x","filter":{},"skills":[],"attempts":[],"goals":[]}"#
        #expect(throws: ExportDocument.InvalidDocument.self) { try ExportDocument.decode(Data(text.utf8)) }
    }

    @Test("an empty journal exports a friendly line, not an empty file")
    func emptyPortfolio() {
        let empty = ExportFixtures.portfolio(records: [])
        #expect(ExportFixtures.text(MarkdownExport().render(empty)).contains("Er zijn nog geen oefenpogingen"))
        #expect(ExportFixtures.text(HTMLExport().render(empty)).contains("Er zijn nog geen oefenpogingen"))
    }

    @Test("the format follows the file's extension")
    func formatFromFileName() {
        #expect(ExportFormat(fileName: "portfolio.HTML") == .html)
        #expect(ExportFormat(fileName: "map.d/portfolio.md") == .markdown)
        #expect(ExportFormat(fileName: "map.d/portfolio") == nil)
        #expect(ExportFormat(name: "markdown") == .markdown)
    }
}

@Suite("Atomic export files")
struct AtomicFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-atomic-\(UUID().uuidString)")
        .path

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func listing() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("a file is written whole, and no temporary file stays behind")
    func writes() throws {
        try AtomicFile.write(Array("hallo".utf8), to: folder + "/p.md", overwrite: false)
        #expect(try String(contentsOfFile: folder + "/p.md", encoding: .utf8) == "hallo")
        #expect(listing() == ["p.md"])
    }

    @Test("an existing file is not overwritten without force, and stays as it was")
    func refusesOverwrite() throws {
        try AtomicFile.write(Array("oud".utf8), to: folder + "/p.md", overwrite: false)
        #expect(throws: FileWriteError.exists(path: folder + "/p.md")) {
            try AtomicFile.write(Array("nieuw".utf8), to: folder + "/p.md", overwrite: false)
        }
        #expect(try String(contentsOfFile: folder + "/p.md", encoding: .utf8) == "oud")
        #expect(listing() == ["p.md"])
        try AtomicFile.write(Array("nieuw".utf8), to: folder + "/p.md", overwrite: true)
        #expect(try String(contentsOfFile: folder + "/p.md", encoding: .utf8) == "nieuw")
        #expect(listing() == ["p.md"])
    }

    @Test("a missing folder or a folder as the name gives one clear Dutch line")
    func badPaths() {
        #expect(throws: FileWriteError.missingFolder(folder: folder + "/nee")) {
            try AtomicFile.write([1], to: folder + "/nee/p.md", overwrite: false)
        }
        #expect(throws: FileWriteError.notAFile(path: folder)) {
            try AtomicFile.write([1], to: folder, overwrite: true)
        }
        #expect(
            FileWriteError.missingFolder(folder: "/x").description
                == "de map /x bestaat niet; maak hem eerst aan of kies een andere map")
        #expect(listing().isEmpty)
    }
}
