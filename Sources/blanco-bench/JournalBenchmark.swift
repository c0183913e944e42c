import BlancoCore
import Foundation

/// Start-up on a journal of years of use: `blanco list` summarises the journal for its
/// progress column, from `journal.index` where it matches. Target: a generated 100 MB
/// journal (about 400,000 records) in well under a second (≤ 0.5 s) once indexed, also
/// after a session appended records, and within the 50 MB memory ceiling, with `wc -l`
/// over the same file as the yardstick in the same run. The first start, which builds
/// the index, is shown too.
enum JournalBenchmark {
    static let secondsTarget = 0.5
    static let memoryTargetMB = 50.0

    static func run() -> Bool {
        guard let binary = SpawnedBlanco.binary() else {
            print("journal: build the release binary first: swift build -c release")
            return false
        }
        return SpawnedBlanco.withScratchFolder { scratch in
            let home = scratch.appendingPathComponent("home")
            try? FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let path = home.appendingPathComponent(Journal.fileName).path
            let bytes = writeJournal(to: path, targetBytes: 100_000_000)
            print("journal: blanco list on a generated \(bytes / 1_000_000) MB journal (whole process)")
            setenv("BLANCO_HOME", home.path, 1)
            let index = home.appendingPathComponent("journal.index").path
            // The first start reads the whole journal and leaves the index; later starts
            // read only what was appended since.
            try? FileManager.default.removeItem(atPath: index)
            guard let first = measureList(binary.path, scratch: scratch) else { return false }
            guard let indexed = measureList(binary.path, scratch: scratch, times: 3) else { return false }
            appendSession(to: path)
            guard let appended = measureList(binary.path, scratch: scratch) else { return false }
            var yardstick = Double.infinity
            for _ in 0..<3 {
                if let run = SpawnedBlanco.run("/usr/bin/wc", ["-l", path], stdin: "/dev/null", stdout: "/dev/null") {
                    yardstick = min(yardstick, run.seconds)
                }
            }
            print("  wc -l on the same file (yardstick): \(String(format: "%.2f", yardstick)) s")
            report("first start, no index yet (reads it all)", first, target: nil)
            let timeOK = report("start with the index (best of 3)", indexed, target: secondsTarget)
            let afterOK = report("start after a session of 12 new records", appended, target: secondsTarget)
            let peakKB = max(first.peakKB, indexed.peakKB, appended.peakKB)
            let memoryOK = Double(peakKB) / 1024 <= memoryTargetMB
            print(
                "  peak memory (max RSS, any of the runs): \(String(format: "%.1f", Double(peakKB) / 1024)) MB (target ≤ \(Int(memoryTargetMB)) MB) \(memoryOK ? "ok" : "MISSED")"
            )
            return timeOK && afterOK && memoryOK
        }
    }

    /// `blanco list`, best of `times` runs.
    private static func measureList(_ binary: String, scratch: URL, times: Int = 1) -> (seconds: Double, peakKB: Int)? {
        var best = Double.infinity
        var peakKB = 0
        for _ in 0..<times {
            guard let run = AnalyzerBenchmark.measure(binary, ["list"], stdin: "/dev/null", scratch: scratch),
                run.status == 0
            else {
                print("  could not run \(binary) list")
                return nil
            }
            best = min(best, run.seconds)
            peakKB = max(peakKB, run.maxResidentKB)
        }
        return (best, peakKB)
    }

    @discardableResult
    private static func report(_ what: String, _ run: (seconds: Double, peakKB: Int), target: Double?) -> Bool {
        let ok = target.map { run.seconds <= $0 } ?? true
        let verdict = target.map { "(target ≤ \($0) s) \(ok ? "ok" : "MISSED")" } ?? "(no target)"
        print(
            "  \(what): \(String(format: "%.2f", run.seconds)) s, \(String(format: "%.1f", Double(run.peakKB) / 1024)) MB \(verdict)"
        )
        return ok
    }

    /// What one more practice session adds: eleven turns and a finished exercise.
    private static func appendSession(to path: String) {
        guard let file = fopen(path, "a") else { return }
        defer { fclose(file) }
        for line in sessionLines() { fputs(line, file) }
    }

    private static func sessionLines() -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (0..<12).map { index in
            var record = JournalRecord(
                kind: index == 11 ? .finished : .turn, attempt: "attempt-new", exercise: "oefening-nieuw",
                time: "2026-04-01T10:00:00Z")
            if index == 11 { record.grade = 8 } else { record.response = "Wat gebeurde er daarna?" }
            return String(decoding: (try? encoder.encode(record)) ?? Data(), as: UTF8.self) + "\n"
        }
    }

    /// Turns and finished exercises as `blanco practice` writes them, streamed to disk.
    private static func writeJournal(to path: String, targetBytes: Int) -> Int {
        guard let file = fopen(path, "w") else { return 0 }
        defer { fclose(file) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines: [String] = []
        for index in 0..<200 {
            var record = JournalRecord(
                kind: index % 12 == 11 ? .finished : .turn, attempt: "attempt-\(index / 12)",
                exercise: "oefening-\(index % 25)", time: "2026-03-0\(index % 9 + 1)T10:00:00Z")
            if record.kind == .turn {
                record.turn = index % 12 + 1
                record.response =
                    AnalyzerBenchmark.responses[index % AnalyzerBenchmark.responses.count]
                    + " Wat gebeurde er daarna precies?"
                record.categories = ["oordeel"]
                record.points = 65
            } else {
                record.grade = Double(50 + index % 50) / 10
                record.turns = 11
            }
            lines.append(String(decoding: (try? encoder.encode(record)) ?? Data(), as: UTF8.self) + "\n")
        }
        var written = 0
        var index = 0
        while written < targetBytes {
            fputs(lines[index % lines.count], file)
            written += lines[index % lines.count].utf8.count
            index += 1
        }
        return written
    }
}
