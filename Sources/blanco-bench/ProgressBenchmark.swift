import BlancoCore
import Foundation

/// `blanco voortgang` and `blanco export` on a journal of 10,000 finished attempts (eight
/// turns each, with flags, good moves, grade parts, self-assessments and goals: about
/// 100,000 lines), spawned as a whole process. The issue asks for well under a second;
/// the gate is one second of CPU, and the figure printed is what to quote (about half a
/// second on the development machine). The yardstick is `wc -l` over the same journal.
enum ProgressBenchmark {
    static let attempts = 10_000
    static let target = 1000.0

    static func run() -> Bool {
        print("progress: blanco voortgang and export on a journal of \(attempts) attempts (spawned, whole process)")
        guard let binary = SpawnedBlanco.binary() else { return true }
        return SpawnedBlanco.withScratchFolder { scratch in measure(binary, scratch) }
    }

    private static func measure(_ binary: URL, _ scratch: URL) -> Bool {
        let home = scratch.appendingPathComponent("home")
        try? FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let journal = home.appendingPathComponent(Journal.fileName)
        let bytes = makeJournal()
        do { try Data(bytes).write(to: journal) } catch {
            print("  could not write the journal: \(error)")
            return false
        }
        let lines = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        print("  journal: \(lines) lines, \(bytes.count / 1_000_000) MB")
        let empty = scratch.appendingPathComponent("empty")
        guard FileManager.default.createFile(atPath: empty.path, contents: nil) else {
            print("  could not create \(empty.path)")
            return false
        }
        var environment = ProcessInfo.processInfo.environment
        environment["BLANCO_HOME"] = home.path

        /// Median wall-clock and CPU milliseconds of five runs.
        func median(_ path: String, _ arguments: [String], stdin: String = empty.path) -> (wall: Double, cpu: Double)? {
            var runs: [SpawnedBlanco.Run] = []
            for _ in 0..<5 {
                guard let run = SpawnedBlanco.run(path, arguments, stdin: stdin, environment: environment),
                    run.status == 0
                else {
                    return nil
                }
                runs.append(run)
            }
            let wall = runs.map(\.seconds).sorted()[runs.count / 2] * 1000
            let cpu = runs.map(\.cpuSeconds).sorted()[runs.count / 2] * 1000
            return (wall, cpu)
        }
        guard let progress = median(binary.path, ["voortgang"]),
            let json = median(binary.path, ["export", "--format", "json", "--anonymous"]),
            let html = median(binary.path, ["export", "--format", "html", "--anonymous"]),
            let wc = median("/usr/bin/wc", ["-l"], stdin: journal.path)
        else {
            print("  a run failed")
            return false
        }
        func line(_ label: String, _ figures: (wall: Double, cpu: Double)) -> String {
            "  \(label) \(format(figures.wall)) ms wall, \(format(figures.cpu)) ms CPU"
        }
        print(line("wc -l over the journal (yardstick):", wc))
        print(line("blanco voortgang:                  ", progress) + " (target: CPU < \(format(target)) ms)")
        print(line("blanco export --format json:       ", json))
        print(line("blanco export --format html:       ", html))
        print("  (on a machine busy with other work the wall time grows; the CPU time is what the run costs)")
        return progress.cpu < target
    }

    /// Eight turns per attempt, then the finish; every tenth attempt a self-assessment and a goal.
    private static func makeJournal() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let exercises = ExerciseCatalog.bundled().exercises.map(\.id)
        let responses = [
            ("Wat gebeurde er toen?", [], ["open-question"]),
            ("Wat erg voor u, dat had nooit mogen gebeuren.", ["judgment"], []),
            ("Waarom heeft u niet eerder gebeld?", ["why-question"], []),
            ("Mm, vertel verder.", [], ["encourager"]),
            ("U bent vast boos.", ["interpretation"], []),
            ("Heb ik goed begrepen dat u zes weken heeft gewacht?", [], ["meaning-check"]),
            ("Hoe was dat voor u?", [], ["experience-question"]),
            ("Wat vindt u ervan?", [], ["opinion-question"]),
        ]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(attempts * 2_600)
        func append(_ record: JournalRecord) {
            if let data = try? encoder.encode(record) { bytes.append(contentsOf: data) }
            bytes.append(0x0A)
        }
        let start = Date(timeIntervalSince1970: 1_764_000_000)
        for index in 0..<attempts {
            let attempt = String(format: "%08x-bench", index)
            let exercise = exercises[index % exercises.count]
            let time = JournalRecord.timestamp(start.addingTimeInterval(Double(index) * 600))
            for (number, entry) in responses.enumerated() {
                var record = JournalRecord(kind: .turn, attempt: attempt, exercise: exercise, time: time)
                record.turn = number + 1
                record.response = entry.0
                record.categories = entry.1
                record.flags = entry.1.map {
                    JournalFlag(
                        category: $0, rule: "nl.\($0).bench", severity: "major", start: 0, end: 8,
                        text: String(entry.0.prefix(8)))
                }
                record.moves = entry.2
                record.points = entry.1.isEmpty ? 90 : 50
                record.filmComplete = number >= 6
                append(record)
            }
            var finished = JournalRecord(kind: .finished, attempt: attempt, exercise: exercise, time: time)
            finished.grade = Double(10 + index % 90) / 10
            finished.gradePoints = index % 100
            finished.gradeParts = [JournalGradePart(label: "blanco", points: 30, maximum: 50, detail: "3 vlaggen, −20")]
            finished.keyFactsFound = 3
            finished.keyFactsTotal = 4
            finished.hints = index % 3
            append(finished)
            if index % 10 == 0 {
                append(
                    .selfAssessment(
                        SkillRatings([.deferJudgment: 3, .askForFilm: 4]), attempt: attempt, exercise: exercise,
                        time: start))
                append(.goal("minder waaromvragen", attempt: attempt, exercise: exercise, time: start))
            }
        }
        return bytes
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.0f", value)
    }
}
