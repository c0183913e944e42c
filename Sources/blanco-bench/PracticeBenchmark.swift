import BlancoCore
import Foundation

/// The practice session's speed targets: start to first prompt ≤ 30 ms (median, whole
/// process: the release `blanco practice ID` spawned with standard input and output on
/// pipes, timed until it has written its first prompt "jij> "), next to yardsticks spawned
/// the same way in the same run (`/bin/true`, the least any process costs, and `wc -w` over
/// the bundled exercises' files, which `blanco practice` has compiled in) and other
/// whole-process starts (`blanco list`, `blanco rules`); and feedback ≤ 5 ms per turn
/// (analysis plus the client's decision, in-process, on every bundled exercise).
enum PracticeBenchmark {
    static let startTarget = 30.0
    static let turnTarget = 5.0
    static let prompt = "jij> "

    /// Prints the figures; returns false when a target is missed.
    static func run() -> Bool {
        print("practice: start to first prompt (whole process, spawned release binary, load \(loadAverage()))")
        let startOK = measureStart()
        print("practice: feedback per turn (in-process)")
        let turnOK = measureTurns()
        return startOK && turnOK
    }

    private static func measureStart() -> Bool {
        guard let binary = SpawnedBlanco.binary() else { return true }
        return SpawnedBlanco.withScratchFolder { scratch in measureStart(binary, scratch) }
    }

    private static func measureStart(_ binary: URL, _ scratch: URL) -> Bool {
        let exercises = scratch.appendingPathComponent("exercises.md")
        // The bundled exercises' source files (run from the package root, as `swift run` is).
        let sources = ((try? FileManager.default.contentsOfDirectory(atPath: "Exercises")) ?? []).sorted()
            .filter { $0.hasSuffix(".md") }
        let text = sources.compactMap { FileManager.default.contents(atPath: "Exercises/" + $0) }
        try? Data(text.joined()).write(to: exercises)
        let exercise = ExerciseCatalog.bundled().exercises.first?.id ?? ""
        var environment = ProcessInfo.processInfo.environment
        environment["BLANCO_HOME"] = scratch.appendingPathComponent("home").path
        environment["NO_COLOR"] = "1"
        let whole: [(label: String, path: String, arguments: [String])] = [
            ("yardstick /bin/true", "/bin/true", []),
            (
                "yardstick wc -w over the exercises' \(byteCount(exercises)) bytes", "/usr/bin/wc",
                ["-w", exercises.path]
            ),
            ("blanco list", binary.path, ["list"]),
            ("blanco rules", binary.path, ["rules"]),
        ]
        var prompts: [Double] = []
        var runs = [[Double]](repeating: [], count: whole.count)
        // Interleaved, so a burst of load on the shared machine hits every figure alike.
        for _ in 0..<25 {
            guard
                let seconds = SpawnedBlanco.timeToOutput(
                    binary.path, ["practice", exercise], marker: prompt, answer: "/stop\n", environment: environment)
            else {
                print("  could not run \(binary.path) practice \(exercise) to its first prompt")
                return false
            }
            prompts.append(seconds * 1000)
            for (index, command) in whole.enumerated() {
                guard
                    let run = SpawnedBlanco.run(
                        command.path, command.arguments, stdin: "/dev/null", environment: environment),
                    run.status == 0
                else {
                    print("  could not run \(command.label)")
                    return false
                }
                runs[index].append(run.seconds * 1000)
            }
        }
        let ok = report(
            prompts, unit: "run", label: "blanco practice \(exercise), until \"\(prompt)\"", target: startTarget,
            judged: .median)
        for (index, command) in whole.enumerated() {
            _ = report(runs[index], unit: "run", label: command.label, target: nil)
        }
        return ok
    }

    private static func byteCount(_ file: URL) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
    }

    /// The 1-minute load average, as `uptime` shows it, so a figure can be read against it.
    private static func loadAverage() -> String {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) == 3 ? loads.map { String(format: "%.2f", $0) }.joined(separator: ", ") : "?"
    }

    private static func measureTurns() -> Bool {
        let responses = [
            "Wat gebeurde er toen?", "Wat erg voor je, dat had de gemeente nooit mogen doen.",
            "Je voelt je vast in de steek gelaten.", "Waarom heb je niet eerder gebeld?",
            "Mm, vertel verder.", "Wat vind je daarvan?", "Je moet bezwaar maken bij de corporatie.",
            "Heb ik goed begrepen dat je zes weken hebt gewacht op een antwoord van de verhuurder?",
        ]
        var times: [Double] = []
        let clock = ContinuousClock()
        for exercise in ExerciseCatalog.bundled().exercises {
            var session = PracticeSession(exercise: exercise)
            for round in 0..<5 {
                for response in responses {
                    let start = clock.now
                    session.respond(response + (round > 0 ? " \(round)" : ""))
                    times.append(milliseconds(clock.now - start))
                }
            }
        }
        print("  the very first turn (rule book built on first use): \(format(times[0])) ms")
        return report(times, unit: "turn", target: turnTarget)
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    /// Prints median, p99 and max, and with a target whether the `judged` figure meets it:
    /// the median for whole-process starts (one slow start on a shared machine is its
    /// load, not blanco), the p99 for turns.
    private static func report(
        _ times: [Double], unit: String, label: String = "", target: Double?, judged: Judged = .p99
    ) -> Bool {
        let sorted = times.sorted()
        let median = sorted[sorted.count / 2]
        let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
        let figures = "median \(format(median)) ms, p99 \(format(p99)) ms, max \(format(sorted.last!)) ms"
        let name = label.isEmpty ? "" : label + ": "
        guard let target else {
            print("  \(name)\(sorted.count) \(unit)s: \(figures)")
            return true
        }
        let ok = (judged == .median ? median : p99) <= target
        print(
            "  \(name)\(sorted.count) \(unit)s: \(figures) (target \(judged) ≤ \(Int(target)) ms) \(ok ? "ok" : "MISSED")"
        )
        return ok
    }

    enum Judged { case median, p99 }
}
