import Foundation
import Testing

@testable import BlancoCore

/// Practice starts from the journal's summary and reads only the lines `JournalDigest`
/// names: an attempt to continue and the current learning goal's attempt must come out
/// exactly as they do from every record, however sessions interleave, resume, and set or
/// clear goals, whether the digest comes from a full read, the index, or the index and
/// the lines appended since.
@Suite("The journal's digest for practice start-up")
struct JournalDigestTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "blanco-journal-digest-\(UUID().uuidString)"
    ).path

    /// SplitMix64: the same journal on every run.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// Sessions as practice writes them: turns, sometimes a finish with self-assessment,
    /// reflection and a goal (sometimes a cleared one), sometimes a goal changed later, an
    /// attempt continued later, two sessions writing at once.
    static func records(seed: UInt64, sessions: Int) -> [JournalRecord] {
        var random = Random(state: seed)
        var records: [JournalRecord] = []
        var unfinished: [String: (attempt: String, turns: Int)] = [:]
        var finished: [(attempt: String, exercise: String)] = []
        let time = "2026-02-01T10:00:00Z"
        func session(_ number: Int) -> [JournalRecord] {
            let exercise = "e\(random.next(6))"
            var attempt = "s\(seed)-\(number)"
            var turn = 0
            if let open = unfinished[exercise], random.next(2) == 0 { (attempt, turn) = open }
            var lines: [JournalRecord] = []
            for _ in 0..<(1 + random.next(6)) {
                turn += 1
                var record = JournalRecord(kind: .turn, attempt: attempt, exercise: exercise, time: time)
                record.turn = turn
                record.response =
                    "Beurt \(turn) van \(attempt): " + String(repeating: "Wat gebeurde er toen? ", count: 20)
                record.categories = random.next(3) == 0 ? ["oordeel"] : []
                lines.append(record)
            }
            if random.next(5) < 3 {
                unfinished[exercise] = nil
                var end = JournalRecord(kind: .finished, attempt: attempt, exercise: exercise, time: time)
                end.grade = Double(random.next(90)) / 10 + 1
                lines.append(end)
                lines.append(.reflection("Ging wel", attempt: attempt, exercise: exercise, time: Date()))
                let goals = ["", "minder waaromvragen", "geen advies geven", "  "]
                lines.append(.goal(goals[random.next(4)], attempt: attempt, exercise: exercise, time: Date()))
                finished.append((attempt, exercise))
            } else {
                unfinished[exercise] = (attempt, turn)
            }
            // `/reflectie` later on: a goal changed or cleared for an attempt finished before.
            if random.next(6) == 0, let earlier = finished.dropLast().last {
                let text = random.next(2) == 0 ? "" : "eerst de film"
                lines.append(.goal(text, attempt: earlier.attempt, exercise: earlier.exercise, time: Date()))
            }
            return lines
        }
        var number = 0
        while number < sessions {
            number += 1
            let first = session(number)
            guard random.next(4) == 0 else {
                records += first
                continue
            }
            // Two sessions at once: their lines interleave.
            number += 1
            var second = session(number)[...]
            for record in first {
                records.append(record)
                if let other = second.popFirst() { records.append(other) }
            }
            records += second
        }
        return records
    }

    /// Appends the records' lines as `Journal.append` writes them, in one go.
    private func write(_ records: [JournalRecord], to journal: Journal) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let bytes = try records.flatMap { try $0.encodedLine() }
        if !FileManager.default.fileExists(atPath: journal.path) {
            try Data().write(to: URL(fileURLWithPath: journal.path))
        }
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: journal.path))
        defer { try? file.close() }
        try file.seekToEnd()
        try file.write(contentsOf: Data(bytes))
    }

    /// What practice gets from the digest equals what it got from every record.
    private func expectSameStart(_ journal: Journal, _ summary: JournalSummary) throws {
        let all = try journal.records().records
        let digest = summary.digest
        for exercise in (0..<6).map({ "e\($0)" }) {
            let lines = digest.latestAttempt[exercise].flatMap(digest.lines(of:)) ?? []
            let read = try journal.records(at: lines).map(\.record)
            #expect(
                JournalContents(records: read, warnings: []).unfinishedAttempt(exercise: exercise)
                    == JournalContents(records: all, warnings: []).unfinishedAttempt(exercise: exercise),
                "the attempt to continue at \(exercise)")
        }
        // The current goal: the newest goal record of an attempt decides, a cleared goal
        // gives way to the one before.
        var decided: Set<String> = []
        let goal = all.reversed().first { record in
            record.kind == .goal && decided.insert(record.attempt).inserted
                && !(record.text ?? "").allSatisfy(\.isWhitespace)
        }
        #expect(digest.currentGoalAttempt == goal?.attempt)
        if let attempt = goal?.attempt {
            let lines = try #require(digest.lines(of: attempt))
            #expect(
                try journal.records(at: lines).map(\.record) == all.filter { $0.attempt == attempt },
                "every record of the goal's attempt")
        }
    }

    @Test(
        "the attempt to continue and the current goal come out as from every record: full read, index, index and tail",
        arguments: [1 as UInt64, 2, 3])
    func sameAsEveryRecord(seed: UInt64) throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let journal = Journal(directory: directory)
        let records = Self.records(seed: seed, sessions: 500)
        try write(records.dropLast(40).map { $0 }, to: journal)
        // Over the index size, so the next reads go on from the index.
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal.path)).count > JournalIndex.minimumBytes)
        try expectSameStart(journal, try journal.read())
        #expect(JournalIndex.load(directory: directory) != nil)
        try expectSameStart(journal, try journal.read())
        try write(records.suffix(40).map { $0 }, to: journal)
        try expectSameStart(journal, try journal.read())
    }

    @Test("the digest's size follows the exercises and goals, not the journal's length")
    func boundedSize() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let journal = Journal(directory: directory)
        try write(Self.records(seed: 7, sessions: 600), to: journal)
        let summary = try journal.read()
        let digest = summary.digest
        let traced = Set(digest.latestAttempt.values).union(digest.goalAttempts)
        #expect(digest.latestAttempt.count <= 6)
        #expect(digest.goalAttempts.count <= JournalDigest.goalsKept)
        let lines = traced.compactMap(digest.lines(of:)).map(\.count).reduce(0, +)
        #expect(lines < 2_000, "lines traced: \(lines) of \(summary.recordCount) records")
    }
}
