import BlancoCore
import Foundation

/// Start-up on a journal of years of use: `blanco list` summarises the journal for its
/// progress column, from `journal.index` where it matches; `blanco practice ID` starts from
/// the same summary and reads only the lines of the attempts it needs (the current goal's,
/// one to continue). Target: a generated 100 MB journal (about 400,000 records) in well
/// under a second (≤ 0.5 s) once indexed, also after a session appended records, and
/// within the 50 MB memory ceiling, with `wc -l` over the same file as the yardstick in
/// the same run. The first start, which builds the index, is shown too. Practice is timed
/// as a whole process to its first prompt and the end of the input (`/stop`).
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
            guard let first = measure(binary.path, ["list"], scratch: scratch) else { return false }
            guard let indexed = measure(binary.path, ["list"], scratch: scratch, times: 3) else { return false }
            appendSession(to: path)
            guard let appended = measure(binary.path, ["list"], scratch: scratch) else { return false }

            let exercise = ExerciseCatalog.bundled().exercises.first?.id ?? ""
            let stop = scratch.appendingPathComponent("stop.txt")
            let declineAndStop = scratch.appendingPathComponent("nee-stop.txt")
            try? Data("/stop\n".utf8).write(to: stop)
            try? Data("nee\n/stop\n".utf8).write(to: declineAndStop)
            let practice = ["practice", exercise]
            try? FileManager.default.removeItem(atPath: index)
            guard let practiceFirst = measure(binary.path, practice, stdin: stop.path, scratch: scratch),
                let practiceIndexed = measure(binary.path, practice, stdin: stop.path, scratch: scratch, times: 3)
            else { return false }
            appendUnfinishedAttempt(to: path, exercise: exercise)
            guard let practiceResume = measure(binary.path, practice, stdin: declineAndStop.path, scratch: scratch)
            else { return false }
            var yardstick = Double.infinity
            for _ in 0..<3 {
                if let run = SpawnedBlanco.run("/usr/bin/wc", ["-l", path], stdin: "/dev/null", stdout: "/dev/null") {
                    yardstick = min(yardstick, run.seconds)
                }
            }
            print("  wc -l on the same file (yardstick): \(String(format: "%.2f", yardstick)) s")
            report("list, first start, no index yet (reads it all)", first, target: nil)
            let timeOK = report("list, start with the index (best of 3)", indexed, target: secondsTarget)
            let afterOK = report("list, start after a session of 12 new records", appended, target: secondsTarget)
            print("  practice \(exercise), to its prompt and /stop:")
            report("practice, first start, no index yet (reads it all)", practiceFirst, target: nil)
            let practiceOK = report(
                "practice, start with the index (best of 3)", practiceIndexed, target: secondsTarget)
            let resumeOK = report(
                "practice, offering to continue 11 turns at the journal's end (nee, /stop)", practiceResume,
                target: secondsTarget)
            let peakKB =
                [first, indexed, appended, practiceFirst, practiceIndexed, practiceResume].map(\.peakKB).max() ?? 0
            let memoryOK = Double(peakKB) / 1024 <= memoryTargetMB
            print(
                "  peak memory (max RSS, any of the runs): \(String(format: "%.1f", Double(peakKB) / 1024)) MB (target ≤ \(Int(memoryTargetMB)) MB) \(memoryOK ? "ok" : "MISSED")"
            )
            return timeOK && afterOK && practiceOK && resumeOK && memoryOK
        }
    }

    /// `blanco ARGUMENTS < STDIN`, best of `times` runs.
    private static func measure(
        _ binary: String, _ arguments: [String], stdin: String = "/dev/null", scratch: URL, times: Int = 1
    ) -> (seconds: Double, peakKB: Int)? {
        var best = Double.infinity
        var peakKB = 0
        for _ in 0..<times {
            guard let run = AnalyzerBenchmark.measure(binary, arguments, stdin: stdin, scratch: scratch),
                run.status == 0
            else {
                print("  could not run \(binary) \(arguments.joined(separator: " "))")
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

    /// An attempt at `exercise` left after 11 turns, for practice to offer to continue.
    private static func appendUnfinishedAttempt(to path: String, exercise: String) {
        guard let file = fopen(path, "a") else { return }
        defer { fclose(file) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for turn in 1...11 {
            var record = JournalRecord(
                kind: .turn, attempt: "attempt-open", exercise: exercise, time: "2026-04-02T10:00:00Z")
            record.turn = turn
            record.response = AnalyzerBenchmark.responses[turn % AnalyzerBenchmark.responses.count]
            fputs(String(decoding: (try? encoder.encode(record)) ?? Data(), as: UTF8.self) + "\n", file)
        }
    }

    /// Turns, finished exercises and learning goals as `blanco practice` writes them,
    /// streamed to disk; every attempt has its own id, as practice gives it.
    private static func writeJournal(to path: String, targetBytes: Int) -> Int {
        guard let file = fopen(path, "w") else { return 0 }
        defer { fclose(file) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines: [String] = []
        for index in 0..<200 {
            var record = JournalRecord(
                kind: index % 12 == 11 ? .finished : .turn, attempt: "attempt-\(index / 12)",
                exercise: "oefening-\(index / 12 % 25)", time: "2026-03-0\(index % 9 + 1)T10:00:00Z")
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
            if index == 191 {
                let goal = JournalRecord.goal(
                    "minder waaromvragen", attempt: "attempt-15", exercise: "oefening-15", time: Date())
                lines.append(String(decoding: (try? encoder.encode(goal)) ?? Data(), as: UTF8.self) + "\n")
            }
        }
        var written = 0
        var index = 0
        while written < targetBytes {
            // Each pass over the lines is a new run of attempts.
            let line = lines[index % lines.count].replacing(
                "\"attempt-", with: "\"attempt-\(index / lines.count)-")
            fputs(line, file)
            written += line.utf8.count
            index += 1
        }
        return written
    }
}
