import BlancoCore
import Foundation

/// Start-up on a journal of years of use: `blanco list` reads the whole journal for its
/// progress column. Target: a generated 100 MB journal (about 400,000 records) in well
/// under a second (≤ 0.5 s) and within the 50 MB memory ceiling, with `wc -l` over the
/// same file as the yardstick in the same run.
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
            print("journal: blanco list on a generated \(bytes / 1_000_000) MB journal (whole process, best of 3)")
            setenv("BLANCO_HOME", home.path, 1)
            var best = Double.infinity
            var peakKB = 0
            for _ in 0..<3 {
                guard let run = AnalyzerBenchmark.measure(binary.path, ["list"], stdin: "/dev/null", scratch: scratch),
                    run.status == 0
                else {
                    print("  could not run \(binary.path) list")
                    return false
                }
                best = min(best, run.seconds)
                peakKB = max(peakKB, run.maxResidentKB)
            }
            var yardstick = Double.infinity
            for _ in 0..<3 {
                if let run = SpawnedBlanco.run("/usr/bin/wc", ["-l", path], stdin: "/dev/null", stdout: "/dev/null") {
                    yardstick = min(yardstick, run.seconds)
                }
            }
            let timeOK = best <= secondsTarget
            let memoryOK = Double(peakKB) / 1024 <= memoryTargetMB
            print(
                "  start-up: \(String(format: "%.2f", best)) s (target ≤ \(secondsTarget) s; wc -l on the same file: \(String(format: "%.2f", yardstick)) s) \(timeOK ? "ok" : "MISSED")"
            )
            print(
                "  peak memory (max RSS): \(String(format: "%.1f", Double(peakKB) / 1024)) MB (target ≤ \(Int(memoryTargetMB)) MB) \(memoryOK ? "ok" : "MISSED")"
            )
            return timeOK && memoryOK
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
