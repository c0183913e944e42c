import Foundation
import Testing

/// `blanco practice ID < file`: a readable transcript without escape codes, and the
/// attempt saved in the journal under BLANCO_HOME.
@Suite("The practice transcript from a file")
struct PracticeTranscriptTests {
    let exerciseID = "losse-stoeptegel-gevallen"
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-practice-\(UUID().uuidString)")
        .path

    private func practice(_ lines: [String], arguments: [String]? = nil) throws -> Blanco.Result {
        try Blanco.run(
            arguments ?? ["practice", exerciseID], stdin: Data((lines.joined(separator: "\n") + "\n").utf8),
            environment: ["BLANCO_HOME": home])
    }

    private func journalRecords() throws -> [[String: Any]] {
        let text = try String(contentsOfFile: home + "/journal.jsonl", encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test("the transcript shows the scene, the echoed response, a revealed fact, a hint and the debrief")
    func transcript() throws {
        let result = try practice(["Hoe ging het die woensdagochtend?", "/hint", "/film", "/klaar"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Corrie Hoekstra: 77 jaar"))
        #expect(result.stdout.contains("Ik kom hier eigenlijk omdat mijn dochter zei"))
        #expect(result.stdout.contains("jij> Hoe ging het die woensdagochtend?"))
        #expect(result.stdout.contains("Het was woensdag 8 oktober, rond half tien"))
        #expect(result.stdout.contains("film 1/7 · kern 1/4"))
        #expect(result.stdout.contains("Hint 1: Stel een open vraag"))
        #expect(result.stdout.contains("Nabespreking"))
        #expect(result.stdout.contains("Cijfer: "))
        #expect(result.stdout.contains("– niet gehoord"))
        #expect(result.stdout.contains("Zo had het ook gekund"))
        #expect(result.stdout.contains("Om over na te denken"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test("a judgment is marked in the trainee's own sentence with its category, why and a blank alternative")
    func judgmentFeedback() throws {
        let result = try practice(["Wat erg voor u.", "/stop"])
        #expect(result.stdout.contains("jij: [[Wat erg]] voor u."))
        #expect(result.stdout.contains("✗ oordeel"))
        #expect(result.stdout.contains("blanco alternatief:"))
        #expect(result.stdout.contains("ik wil er ook geen zaak van maken"))
        #expect(result.stdout.contains("film 0/7"))
    }

    @Test("escape sequences the trainee types are shown harmlessly, never passed to the terminal")
    func escapeSequencesAreNeutralised() throws {
        let result = try practice(["Wat erg\u{1B}[2J voor u.", "/kl\u{1B}]0;x\u{07}aar", "/stop"])
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("\u{07}"))
        #expect(result.stdout.contains("^[[2J"))
    }

    @Test("every turn and the finished exercise are saved in the journal under BLANCO_HOME")
    func journalRecord() throws {
        _ = try practice(["Hoe ging het die woensdagochtend?", "/hint", "/klaar"])
        let records = try journalRecords()
        #expect(records.count == 2)
        #expect(records[0]["kind"] as? String == "turn")
        #expect(records[0]["response"] as? String == "Hoe ging het die woensdagochtend?")
        #expect(records[1]["kind"] as? String == "finished")
        #expect(records[1]["exercise"] as? String == exerciseID)
        #expect(records[1]["hints"] as? Int == 1)
        #expect(records[0]["attempt"] as? String == records[1]["attempt"] as? String)
        #expect((records[1]["grade"] as? Double).map { (1...10).contains($0) } == true)
    }

    @Test("a finished exercise shows as done with its best grade in /lijst")
    func listShowsProgress() throws {
        _ = try practice(["Hoe ging het die woensdagochtend?", "/klaar"])
        let result = try practice(["/lijst", "/stop"])
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains(exerciseID) })
        #expect(line.contains("✓"))
        #expect(line.contains(","))
    }

    @Test("blanco list shows a finished exercise as done, with its best grade, from the same BLANCO_HOME")
    func blancoListShowsProgress() throws {
        _ = try practice(["Hoe ging het die woensdagochtend?", "/klaar"])
        let list = try Blanco.run(["list"], environment: ["BLANCO_HOME": home])
        #expect(list.status == 0)
        #expect(list.stdout.contains("beste"))
        let line = try #require(list.stdout.split(separator: "\n").first { $0.hasPrefix(exerciseID + " ") })
        #expect(line.contains(","))
        let other = try #require(list.stdout.split(separator: "\n").first { $0.hasPrefix("zorg-val-in-verpleeghuis ") })
        #expect(other.contains("  -  "))
        // Every line fits 80 columns, and the grade column ends where "beste" ends.
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.map(\.count).max() ?? 0) columns")
        let header = try #require(lines.first)
        let gradeEnd = header.distance(from: header.startIndex, to: header.range(of: "beste")!.upperBound)
        let grade = line.distance(from: line.startIndex, to: line.range(of: ",")!.upperBound) + 1
        #expect(grade == gradeEnd)
    }

    @Test("plain 'blanco' shows the exercises and starts the one whose number is typed")
    func pickerByNumber() throws {
        let result = try Blanco.run([], stdin: Data("2\n/stop\n".utf8), environment: ["BLANCO_HOME": home])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Kies een oefening"))
        let second = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix(" 2. ") })
        let id = try #require(second.split(separator: " ").first { $0.contains("-") })
        #expect(result.stdout.contains("== "))
        #expect(result.stdout.contains("jij> /stop"))
        #expect(second.contains(id))
    }

    @Test("an unknown slash command and an unknown exercise get the closest valid one")
    func closestSuggestions() throws {
        let inSession = try practice(["/klar", "/oefen losse-stoeptegel-gevalen", "/stop"])
        #expect(inSession.stdout.contains("bedoelde je '/klaar'?"))
        #expect(inSession.stdout.contains("Bedoelde je 'losse-stoeptegel-gevallen'?"))
        let atStart = try practice([], arguments: ["practice", "losse-stoeptegl-gevallen"])
        #expect(atStart.status == 64)
        #expect(atStart.stderr.contains("bedoelde je 'losse-stoeptegel-gevallen'?"))
    }

    @Test("the end of the input leaves cleanly with progress saved")
    func endOfInput() throws {
        let result = try practice(["Hoe ging het die woensdagochtend?"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Je voortgang is bewaard"))
        #expect(try journalRecords().count == 1)
    }

    @Test("a corrupt journal gets a clear message, practice goes on, and the file is left untouched")
    func corruptJournal() throws {
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let garbage = Data("dit is geen logboek\n{\"kind\":\"turn\"}\n".utf8)
        try garbage.write(to: URL(fileURLWithPath: home + "/journal.jsonl"))
        let result = try practice(["Hoe ging het die woensdagochtend?", "/klaar"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("beschadigd"))
        #expect(result.stdout.contains("Het was woensdag 8 oktober"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: home + "/journal.jsonl")) == garbage)
    }

    @Test("a torn last line is skipped with a warning and new records are still saved")
    func tornLastLine() throws {
        _ = try practice(["Hoe ging het die woensdagochtend?"])
        let handle = try #require(FileHandle(forWritingAtPath: home + "/journal.jsonl"))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"attempt":"x","exerc"#.utf8))
        try handle.close()
        let result = try practice(["Wat is er met de tegel gebeurd?", "/klaar"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("onvolledig"))
        let text = try String(contentsOfFile: home + "/journal.jsonl", encoding: .utf8)
        #expect(text.contains("Wat is er met de tegel gebeurd?"))
        #expect(text.hasSuffix("}\n"))
    }
}
