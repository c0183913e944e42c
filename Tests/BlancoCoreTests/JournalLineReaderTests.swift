import Foundation
import Testing

@testable import BlancoCore

@Suite("The journal's fast line reader")
struct JournalLineReaderTests {
    private func line(_ record: JournalRecord) throws -> ArraySlice<UInt8> {
        ArraySlice(try record.encodedLine().dropLast())
    }

    private var records: [JournalRecord] {
        var odd = ExportFixtures.records[2]
        odd.response = "Zei hij \"nee\"?\n\tTab, é, 😀, \\ en \u{1}"
        var emptyLists = ExportFixtures.records[1]
        emptyLists.flags = []
        emptyLists.moves = []
        return ExportFixtures.records + [odd, emptyLists]
    }

    @Test("every kind of record reads back exactly as JSONDecoder reads it")
    func sameAsDecoder() throws {
        for record in records {
            let bytes = try line(record)
            let decoded = try JSONDecoder().decode(JournalRecord.self, from: Data(bytes))
            #expect(JournalLineReader.record(bytes, previous: nil) == decoded)
            #expect(decoded == record)
        }
    }

    @Test("a field it does not know, a null or a missing required field gives nil, so the decoder takes over")
    func unknownGivesNil() {
        let unknown = #"{"attempt":"a","exercise":"e","kind":"turn","later":1,"time":"t"}"#
        let null = #"{"attempt":"a","exercise":"e","kind":"turn","response":null,"time":"t"}"#
        let missing = #"{"attempt":"a","kind":"turn","time":"t"}"#
        let known = #"{"attempt":"a","exercise":"e","kind":"turn","time":"t","turn":2}"#
        for text in [unknown, null, missing] {
            #expect(JournalLineReader.record(ArraySlice(Array(text.utf8)), previous: nil) == nil, "\(text)")
        }
        #expect(JournalLineReader.record(ArraySlice(Array(known.utf8)), previous: nil)?.turn == 2)
    }

    @Test("a line with a field added later still reads through the decoder, with nothing lost")
    func fallbackKeepsRecord() throws {
        let text = #"{"attempt":"a","exercise":"e","kind":"turn","resumedFrom":"x","time":"t","turn":3}"# + "\n"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "blanco-reader-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let journal = Journal(directory: directory)
        try Data(text.utf8).write(to: URL(fileURLWithPath: journal.path))
        let contents = try journal.records()
        #expect(contents.records.first?.turn == 3)
        #expect(contents.warnings.isEmpty)
    }
}
