import Foundation
import Testing

/// A class folder made the way a class makes one: `klas start`, then students handing in
/// with `practice --hand-in` from piped input, each with their own BLANCO_HOME.
struct ClassFolder {
    static let exerciseID = "grofvuil-bank-blijft-staan"
    static let careful = ["Wat is er gebeurd?", "Waar heeft u de spullen neergezet?", "Hoe was dat voor u?"]
    static let hasty = ["Wat vervelend voor u.", "Waarom heeft u niet gebeld?", "Wat vindt u ervan?"]

    let path: String

    /// `options` go to `klas start` as given (for example `--profiel streng`).
    init(anonymous: Bool = false, options: [String] = []) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-klas-\(UUID().uuidString)").path
        let start = try Blanco.run(
            ["klas", "start", path, "--exercise", Self.exerciseID] + (anonymous ? ["--anoniem"] : []) + options)
        #expect(start.status == 0, "\(start.stderr)")
    }

    /// A student finishing the session's exercise; returns the practice output.
    @discardableResult
    func handIn(_ responses: [String], name: String? = nil, folder: String? = nil, options: [String] = []) throws
        -> Blanco.Result
    {
        let input = (responses + ["/klaar", "/stop"]).joined(separator: "\n") + "\n"
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-student-\(UUID().uuidString)")
            .path
        let result = try Blanco.run(
            ["practice"] + (folder == nil ? [] : [Self.exerciseID]) + ["--hand-in", folder ?? path]
                + (name.map { ["--name", $0] } ?? []) + options, stdin: Data(input.utf8),
            environment: ["BLANCO_HOME": home])
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}

@Suite("blanco klas: start, hand in, report")
struct ClassCommandTests {
    @Test("klas start writes the session file; practice --hand-in takes the exercise from it and hands in on /klaar")
    func startAndHandIn() throws {
        let folder = try ClassFolder()
        #expect(try folder.files() == ["blanco-klas.txt"])
        let again = try Blanco.run(["klas", "start", folder.path, "--exercise", ClassFolder.exerciseID])
        #expect(again.status == 1)
        #expect(again.stderr.contains("bestaat al"))

        let practice = try folder.handIn(ClassFolder.careful, name: "Sanne de Vries")
        #expect(practice.stdout.contains("Fatima Ouali"), "the session's exercise was started")
        #expect(practice.stdout.contains("Ingeleverd:"))
        let files = try folder.files()
        #expect(files.count == 2)
        let handIn = try #require(files.first { $0.hasPrefix("sanne-de-vries-") && $0.hasSuffix(".json") })
        let object =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + handIn)))
            as! [String: Any]
        #expect(object["schema"] as? String == "blanco.export/1")
        #expect((object["student"] as? [String: Any])?["name"] as? String == "Sanne de Vries")
        #expect((object["attempts"] as? [Any])?.count == 1)
    }

    @Test("a hand-in records the profile practised with, and the report grades each hand-in with its own")
    func handInRecordsProfile() throws {
        let folder = try ClassFolder()
        let responses = [
            "Wat is er gebeurd?", "Vond u dat niet vreemd?", "Wat vervelend voor u.",
        ]
        try folder.handIn(responses, name: "Anna", options: ["--profiel", "streng"])
        try folder.handIn(responses, name: "Bram")
        let anna = try #require(try folder.files().first { $0.hasPrefix("anna-") })
        let object =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + anna)))
            as! [String: Any]
        let attempt = try #require((object["attempts"] as? [[String: Any]])?.first)
        #expect(attempt["profile"] as? String == "streng")
        let bram = try #require(try folder.files().first { $0.hasPrefix("bram-") })
        #expect(
            try String(contentsOfFile: folder.path + "/" + bram, encoding: .utf8).contains(
                "\"profile\" : \"standaard\""))

        let csv = try Blanco.run(["klas", "rapport", folder.path, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.split(separator: "\r\n").map(String.init)
        let annaRow = try #require(rows.first { $0.hasPrefix("Anna;") })
        let bramRow = try #require(rows.first { $0.hasPrefix("Bram;") })
        #expect(annaRow.hasSuffix(";streng") && bramRow.hasSuffix(";standaard"))
        #expect(annaRow.contains(";ja;") && bramRow.contains(";ja;"), "each stored grade matches its own profile's")
        let text = try Blanco.run(["klas", "rapport", folder.path])
        #expect(text.stdout.contains("Profielen: standaard ×1, streng ×1."))
    }

    @Test("an anonymous session hands in without a name, even when the student gives one")
    func anonymousSession() throws {
        let folder = try ClassFolder(anonymous: true)
        try folder.handIn(ClassFolder.hasty, name: "Sanne de Vries")
        let files = try folder.files().filter { $0.hasSuffix(".json") }
        #expect(files.count == 1)
        #expect(files.allSatisfy { $0.hasPrefix("anoniem-") })
        let text = try String(contentsOfFile: folder.path + "/" + files[0], encoding: .utf8)
        #expect(!text.contains("Sanne"))
    }

    @Test("practice --hand-in refuses a missing folder and a folder without a session when no exercise is named")
    func handInRefusals() throws {
        let missing = try Blanco.run(["practice", "--hand-in", "/nonexistent/klas"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("bestaat niet"))
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-leeg-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let noSession = try Blanco.run(["practice", "--inleveren", empty])
        #expect(noSession.status == 64)
        #expect(noSession.stderr.contains("geen klassessie"))
    }

    @Test("klas rapport: every format from the same folder, skipped files named on stderr, the folder unchanged")
    func reportFormats() throws {
        let folder = try ClassFolder()
        try folder.handIn(ClassFolder.careful, name: "Anna")
        try folder.handIn(ClassFolder.hasty, name: "Bram")
        try Data("{\"schema\": \"blanco.export/1\", \"attempts\": [".utf8).write(
            to: URL(fileURLWithPath: folder.path + "/kapot.json"))
        let before = try folder.files().map { ($0, try Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + $0))) }

        let text = try Blanco.run(["klas", "rapport", folder.path])
        #expect(text.status == 0)
        #expect(text.stdout.contains("2 studenten"))
        #expect(text.stdout.contains("Anna") && text.stdout.contains("Bram"))
        #expect(text.stderr.contains("kapot.json: overgeslagen: onvolledig"))
        #expect(text.stderr.split(separator: "\n").count == 1, "one line per skipped file:\n\(text.stderr)")

        let json = try Blanco.run(["class", "report", folder.path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let exercise = try #require((object["exercises"] as? [[String: Any]])?.first)
        #expect(exercise["exercise"] as? String == ClassFolder.exerciseID)
        #expect(exercise["students"] as? Int == 2)
        #expect((exercise["categories"] as? [String: Int])?["judgment"] == 1)

        let csv = try Blanco.run(["klas", "rapport", folder.path, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("\u{FEFF}naam;oefening;cijfer;"))
        #expect(csv.stdout.contains("\r\nAnna;\(ClassFolder.exerciseID);"))

        let anonymous = try Blanco.run(["klas", "rapport", folder.path, "--anoniem", "--format", "html"])
        #expect(anonymous.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(!anonymous.stdout.contains("Anna") && !anonymous.stdout.contains("Bram"))

        let after = try folder.files().map { ($0, try Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + $0))) }
        #expect(after.map(\.0) == before.map(\.0))
        #expect(after.map(\.1) == before.map(\.1), "the report changed nothing in the folder")
    }

    @Test("klas rapport -o writes the file atomically and refuses to overwrite without --force")
    func reportToFile() throws {
        let folder = try ClassFolder()
        try folder.handIn(ClassFolder.careful, name: "Anna")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cijfers-\(UUID().uuidString).csv").path
        let first = try Blanco.run(["klas", "rapport", folder.path, "-o", out])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: out)).starts(with: [0xEF, 0xBB, 0xBF]),
            "the format follows the extension")
        let second = try Blanco.run(["klas", "rapport", folder.path, "-o", out])
        #expect(second.status == 1)
        #expect(second.stderr.contains("--force"))
        #expect(try Blanco.run(["klas", "rapport", folder.path, "-o", out, "--force"]).status == 0)
    }

    @Test(
        "usage errors: no folder, an unknown subcommand, an unknown format; klas live without a terminal prints the view once"
    )
    func usageErrors() throws {
        #expect(try Blanco.run(["klas"]).status == 64)
        let typo = try Blanco.run(["klas", "raport", "x"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("bedoelde je 'rapport'?"))
        let format = try Blanco.run(["klas", "rapport", "x", "--format", "pdf"])
        #expect(format.status == 64)
        let live = try Blanco.run(["klas", "live", "/nonexistent/klas"])
        #expect(live.status == 0, "without a terminal the view is printed once")
        #expect(live.stdout.contains("BLANCO KLAS LIVE"))
        #expect(live.stdout.components(separatedBy: "\n").count == 25, "24 lines, each ending in a newline")
        let unknown = try Blanco.run(["klas", "start", "/tmp/x", "--exercise", "bestaat-niet"])
        #expect(unknown.status == 64)
    }
}

