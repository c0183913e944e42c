import BlancoCore
import Foundation
import Testing

/// The summary (`read()`) and the full read (`records()`) count the same records, because
/// both use one rule for a whole record; a key named twice makes a line damaged.
@Suite("Journal lines that name a key twice")
struct JournalDuplicateKeyTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "blanco-journal-dup-\(UUID().uuidString)"
    ).path

    private func journal(with text: String) throws -> Journal {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let journal = Journal(directory: directory)
        try Data(text.utf8).write(to: URL(fileURLWithPath: journal.path))
        return journal
    }

    private static let good =
        #"{"attempt":"a","exercise":"e","grade":7.5,"kind":"finished","time":"2026-01-01T00:00:00Z","turns":3}"#

    @Test("the fuzz finding: a record repeating 'kind' is skipped by the summary and the full read alike")
    func fuzzFinding() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/regressions/journal-duplicate-keys.bin")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let journal = Journal(directory: directory)
        try Data(contentsOf: file).write(to: URL(fileURLWithPath: journal.path))
        let summary = try journal.read()
        let contents = try journal.records()
        #expect(summary.recordCount == contents.records.count)
        // Lines 2, 4 and 5 are whole; line 1 is torn and line 3 names "kind" and "exercise" twice.
        #expect(contents.records.count == 3)
        #expect(summary.warnings == contents.warnings)
        #expect(summary.warnings.contains { $0.contains("regel 3 ") }, "\(summary.warnings)")
        #expect(summary.progress["e"]?.timesFinished == 1)
    }

    @Test(
        "a key named twice at the top, in a flag or in a grade part makes the line damaged: warned about, counted by neither",
        arguments: [
            #"{"attempt":"a","exercise":"e","grade":9,"kind":"finished","kind":"finished","time":"t"}"#,
            #"{"attempt":"a","exercise":"e","kind":"turn","time":"t","flags":[{"category":"oordeel","category":"advies","rule":"r","severity":"s","text":"x","start":0,"end":1}]}"#,
            #"{"attempt":"a","exercise":"e","grade":9,"kind":"finished","time":"t","gradeParts":[{"label":"l","label":"m","points":1,"maximum":2}]}"#,
            #"{"attempt":"a","exercise":"e","kind":"self-assessment","time":"t","selfRatings":{"defer-judgment":3,"defer-judgment":4}}"#,
            // Unknown to the fast reader, so it goes to JSONDecoder: the repeated key is refused first.
            #"{"attempt":"a","exercise":"e","kind":"turn","time":"t","later":{"x":1,"x":2}}"#,
        ])
    func repeatedKey(_ line: String) throws {
        let journal = try journal(with: Self.good + "\n" + line + "\n" + Self.good + "\n")
        let summary = try journal.read()
        let contents = try journal.records()
        #expect(summary.recordCount == 2)
        #expect(contents.records.count == 2)
        #expect(summary.progress["e"]?.timesFinished == 2)
        #expect(summary.warnings.count == 1 && summary.warnings[0].contains("regel 2 "), "\(summary.warnings)")
        #expect(contents.warnings == summary.warnings)
    }

    @Test("a field Blanco does not write yet is still read, by the summary and the full read alike")
    func unknownFieldStillCounts() throws {
        let line = #"{"attempt":"a","exercise":"e","kind":"turn","later":{"x":1,"y":2},"time":"t"}"#
        let journal = try journal(with: line + "\n" + Self.good + "\n")
        #expect(try journal.read().recordCount == 2)
        #expect(try journal.records().records.count == 2)
        #expect(try journal.read().warnings.isEmpty)
    }
}
