import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `blanco export`, `blanco voortgang` and `blanco reflectie` on a journal made by
/// practising through the real binary.
@Suite("Exporting a portfolio, progress and reflection from the command line")
struct ExportCommandTests {
    let exerciseID = "losse-stoeptegel-gevallen"
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-export-\(UUID().uuidString)").path
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-export-out-\(UUID().uuidString)")
        .path

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func blanco(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws
        -> Blanco.Result
    {
        var env = environment
        env["BLANCO_HOME"] = home
        return try Blanco.run(arguments, stdin: Data(stdin.utf8), environment: env)
    }

    /// One finished attempt with a judgment, a response holding markup and one starting with `=`.
    private func practise() throws {
        let lines = [
            "Wat erg voor u.", "Wat is er gebeurd? <script>alert(1)</script>", "=1+1 hoe ging dat verder?", "/klaar",
        ]
        let result = try blanco(["practice", exerciseID], stdin: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "practice failed: \(result.stderr)")
    }

    private func listing() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test(
        "without -o the Markdown portfolio goes to standard output, with the vignette, flags, grade and self vs coach")
    func markdownToStdout() throws {
        try practise()
        let result = try blanco(["export"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Portfolio blanco luisteren"))
        #expect(result.stdout.contains("## Gevallen over een tegel die al gemeld was"))
        #expect(result.stdout.contains("*Corrie Hoekstra:* 77 jaar"))
        #expect(result.stdout.contains("**Wat erg** voor u."))
        #expect(result.stdout.contains("### Cijfer: "))
        #expect(result.stdout.contains("| oordeel uitstellen | – | "))
        #expect(result.stdout.contains("\\<script\\>"))
    }

    @Test("-o writes the file in the format its extension names; the HTML escapes the response's <script>")
    func fileByExtension() throws {
        try practise()
        let result = try blanco(["exporteer", "-o", folder + "/portfolio.html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Je portfolio staat in \(folder)/portfolio.html (1 poging)."))
        let html = try String(contentsOfFile: folder + "/portfolio.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
        #expect(listing() == ["portfolio.html"])
    }

    @Test("the CSV has the Dutch byte-order mark and semicolons, and the = cell is neutralised")
    func csvFile() throws {
        try practise()
        #expect(try blanco(["export", "--format", "csv", "-o", folder + "/p.csv"]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/p.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 4)
        #expect(rows[3].contains(";'=1+1 hoe ging dat verder?;"))
        let comma = try blanco(["export", "--format", "csv", "--csv-comma"])
        #expect(comma.stdout.hasPrefix("poging,datum (UTC),"))
    }

    @Test("an existing file is refused without --force and left as it was; --force replaces it")
    func refusesOverwrite() throws {
        try practise()
        let path = folder + "/p.md"
        try Data("mijn eigen tekst".utf8).write(to: URL(fileURLWithPath: path))
        let refused = try blanco(["export", "-o", path])
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "blanco: \(path) bestaat al; kies een andere naam, of gebruik --force om het te vervangen\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mijn eigen tekst")
        let forced = try blanco(["export", "-o", path, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# Portfolio"))
        #expect(listing() == ["p.md"])
    }

    @Test(
        "a missing folder, a folder that cannot be written and a full disk each give one Dutch line, exit 1 and no file"
    )
    func writeFailures() throws {
        try practise()
        let missing = try blanco(["export", "-o", folder + "/nee/p.md"])
        #expect(missing.status == 1)
        #expect(
            missing.stderr == "blanco: de map \(folder)/nee bestaat niet; maak hem eerst aan of kies een andere map\n")

        // /sys refuses new files even to root, so this holds whoever runs the tests.
        let readOnly = try blanco(["export", "-o", "/sys/portfolio.md"])
        #expect(readOnly.status == 1)
        #expect(readOnly.stderr == "blanco: je mag niet schrijven in de map /sys; kies een andere map\n")

        // A file-size limit of 1 KiB makes the write fail halfway, as a full disk would.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "ulimit -f 1; exec \"$0\" export --format html -o \"$1\"", Blanco.executable.path,
            folder + "/big.html",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["BLANCO_HOME"] = home
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(
            message
                == "blanco: \(folder)/big.html kon niet worden geschreven: de schijf is vol (er is niets achtergelaten)\n"
        )
        #expect(listing().isEmpty, "a partial or temporary file was left: \(listing())")
    }

    @Test("--name is remembered for the next export; --anonymous leaves it out of every format")
    func nameAndAnonymous() throws {
        try practise()
        let named = try blanco(["export", "--format", "json", "--name", "Sanne de Vries"])
        #expect(named.stdout.contains("\"name\" : \"Sanne de Vries\""))
        let remembered = try blanco(["export", "--format", "html"])
        #expect(remembered.stdout.contains("<strong>Sanne de Vries</strong>"))
        for format in ["md", "html", "csv", "json"] {
            let anonymous = try blanco(["export", "--format", format, "--anonymous"])
            #expect(anonymous.status == 0)
            #expect(!anonymous.stdout.contains("Sanne"), "\(format) export carries the name")
        }
        let json = try blanco(["export", "--format", "json", "--anonymous"])
        #expect(!json.stdout.contains("\"student\""))
        #expect(try blanco(["export", "--name", "x", "--anonymous"]).status == 64)
    }

    @Test("a journal with a torn last line still exports, with a warning naming the line")
    func tornJournal() throws {
        try practise()
        let handle = try #require(FileHandle(forWritingAtPath: home + "/journal.jsonl"))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"attempt":"x","exercise":"losse-st"#.utf8))
        try handle.close()
        let result = try blanco(["export", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("is onvolledig"))
        #expect(result.stdout.contains("\"schema\" : \"blanco.export/1\""))
        #expect(result.stdout.contains("Wat erg voor u."))
    }

    @Test("bad options get a Dutch usage line and exit 64")
    func usageErrors() throws {
        let format = try blanco(["export", "--format", "pdf"])
        #expect(format.status == 64)
        #expect(format.stderr == "blanco: --format verwacht md, html, csv of json, niet 'pdf'\n")
        let since = try blanco(["export", "--since", "gisteren"])
        #expect(since.stderr == "blanco: --since verwacht een datum als 2026-11-25, niet 'gisteren'\n")
        let exercise = try blanco(["export", "--exercise", "losse-stoeptegel-gevalen"])
        #expect(exercise.stderr.contains("bedoelde je 'losse-stoeptegel-gevallen'?"))
    }

    @Test("voortgang on an empty journal says so kindly")
    func emptyProgress() throws {
        let result = try blanco(["voortgang"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Je hebt nog niet geoefend"))
    }

    @Test("voortgang shows attempts and best grade per exercise, charts, flagged categories and the latest ids")
    func progress() throws {
        try practise()
        try practise()
        let result = try blanco(["progress"], environment: ["TERM": "xterm"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Je voortgang: 2 pogingen, 2 afgerond, 6 reacties"))
        #expect(result.stdout.contains("losse-stoeptegel-gevallen  2         2"))
        #expect(result.stdout.contains("oordeel uitstellen"))
        #expect(result.stdout.contains("Wat het vaakst werd aangestreept"))
        #expect(result.stdout.unicodeScalars.contains { (0x2581...0x2588).contains($0.value) })
        let ascii = try blanco(["--color", "never", "voortgang"])
        #expect(!ascii.stdout.unicodeScalars.contains { (0x2581...0x2588).contains($0.value) })
        let dumb = try blanco(["voortgang"], environment: ["TERM": "dumb"])
        #expect(!dumb.stdout.unicodeScalars.contains { (0x2581...0x2588).contains($0.value) })
    }

    @Test(
        "reflectie asks the three ratings, a reflection and a goal; the answers reach every export and supersede earlier ones"
    )
    func reflection() throws {
        try practise()
        let first = try blanco(
            ["reflectie", "laatste"], stdin: "2\n9\n3\n\nTe snel <b>geoordeeld</b>.\nminder oordelen\n")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("'9' is geen cijfer van 1 tot 5"))
        #expect(first.stdout.contains("Bewaard in je logboek."))
        let again = try blanco(["reflect", "laatste", "--zelf", "4,-,-"])
        #expect(again.status == 0)
        let markdown = try blanco(["export"]).stdout
        #expect(markdown.contains("| oordeel uitstellen | 4 | "))
        #expect(markdown.contains("| doorvragen naar de film | 3 | "))
        #expect(markdown.contains("**Reflectie:** Te snel \\<b\\>geoordeeld\\</b\\>."))
        #expect(markdown.contains("**Leerdoel voor de volgende keer:** minder oordelen"))
        let journal = try String(contentsOfFile: home + "/journal.jsonl", encoding: .utf8)
        #expect(journal.components(separatedBy: "\"kind\":\"self-assessment\"").count - 1 == 2, "nothing is rewritten")
        let progress = try blanco(["voortgang"]).stdout
        #expect(progress.contains("“minder oordelen”: nog niet geoefend"))
    }

    @Test(
        "at /klaar the ratings come before the grade; a command typed instead of an answer ends the questions and runs")
    func selfAssessmentInPractice() throws {
        let lines = ["Wat is er gebeurd?", "/klaar", "4", "/stop"]
        let result = try blanco(["practice", exerciseID], stdin: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        let questions = try #require(result.stdout.range(of: "Hoe ging het volgens jou?"))
        let grade = try #require(result.stdout.range(of: "Cijfer: "))
        #expect(questions.lowerBound < grade.lowerBound)
        #expect(result.stdout.contains("Jij en de coach (1 tot 5)"))
        #expect(result.stdout.hasSuffix("Tot de volgende keer. Je voortgang is bewaard.\n"))
        let journal = try String(contentsOfFile: home + "/journal.jsonl", encoding: .utf8)
        #expect(journal.contains(#""selfRatings":{"defer-judgment":4}"#))
    }

    @Test("/reflectie and /export before any attempt is finished say what to do first")
    func reflectBeforeFinishing() throws {
        let result = try blanco(["practice", exerciseID], stdin: "/reflectie\n/export\n/export pdf\n/stop\n")
        // Both lines may wrap at the 80-column default of a pipe.
        #expect(result.stdout.contains("Rond eerst een oefening af met /klaar; daarna kun je er met /reflectie op"))
        #expect(result.stdout.contains("Rond eerst een oefening af met /klaar; daarna bewaar je die poging met"))
    }

    @Test("reflectie on an unknown attempt names what to do")
    func unknownAttempt() throws {
        try practise()
        let result = try blanco(["reflectie", "zzzz"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("geen poging 'zzzz' in je logboek"))
    }
}
