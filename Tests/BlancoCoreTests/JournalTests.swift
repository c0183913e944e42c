import BlancoCore
import Foundation
import Testing

@Suite("The practice journal")
struct JournalTests {
    @Test("a record's time is written in UTC as 2025-11-25T15:48:00Z")
    func timestampFormat() {
        #expect(JournalRecord.timestamp(Date(timeIntervalSince1970: 1_764_085_680)) == "2025-11-25T15:48:00Z")
    }

    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "blanco-journal-\(UUID().uuidString)/nested"
    ).path

    private func turnRecord(_ number: Int, attempt: String = "a1", exercise: String = "brief-huur") -> JournalRecord {
        var record = JournalRecord(kind: .turn, attempt: attempt, exercise: exercise, time: "2026-11-25T15:00:00Z")
        record.turn = number
        record.response = "Wat gebeurde er?\nEn toen \"daarna\"?"
        return record
    }

    private func finished(_ grade: Double, exercise: String) -> JournalRecord {
        var record = JournalRecord(
            kind: .finished, attempt: UUID().uuidString, exercise: exercise, time: "2026-11-25T15:00:00Z")
        record.grade = grade
        return record
    }

    @Test("records come back exactly as written, one line each, in a folder made on first use")
    func roundTrip() throws {
        let journal = Journal(directory: directory)
        #expect(try journal.records().records.isEmpty)
        try journal.append(turnRecord(1))
        try journal.append(turnRecord(2))
        let contents = try journal.records()
        #expect(contents.records == [turnRecord(1), turnRecord(2)])
        #expect(contents.warnings.isEmpty)
        let text = try String(contentsOfFile: journal.path, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2)
    }

    @Test("progress per exercise says whether it is done and gives the best grade")
    func progressSummary() throws {
        let journal = Journal(directory: directory)
        try journal.append(turnRecord(1, exercise: "a"))
        try journal.append(finished(6.5, exercise: "a"))
        try journal.append(finished(8.1, exercise: "a"))
        try journal.append(finished(7.0, exercise: "a"))
        try journal.append(turnRecord(1, exercise: "b"))
        let progress = try journal.read().progress
        #expect(progress["a"]?.isDone == true)
        #expect(progress["a"]?.bestGrade == 8.1)
        #expect(progress["a"]?.timesFinished == 3)
        #expect(progress["b"] == nil)
    }

    @Test("a torn last line is skipped with a warning, and the next record still starts its own line")
    func tornLastLine() throws {
        let journal = Journal(directory: directory)
        try journal.append(turnRecord(1))
        let handle = try #require(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"attempt":"a1","exer"#.utf8))
        try handle.close()

        let torn = try journal.records()
        #expect(torn.records == [turnRecord(1)])
        #expect(torn.warnings.count == 1)
        #expect(torn.warnings[0].contains("regel 2"))

        try journal.append(turnRecord(3))
        let sealed = try journal.records()
        #expect(sealed.records == [turnRecord(1), turnRecord(3)])
        #expect(sealed.warnings.count == 1)
    }

    /// Writes `text` after the journal's current contents.
    private func appendRaw(_ text: String, to journal: Journal) throws {
        let handle = try #require(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        try handle.close()
    }

    @Test(
        "row 7: a torn '{' in the middle (what a full disk leaves) is skipped with a warning and the journal stays usable"
    )
    func tornLineInTheMiddle() throws {
        let journal = Journal(directory: directory)
        try journal.append(finished(6, exercise: "brief-huur"))
        try appendRaw("{\n", to: journal)
        try journal.append(finished(8, exercise: "brief-huur"))
        let summary = try journal.read()
        #expect(summary.recordCount == 2)
        #expect(summary.progress["brief-huur"]?.bestGrade == 8)
        #expect(summary.warnings.count == 1 && summary.warnings[0].contains("regel 2"), "\(summary.warnings)")
        try journal.append(finished(9, exercise: "brief-huur"))
        #expect(try journal.read().progress["brief-huur"]?.bestGrade == 9)
    }

    @Test("row 7: a blank or whitespace-only line anywhere is skipped with a warning, not 'beschadigd'")
    func blankLines() throws {
        let journal = Journal(directory: directory)
        try journal.append(turnRecord(1))
        try appendRaw("   \t\n\n", to: journal)
        try journal.append(turnRecord(2))
        let summary = try journal.read()
        #expect(summary.recordCount == 2)
        #expect(summary.warnings.count == 2, "\(summary.warnings)")
        #expect(summary.warnings.allSatisfy { $0.contains("leeg") })
    }

    @Test("row 7: many damaged lines give a few warnings and a count, not one line each")
    func manyDamagedLines() throws {
        let journal = Journal(directory: directory)
        try journal.append(turnRecord(1))
        try appendRaw(String(repeating: "{\"kind\":\n", count: 500), to: journal)
        try journal.append(turnRecord(2))
        let summary = try journal.read()
        #expect(summary.recordCount == 2)
        #expect(summary.warnings.count == JournalSummary.namedWarnings + 1)
        #expect(summary.warnings.last?.contains("nog 497 regels") == true, "\(summary.warnings)")
    }

    @Test("row 16: a line longer than the journal-line limit is skipped unread, and the records around it count")
    func overLongLine() throws {
        let journal = Journal(directory: directory)
        try journal.append(finished(7, exercise: "a"))
        try appendRaw(
            "{\"response\":\"" + String(repeating: "x", count: Limits.journalLine.value * 3) + "\"}\n", to: journal)
        try journal.append(finished(8, exercise: "b"))
        let summary = try journal.read()
        #expect(summary.recordCount == 2)
        #expect(summary.progress.keys.sorted() == ["a", "b"])
        #expect(summary.warnings.count == 1 && summary.warnings[0].contains("langer dan"))
    }

    @Test(
        "row 16: a journal of years of use (60,000 records) is summarised: every finished exercise counted, best grade kept"
    )
    func longJournal() throws {
        let journal = Journal(directory: directory)
        try journal.append(turnRecord(0))
        var text = ""
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for index in 0..<60_000 {
            let record =
                index % 10 == 0
                ? finished(Double(index % 97) / 10, exercise: "e\((index / 10) % 30)") : turnRecord(index)
            text += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
        }
        try appendRaw(text, to: journal)
        let summary = try journal.read()
        #expect(summary.recordCount == 60_001)
        #expect(summary.progress.count == 30)
        #expect(summary.progress.values.map(\.timesFinished).reduce(0, +) == 6_000)
        let indicesOfE0: [Int] = (0..<60_000).filter { $0 % 10 == 0 && ($0 / 10) % 30 == 0 }
        let bestOfE0: Int = indicesOfE0.map { $0 % 97 }.max() ?? 0
        #expect(summary.progress["e0"]?.bestGrade == Double(bestOfE0) / 10)
    }

    @Test(
        "fuzz finding: a crash's NUL-filled tail is skipped as torn, and the journal stays usable after the next record seals it"
    )
    func nulFilledTail() throws {
        let journal = Journal(directory: directory)
        try journal.append(turnRecord(1))
        try appendRaw(String(repeating: "\u{0}", count: 70) + "1e3081e308", to: journal)
        #expect(try journal.read().recordCount == 1)
        try journal.append(turnRecord(2))
        let summary = try journal.read()
        #expect(summary.recordCount == 2)
        #expect(summary.warnings.count == 1)
    }

    @Test(
        "fuzz finding: a last line that is plainly not a record is 'beschadigd' before the next append too, not only after it"
    )
    func foreignLastLine() throws {
        let journal = Journal(directory: directory)
        try journal.append(turnRecord(1))
        try appendRaw("dit is een ander bestand", to: journal)
        #expect(throws: JournalError.corrupt(path: journal.path, line: 2)) { try journal.read() }
    }

    @Test(
        "fuzz finding: a record with invalid UTF-8 is skipped by the summary as by the full read, so both count the same"
    )
    func invalidUTF8Record() throws {
        let journal = Journal(directory: directory)
        try journal.append(turnRecord(1))
        let handle = try #require(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(
            Data(#"{"attempt":"a","exercise":"e","kind":"turn","time":"2026-01-0d"#.utf8) + Data([0xCC])
                + Data(#"1T00:00:00Z"}"#.utf8) + Data([0x0A]))
        try handle.close()
        let summary = try journal.read()
        #expect(summary.recordCount == 1)
        #expect(try journal.records().records.count == summary.recordCount)
    }

    @Test("a journal with a line that is no record is reported as corrupt, with its line, and left as it was")
    func corruptJournal() throws {
        let journal = Journal(directory: directory)
        try journal.append(turnRecord(1))
        let handle = try #require(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(Data("dit is geen json\n".utf8))
        try handle.close()
        try journal.append(turnRecord(2))
        let before = try Data(contentsOf: URL(fileURLWithPath: journal.path))

        #expect(throws: JournalError.corrupt(path: journal.path, line: 2)) { try journal.read() }
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal.path)) == before)
        #expect(JournalError.corrupt(path: journal.path, line: 2).description.contains("ongemoeid"))
    }

    @Test("an unreadable journal gets a clear message instead of a crash")
    func unreadableJournal() throws {
        let journal = Journal(directory: directory)
        try FileManager.default.createDirectory(atPath: journal.path, withIntermediateDirectories: true)
        #expect(throws: JournalError.self) { try journal.read() }
        do {
            _ = try journal.read()
        } catch {
            #expect(error.description.contains("kan niet worden gelezen"))
        }
    }

    @Test("a full disk is reported as such, so the session can say so and go on")
    func fullDisk() {
        let error = JournalError.diskFull(path: "/x/journal.jsonl", reason: "de schijf is vol")
        #expect(error.description.contains("schijf is vol"))
        #expect(error.description.contains("verder oefenen"))
    }

    @Test("two writers appending at once never mix their lines")
    func concurrentWriters() async throws {
        let path = directory
        let perWriter = 300
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    let journal = Journal(directory: path)
                    for number in 1...perWriter {
                        var record = JournalRecord(kind: .turn, attempt: "writer-\(writer)", exercise: "x", time: "t")
                        record.turn = number
                        record.response = String(repeating: "\(writer)", count: 2000)
                        try? journal.append(record)
                    }
                }
            }
        }
        let contents = try Journal(directory: path).records()
        #expect(contents.warnings.isEmpty)
        #expect(contents.records.count == 2 * perWriter)
        for writer in 0..<2 {
            let own = contents.records.filter { $0.attempt == "writer-\(writer)" }
            #expect(own.compactMap(\.turn) == Array(1...perWriter))
            #expect(own.allSatisfy { $0.response == String(repeating: "\(writer)", count: 2000) })
        }
    }

    @Test("the data folder is BLANCO_HOME, else XDG_DATA_HOME/blanco, else ~/.local/share/blanco")
    func dataDirectory() {
        #expect(DataDirectory.resolve(environment: ["BLANCO_HOME": "/b", "XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/b")
        #expect(
            DataDirectory.resolve(environment: ["BLANCO_HOME": "", "XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/blanco")
        #expect(DataDirectory.resolve(environment: ["HOME": "/h"]) == "/h/.local/share/blanco")
        #expect(DataDirectory.resolve(environment: [:]) == nil)
    }
}