@Suite(
    "the class report in a real browser (headless Chromium)", .serialized,
    .enabled(if: Chromium.path != nil, "chromium is not installed: apt-get install -y chromium to run these tests"))
struct ClassReportRenderTests {
    @Test(
        "the HTML class report loads without console errors and its screenshot is not blank; script in answers stays text"
    )
    func rendered() throws {
        let folder = try ClassFolder()
        try folder.handIn(
            ["Wat vervelend. <script>console.error('uitgevoerd')</script>", "Wat is er gebeurd?"], name: "<b>Ivo</b>")
        try folder.handIn(ClassFolder.careful, name: "Anna")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("klas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let page = out.appendingPathComponent("klasrapport.html")
        let report = try Blanco.run(["klas", "rapport", folder.path, "-o", page.path])
        #expect(report.status == 0, "\(report.stderr)")

        let control = out.appendingPathComponent("control.html")
        try Data("<!DOCTYPE html><html><body><script>console.error('probe')</script></body></html>".utf8).write(
            to: control)
        let blank = out.appendingPathComponent("blank.png")
        let probe = try Chromium.run(["--screenshot=\(blank.path)", "--window-size=1280,900", control.absoluteString])
        try #require(probe.contains(":CONSOLE"), "Chromium did not report the control page's console error:\n\(probe)")

        let shot = out.appendingPathComponent("klasrapport.png")
        let log = try Chromium.run(["--screenshot=\(shot.path)", "--window-size=1280,900", page.absoluteString])
        let console = log.split(separator: "\n").filter { $0.contains(":CONSOLE") }
        #expect(console.isEmpty, "console messages:\n\(console.joined(separator: "\n"))")
        let bytes = try Data(contentsOf: shot)
        #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47], "not a PNG")
        #expect(bytes.count > 8 * (try Data(contentsOf: blank)).count, "the screenshot is nearly blank")
    }
}
