import BlancoCore
import Foundation

/// The practice session's speed targets: start to first prompt ≤ 50 ms (the release
/// `blanco` binary, spawned with `/stop` on standard input, so the time to exit bounds
/// the time to the first prompt) and feedback ≤ 5 ms per turn (analysis plus the client's
/// decision, in-process, on every bundled exercise).
enum PracticeBenchmark {
    static let startTarget = 50.0
    static let turnTarget = 5.0

    /// Prints the figures; returns false when a target is missed.
    static func run() -> Bool {
        print("practice: start to first prompt (spawned blanco, stdin '/stop')")
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
        let input = scratch.appendingPathComponent("stop")
        try? Data("/stop\n".utf8).write(to: input)
        let exercise = ExerciseCatalog.bundled().exercises.first?.id ?? ""
        var environment = ProcessInfo.processInfo.environment
        environment["BLANCO_HOME"] = scratch.appendingPathComponent("home").path
        var times: [Double] = []
        for _ in 0..<25 {
            guard
                let run = SpawnedBlanco.run(
                    binary.path, ["practice", exercise], stdin: input.path, environment: environment),
                run.status == 0
            else {
                print("  could not run \(binary.path)")
                return false
            }
            times.append(run.seconds * 1000)
        }
        return report(times, unit: "run", target: startTarget)
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

    private static func report(_ times: [Double], unit: String, target: Double) -> Bool {
        let sorted = times.sorted()
        let median = sorted[sorted.count / 2]
        let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
        let ok = p99 <= target
        let figures = "median \(format(median)) ms, p99 \(format(p99)) ms, max \(format(sorted.last!)) ms"
        print("  \(sorted.count) \(unit)s: \(figures) (target ≤ \(Int(target)) ms) \(ok ? "ok" : "MISSED")")
        return ok
    }
}
