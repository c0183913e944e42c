import Foundation
import Testing

@testable import BlancoCore

/// Row 16: start-up on a long-used journal reads only what was appended since the last
/// start (`journal.index`), and an index that no longer matches the journal is never
/// trusted: the journal is read whole and the index written again.
@Suite("The journal's index")
struct JournalIndexTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "blanco-journal-index-\(UUID().uuidString)"
    ).path

    private var indexPath: String { directory + "/" + JournalIndex.fileName }

    private static func line(_ index: Int) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var record: JournalRecord
        if index % 10 == 9 {
            record = JournalRecord(
                kind: .finished, attempt: "a\(index / 10)", exercise: "e\(index % 7)", time: "2026-01-01T00:00:00Z")
            record.grade = Double(index % 100) / 10
        } else {
            record = JournalRecord(
                kind: .turn, attempt: "a\(index / 10)", exercise: "e\(index % 7)", time: "2026-01-01T00:00:00Z")
            record.turn = index % 10
            record.response = String(repeating: "Wat gebeurde er toen precies? ", count: 40)
        }
        return String(decoding: (try? encoder.encode(record)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// A journal over the index size: about 1.3 MB, a torn line near the start.
    private func writeLongJournal(records: Int = 1_000) throws -> Journal {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var text = Self.line(0) + "{\"kind\":\"tu\n"
        for index in 1..<records { text += Self.line(index) }
        let journal = Journal(directory: directory)
        try Data(text.utf8).write(to: URL(fileURLWithPath: journal.path))
        return journal
    }

    private func expectSame(_ a: JournalSummary, _ b: JournalSummary) {
        #expect(a.recordCount == b.recordCount)
        #expect(a.progress == b.progress)
        #expect(a.warnings == b.warnings)
    }

    /// The summary a full read gives, with no index at all.
    private func fullSummary(_ journal: Journal) throws -> JournalSummary {
        try? FileManager.default.removeItem(atPath: indexPath)
        defer { try? FileManager.default.removeItem(atPath: indexPath) }
        return try journal.read()
    }

    @Test("row 16: a long journal leaves an index at its last whole line; the next read gives the same summary from it")
    func indexWrittenAndUsed() throws {
        let journal = try writeLongJournal()
        let first = try journal.read()
        let index = try #require(JournalIndex.load(directory: directory))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: journal.path)[.size] as? Int)
        #expect(index.offset == size)
        #expect(index.lines == 1_001)
        #expect(first.recordCount == 1_000)
        #expect(first.warnings.count == 1 && first.warnings[0].contains("regel 2 "), "\(first.warnings)")
        expectSame(try journal.read(), first)
        // A record appended after the index is summarised on top of it.
        var finished = JournalRecord(kind: .finished, attempt: "nieuw", exercise: "e-nieuw", time: "t")
        finished.grade = 9
        try journal.append(finished)
        let after = try journal.read()
        #expect(after.recordCount == 1_001)
        #expect(after.progress["e-nieuw"]?.bestGrade == 9)
        #expect(after.warnings == first.warnings, "the warning from before the index is still given")
        #expect(try #require(JournalIndex.load(directory: directory)).lines == 1_002)
        expectSame(after, try fullSummary(journal))
    }

    @Test("an index that matches the journal is what the read goes on from: the lines before it are not read again")
    func matchingIndexIsUsed() throws {
        let journal = try writeLongJournal()
        _ = try journal.read()
        var index = try #require(JournalIndex.load(directory: directory))
        // Told apart from a full read only by what the index says.
        index.summary.recordCount += 5_000
        index.save(directory: directory)
        #expect(try journal.read().recordCount == 6_000)
    }

    @Test("a torn last line is left out of the index, and read again once the next record seals it")
    func tornLastLineNotIndexed() throws {
        let journal = try writeLongJournal()
        let handle = try #require(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"kind\":\"fini".utf8))
        try handle.close()
        let torn = try journal.read()
        #expect(torn.warnings.count == 2)
        let index = try #require(JournalIndex.load(directory: directory))
        #expect(index.summary.warnings.count == 1)
        try journal.append(JournalRecord(kind: .turn, attempt: "x", exercise: "e1", time: "t"))
        let sealed = try journal.read()
        #expect(sealed.recordCount == 1_001)
        #expect(sealed.warnings.count == 2)
        expectSame(sealed, try fullSummary(journal))
    }

    enum Damage: String, CaseIterable {
        case rewrittenSameSize, truncated, offsetMidLine, garbage, otherJournal, wrongFormat, startEdited
    }

    @Test(
        "a stale or damaged index is never trusted: the journal is read whole and the index written again",
        arguments: Damage.allCases)
    func staleIndex(_ damage: Damage) throws {
        let journal = try writeLongJournal()
        _ = try journal.read()
        var index = try #require(JournalIndex.load(directory: directory))
        index.summary.recordCount += 5_000  // what a trusted stale index would give away
        index.save(directory: directory)
        let url = URL(fileURLWithPath: journal.path)
        var bytes = [UInt8](try Data(contentsOf: url))
        switch damage {
        case .rewrittenSameSize:
            // Another journal of the same length: the exercise ids changed near the end.
            let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"e6\"", with: "\"f6\"")
            bytes = Array(text.utf8)
            try Data(bytes).write(to: url)
        case .truncated:
            try Data(bytes.prefix(bytes.count / 2)).write(to: url)
        case .startEdited:
            let text = String(decoding: bytes, as: UTF8.self)
            try Data(text.replacingOccurrences(of: "\"a0\"", with: "\"b0\"").utf8).write(to: url)
        case .offsetMidLine:
            index.offset -= 10
            index.save(directory: directory)
        case .garbage:
            try Data("{\"format\": \"blanco.journal-index/1\", \"offset\": ".utf8).write(
                to: URL(fileURLWithPath: indexPath))
        case .otherJournal:
            index.journal = "/elders/journal.jsonl"
            index.save(directory: directory)
        case .wrongFormat:
            index.format = "blanco.journal-index/0"
            index.save(directory: directory)
        }
        let read = try journal.read()
        #expect(read.recordCount < 5_000)
        let contents = try journal.records()
        #expect(read.recordCount == contents.records.count)
        #expect(read.progress == contents.progress)
        // A journal cut to half is under the index size: no index is written for it.
        if damage != .truncated {
            let rewritten = try #require(JournalIndex.load(directory: directory))
            #expect(rewritten.summary.recordCount < 5_000, "the index is written again from the journal")
        }
    }
}
