import BlancoCore
import Foundation

/// The class report's speed target: 500 hand-ins of 30 responses each (15,000 responses)
/// read, checked, replayed with the current rules and reported in ≤ 1 s on one core.
///
/// The hand-ins are made the way `practice --hand-in` makes them (a session played
/// through, its journal records, the `blanco.export/1` document), from a pool of careful
/// and hasty responses. Measured twice: in-process (read + replay + aggregate + JSON,
/// single-threaded), and the release `blanco klas rapport` as a whole process pinned to one
/// core with `taskset` where available, beside `wc -w` over the same bytes as a yardstick.
enum ClassReportBenchmark {
    static let handIns = 500
    static let responsesPerHandIn = 30
    static let target = 1.0

    /// Typical answers in a werkcollege, careful and hasty, written for this benchmark.
    static let pool = [
        "Wat is er gebeurd?", "Wat gebeurde er daarna?", "Waar stond het precies?", "Hoe ging dat toen?",
        "Wie waren er nog meer bij?", "Mm, vertel verder.", "Hoe was dat voor u?", "Wanneer was dat?",
        "U zegt dat de matras doorweekt is. Wat bedoelt u daarmee?", "Dus u heeft het bij de containers gezet?",
        "wat vervelend voor u", "Wat erg zeg, dat is echt slordig van de gemeente.",
        "Waarom heeft u niet eerder gebeld?",
        "U had het gewoon aan de straat moeten zetten.", "U voelt zich vast in de steek gelaten.",
        "Wat vindt u ervan?", "Was het niet handiger geweest om eerst te bellen?", "Ik snap dat u boos bent.",
        "Zal ik een nieuwe afspraak voor u maken?", "dat overkomt veel mensen hoor", "(stilte)",
        "En toen kwam de buurvrouw?", "Hoe lang staat het er nu al?", "Wat stond er in de mail?",
    ]

    /// Only writes the benchmark's hand-ins into `folder` and keeps them, for profiling
    /// the report and comparing its output before and after a change:
    /// `blanco-bench class --keep DIR`.
    static func keep(in folder: String) -> Bool {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard let bytes = makeHandIns(in: folder) else {
            print("  could not write the hand-ins into \(folder)")
            return false
        }
        print("class report: \(handIns) hand-ins (\(bytes / 1024) kB) written into \(folder)")
        return true
    }

    static func run() -> Bool {
        SpawnedBlanco.withScratchFolder { scratch in
            let folder = scratch.appendingPathComponent("klas")
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard let bytes = makeHandIns(in: folder.path) else {
                print("  could not write the hand-ins")
                return false
            }
            print(
                "class report: \(handIns) hand-ins, \(handIns * responsesPerHandIn) responses, \(bytes / 1024) kB of blanco.export/1"
            )
            let catalog = ExerciseCatalog.bundled()
            var times: [Double] = []
            var reading: [Double] = []
            var summary = ""
            for _ in 0..<5 {
                let clock = ContinuousClock()
                let start = clock.now
                var collector = HandInCollector()
                let scan = collector.scan([folder.path])
                reading.append(seconds(clock.now - start))
                let report = ClassReport.build(
                    handIns: scan.handIns, skipped: scan.skipped, catalog: catalog, anonymous: false)
                let json = ClassReportJSON().render(report, generator: "bench")
                times.append(seconds(clock.now - start))
                summary =
                    "\(report.exercises.first?.handIns ?? 0) hand-ins reported, \(scan.skipped.count) skipped, \(json.count / 1024) kB JSON"
            }
            summary +=
                "; of which reading and decoding the files: median \(format(reading.sorted()[reading.count / 2])) s"
            let median = times.sorted()[times.count / 2]
            let ok = median <= target
            print(
                "  in-process (read, replay, aggregate, JSON; one thread): median \(format(median)) s, best \(format(times.min()!)) s of 5 (target ≤ \(format(target)) s) \(ok ? "ok" : "MISSED")"
            )
            print("  \(summary)")
            spawned(folder: folder, scratch: scratch)
            return ok
        }
    }

    /// The release binary as a whole process, and `wc -w` over the same bytes.
    private static func spawned(folder: URL, scratch: URL) {
        guard let binary = SpawnedBlanco.binary() else { return }
        let all = scratch.appendingPathComponent("all.json")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
        var joined = Data()
        for name in names { joined.append((try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()) }
        try? joined.write(to: all)
        let taskset = ["/usr/bin/taskset", "/bin/taskset"].first { FileManager.default.isExecutableFile(atPath: $0) }
        func timed(_ program: String, _ arguments: [String], stdin: String) -> Double? {
            var runs: [Double] = []
            for _ in 0..<5 {
                let run =
                    taskset.map { SpawnedBlanco.run($0, ["-c", "0", program] + arguments, stdin: stdin) }
                    ?? SpawnedBlanco.run(program, arguments, stdin: stdin)
                guard let run, run.status == 0 else { return nil }
                runs.append(run.seconds)
            }
            return runs.sorted()[runs.count / 2]
        }
        let pinned = taskset == nil ? "" : " (taskset -c 0)"
        if let blanco = timed(binary.path, ["klas", "rapport", folder.path, "--format", "json"], stdin: "/dev/null") {
            print("  whole process\(pinned): blanco klas rapport --format json median \(format(blanco)) s")
        } else {
            print("  whole process: blanco klas rapport did not run")
        }
        if let wc = ["/usr/bin/wc", "/bin/wc"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }),
            let yardstick = timed(wc, ["-w"], stdin: all.path)
        {
            print("  yardstick\(pinned): wc -w over the same \(joined.count / 1024) kB median \(format(yardstick)) s")
        }
    }

    /// Writes the hand-ins; their total size in bytes.
    private static func makeHandIns(in folder: String) -> Int? {
        guard let exercise = ExerciseCatalog.bundled().exercise(id: "grofvuil-bank-blijft-staan") else { return nil }
        var seed: UInt64 = 0x5EED
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        var total = 0
        let time = Date(timeIntervalSince1970: 1_796_000_000)
        for index in 0..<handIns {
            var session = PracticeSession(exercise: exercise)
            for _ in 0..<responsesPerHandIn { session.respond(pool[next() % pool.count]) }
            let attempt = String(format: "%08x-0000-4000-8000-%012x", index, next())
            var records = session.turns.map {
                JournalRecord.turn($0, attempt: attempt, exercise: exercise.id, time: time)
            }
            records.append(.finished(session, attempt: attempt, time: time))
            let attempts = PortfolioBuilder(catalog: [exercise]).attempts(from: records).attempts
            let portfolio = Portfolio(
                student: "Student \(index + 1)", generated: "2026-12-05T13:00:00Z", exerciseFilter: nil, since: nil,
                attempts: attempts, goals: [])
            let bytes = ExportDocument(portfolio, generator: "blanco-bench").encoded()
            let path = folder + "/" + HandInName.fileName(alias: "Student \(index + 1)", attempt: attempt)
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return nil }
            total += bytes.count
        }
        return total
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    private static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
