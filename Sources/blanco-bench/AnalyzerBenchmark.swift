import BlancoCore
import Foundation

/// The analyzer's speed targets: median ≤ 50 µs to analyze a typical 1–3 sentence
/// response in-process; `blanco analyze --format jsonl` ≥ 22 MB/s end to end on a
/// generated 20 MB input (issue 9: no slower than before the rules became data), next to
/// `wc -w` over the same bytes as a yardstick in the same run; peak memory ≤ 50 MB whatever the input size (the child's
/// maximum resident set size, from wait4's rusage, taken by a fresh launcher process; see
/// `measure`). Usage: `swift build -c release && swift run -c release blanco-bench analyzer`.
enum AnalyzerBenchmark {
    static let medianTargetMicroseconds = 50.0
    static let throughputTarget = 22.0
    static let memoryTargetMB = 50.0

    /// Client opening turns of the length the evaluation sets use (300–450 bytes).
    static let contexts = [
        """
        Ik kreeg in maart ineens een brief dat ik mijn huurtoeslag moest terugbetalen. Ik heb toen gebeld en \
        alles opgestuurd wat ze vroegen, maar ik hoorde weken niks. Mijn zus zei dat ik vast iets fout had gedaan. \
        Nu staat er een deurwaarder op de stoep en ik weet niet meer wat ik moet doen.
        """,
        """
        Goedemiddag, u spreekt met Henk Bosman. Sinds de verbouwing lekt het bij ons door het plafond van de \
        badkamer. Ik heb de woningcorporatie drie keer gebeld en twee keer een mail gestuurd. Er is één keer een \
        monteur geweest, die zei dat hij terug zou komen, maar daarna hebben we niemand meer gezien.
        """,
        """
        Mijn moeder is tweeëntachtig en woont nog zelfstandig. Sinds een paar weken vergeet ze haar medicijnen en \
        vorige week stond ze 's nachts buiten in haar nachtjapon. De huisarts zegt dat we moeten wachten op een \
        indicatie. Ik werk fulltime en ik heb zelf twee kinderen.
        """,
    ]
    static let context = contexts[0]

    /// Typical trainee responses: clean ones and ones with every category.
    static let responses = [
        "Wat gebeurde er toen je de brief kreeg?",
        "Wat vervelend voor je. Wat stond er precies in de brief?",
        "Je voelt je vast in de steek gelaten door de Belastingdienst.",
        "Waarom heb je niet eerder gebeld?",
        "Mm. Vertel verder.",
        "Wat vind je daarvan?",
        "Je moet echt bezwaar maken, dan sta je sterker.",
        "Heb ik goed begrepen dat je alles hebt opgestuurd en daarna weken niks hoorde?",
        "Dat is toch geen manier om met mensen om te gaan?",
        "Je zegt dat je zus zei dat je 'vast iets fout had gedaan'. Wanneer zei ze dat?",
        "Hoe was dat voor je, toen je weken niks hoorde?",
        "Dus eigenlijk luistert niemand naar je. Ik zou meteen een advocaat nemen.",
        "Heb je al geprobeerd om de ombudsman te mailen?",
        "Wie heeft er volgens jou schuld aan, jij of de dienst?",
        "jeetje wat een toestand zeg. hoe lang heb je niks gehoord",
        "Ik kan me voorstellen dat je boos bent. Wanneer kwam de brief precies?",
    ]

    static func run() -> Bool {
        print("analyzer: median time per typical response (in-process, \(responses.count) responses)")
        let medianOK = measureInProcess()
        print("analyzer: blanco analyze --format jsonl on a generated 20 MB input (spawned release binary)")
        let streamOK = measureStream()
        return medianOK && streamOK
    }

    private static func measureInProcess() -> Bool {
        let analyzer = Analyzer()
        for response in responses { _ = analyzer.analyze(response, context: context) }
        // Each analysis prepares the client's words itself, as a single `analyze` call does.
        var times: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<500 {
            for response in responses {
                let start = clock.now
                let analysis = analyzer.analyze(response, context: context)
                times.append(microseconds(clock.now - start))
                precondition(analysis.response == response)
            }
        }
        let sorted = times.sorted()
        let median = sorted[sorted.count / 2]
        let p99 = sorted[Int(Double(sorted.count) * 0.99)]
        let ok = median <= medianTargetMicroseconds
        print(
            "  \(sorted.count) analyses: median \(format(median)) µs, p99 \(format(p99)) µs (target median ≤ \(Int(medianTargetMicroseconds)) µs) \(ok ? "ok" : "MISSED")"
        )
        return ok
    }

    private static func measureStream() -> Bool {
        guard let binary = SpawnedBlanco.binary() else { return true }
        return SpawnedBlanco.withScratchFolder { scratch in measureStream(binary, scratch) }
    }

    private static func measureStream(_ binary: URL, _ scratch: URL) -> Bool {
        var ok = true
        for varied in [false, true] {
            let input = scratch.appendingPathComponent(varied ? "varied.jsonl" : "input.jsonl")
            let bytes = writeJSONLines(to: input.path, targetBytes: 20 << 20, contextEveryLine: varied)
            print(
                "  "
                    + (varied
                        ? "the context changes on every line:"
                        : "45 lines in a row share one context (as in the evaluation sets):"))
            var best = Double.infinity
            var peakKB = 0
            for _ in 0..<3 {
                guard
                    let run = measure(
                        binary.path, ["analyze", "--format", "jsonl"], stdin: input.path, scratch: scratch),
                    run.status == 0
                else {
                    print("  could not run \(binary.path)")
                    return false
                }
                best = min(best, run.seconds)
                peakKB = max(peakKB, run.maxResidentKB)
            }
            let megabytes = Double(bytes) / 1_048_576
            let throughput = megabytes / best
            let throughputOK = throughput >= throughputTarget
            print(
                "    \(format(megabytes)) MB in \(format(best)) s (best of 3): \(format(throughput)) MB/s (target ≥ \(Int(throughputTarget)) MB/s) \(throughputOK ? "ok" : "MISSED")"
            )
            var yardstick = Double.infinity
            for _ in 0..<3 {
                if let run = SpawnedBlanco.run("/usr/bin/wc", ["-w"], stdin: input.path) {
                    yardstick = min(yardstick, run.seconds)
                }
            }
            print(
                "    yardstick wc -w over the same bytes: \(format(yardstick)) s (best of 3): \(format(megabytes / yardstick)) MB/s"
            )
            let memoryOK = Double(peakKB) / 1024 <= memoryTargetMB
            print(
                "    peak memory (max RSS): \(format(Double(peakKB) / 1024)) MB (target ≤ \(Int(memoryTargetMB)) MB) \(memoryOK ? "ok" : "MISSED")"
            )
            ok = ok && throughputOK && memoryOK
        }

        let limit = Limits.response.value
        print(
            "analyzer: one response at the \(Limits.response.dutch) limit of typical responses (about 16,000 flags and 11,000 signals)"
        )
        let single = scratch.appendingPathComponent("single.txt")
        let singleLine = scratch.appendingPathComponent("single.jsonl")
        writeSingleResponse(to: single.path, asJSONLine: false, targetBytes: limit - 200)
        writeSingleResponse(to: singleLine.path, asJSONLine: true, targetBytes: limit - 200)
        let singleRuns: [(label: String, arguments: [String], input: URL)] = [
            ("--format json, from standard input", ["analyze", "--format", "json"], single),
            ("text report, from standard input", ["analyze"], single),
            ("--format jsonl, one line", ["analyze", "--format", "jsonl"], singleLine),
        ]
        ok = measureSingleRuns(singleRuns, expectedStatus: 0, binary: binary, scratch: scratch) && ok

        // The worst case for memory: every word a flag ("dom dom dom ...": 250,000 flags in
        // 1 MB), and in jsonl beside a context at its own limit, on a line of escapes.
        print(
            "analyzer: the worst case, every word flagged, at the limits (response \(Limits.response.dutch), context \(Limits.context.dutch))"
        )
        let flagged = String(repeating: "dom ", count: limit / 4)
        let otherWords = String(repeating: "ik weet het niet ", count: Limits.context.value / 17)
        let flaggedText = scratch.appendingPathComponent("flagged.txt")
        let flaggedLine = scratch.appendingPathComponent("flagged.jsonl")
        let escapedLine = scratch.appendingPathComponent("escaped.jsonl")
        try? Data(flagged.utf8).write(to: flaggedText)
        try? Data(
            "{\"id\": 1, \"context\": \(JSONText.quoted(otherWords)), \"response\": \(JSONText.quoted(flagged))}\n".utf8
        ).write(to: flaggedLine)
        // Each letter as \u00XX: six bytes a character, the line near its 4 MB limit.
        let escaped = String(repeating: "\\u0064\\u006f\\u006d ", count: (Limits.jsonlLine.value - 100) / 19)
        try? Data("{\"id\": 2, \"response\": \"\(escaped)\"}\n".utf8).write(to: escapedLine)
        let worstRuns: [(label: String, arguments: [String], input: URL)] = [
            ("--format json, 250,000 flags", ["analyze", "--format", "json"], flaggedText),
            ("text report, 250,000 flags", ["analyze"], flaggedText),
            ("--format jsonl, 250,000 flags beside a 1 MB context", ["analyze", "--format", "jsonl"], flaggedLine),
            ("--format jsonl, a 4 MB line of escapes (210,000 flags)", ["analyze", "--format", "jsonl"], escapedLine),
        ]
        ok = measureSingleRuns(worstRuns, expectedStatus: 0, binary: binary, scratch: scratch) && ok
        ok = measureSummaries(binary: binary, scratch: scratch) && ok

        print("analyzer: one generated 40 MB response, beyond the limits (refused, exit 65)")
        let huge = scratch.appendingPathComponent("huge.txt")
        let hugeLine = scratch.appendingPathComponent("huge.jsonl")
        writeSingleResponse(to: huge.path, asJSONLine: false, targetBytes: 40 << 20)
        writeSingleResponse(to: hugeLine.path, asJSONLine: true, targetBytes: 40 << 20)
        let hugeRuns: [(label: String, arguments: [String], input: URL)] = [
            ("--format json, from standard input", ["analyze", "--format", "json"], huge),
            ("--format jsonl, one line", ["analyze", "--format", "jsonl"], hugeLine),
        ]
        ok = measureSingleRuns(hugeRuns, expectedStatus: 65, binary: binary, scratch: scratch) && ok
        return ok
    }

    /// Summaries that give a 1 MB context's words back, in jsonl: the echo check blocks most of
    /// their words, so the client's words are prepared, and a blocked word makes the rules
    /// read the sentence a second time for their exceptions.
    private static func measureSummaries(binary: URL, scratch: URL) -> Bool {
        print("analyzer: summaries of the client's own words beside a 1 MB context (--format jsonl)")
        let story = String(
            repeating:
                "Mijn zus belde en ik legde mijn hesje neer. De werkmeester stuurde me naar huis en ik vond het oneerlijk. ",
            count: 9000)
        let shapes: [(label: String, response: String)] = [
            (
                "one framed summary, 900 kB of the client's words",
                "even kijken of ik het goed heb: "
                    + String(
                        repeating: "je zus belde en de werkmeester stuurde je naar huis, oneerlijk vond je het. ",
                        count: 12000) + "klopt dat?"
            ),
            (
                "40,000 short sentences with a check, a flag in every other",
                String(repeating: "je zus belde en het was oneerlijk. klopt dat? ", count: 20000)
            ),
            (
                "one summary of 100 kB without punctuation",
                Array(
                    repeating: "dus je zus belde en je vond het oneerlijk omdat de werkmeester je naar huis stuurde",
                    count: 1200
                ).joined(separator: " ")
            ),
        ]
        var runs: [(label: String, arguments: [String], input: URL)] = []
        for (index, shape) in shapes.enumerated() {
            let input = scratch.appendingPathComponent("summary-\(index).jsonl")
            let context = String(decoding: story.utf8.prefix(Limits.context.value), as: UTF8.self)
            let response = String(decoding: shape.response.utf8.prefix(Limits.response.value), as: UTF8.self)
            try? Data(
                "{\"id\": \(index), \"context\": \(JSONText.quoted(context)), \"response\": \(JSONText.quoted(response)), \"stage\": \"opening\"}\n"
                    .utf8
            ).write(to: input)
            runs.append((shape.label, ["analyze", "--format", "jsonl"], input))
        }
        return measureSingleRuns(runs, expectedStatus: 0, binary: binary, scratch: scratch)
    }

    /// Runs each command on its input and checks its exit status and peak memory.
    private static func measureSingleRuns(
        _ runs: [(label: String, arguments: [String], input: URL)], expectedStatus: Int32, binary: URL, scratch: URL
    ) -> Bool {
        var ok = true
        for (label, arguments, input) in runs {
            guard let run = measure(binary.path, arguments, stdin: input.path, scratch: scratch),
                run.status == expectedStatus
            else {
                print("  \(label): could not run \(binary.path), or it did not exit with \(expectedStatus)")
                ok = false
                continue
            }
            let memoryOK = Double(run.maxResidentKB) / 1024 <= memoryTargetMB
            print(
                "  \(label): \(format(run.seconds)) s, peak memory \(format(Double(run.maxResidentKB) / 1024)) MB (target ≤ \(Int(memoryTargetMB)) MB) \(memoryOK ? "ok" : "MISSED")"
            )
            ok = ok && memoryOK
        }
        return ok
    }

    /// Lines like the evaluation set's: an id, the client's opening turn and a response.
    private static func writeJSONLines(to path: String, targetBytes: Int, contextEveryLine: Bool) -> Int {
        guard let file = fopen(path, "w") else { return 0 }
        defer { fclose(file) }
        var written = 0
        var index = 0
        let contextsJSON = contexts.map(JSONText.quoted)
        while written < targetBytes {
            // Like the evaluation sets: 45 responses to each client turn in a row; or a
            // different turn on every line, so the context is prepared for every line.
            let contextJSON = contextsJSON[(contextEveryLine ? index : index / 45) % contexts.count]
            let response = responses[index % responses.count]
            let line =
                "{\"id\": \"B-\(index)\", \"context\": \(contextJSON), \"response\": \(JSONText.quoted(response))}\n"
            fputs(line, file)
            written += line.utf8.count
            index += 1
        }
        return written
    }

    /// The typical responses one after the other, as plain text or as one jsonl line.
    private static func writeSingleResponse(to path: String, asJSONLine: Bool, targetBytes: Int) {
        var text = ""
        var index = 0
        while text.utf8.count < targetBytes {
            text += responses[index % responses.count] + " "
            index += 1
        }
        guard let file = fopen(path, "w") else { return }
        defer { fclose(file) }
        fputs(asJSONLine ? "{\"id\": \"long\", \"response\": \(JSONText.quoted(text))}\n" : text, file)
    }

    /// Runs a program through a fresh `blanco-bench --measure-child` and reads back its
    /// figures. The peak memory Linux reports for a child includes the peak of the process
    /// that spawned it (exec keeps the old high-water mark), so the benchmark process
    /// itself, which holds its generated inputs, must not spawn the measured program.
    static func measure(_ path: String, _ arguments: [String], stdin: String, scratch: URL) -> SpawnedBlanco.Run? {
        let report = scratch.appendingPathComponent("measure.txt").path
        let bench = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        guard
            let launcher = SpawnedBlanco.run(
                bench, ["--measure-child", stdin, path] + arguments, stdin: "/dev/null", stdout: report),
            launcher.status == 0, let text = try? String(contentsOfFile: report, encoding: .utf8)
        else { return nil }
        let fields = text.split(separator: " ").map { String($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard fields.count == 3, let status = Int32(fields[0]), let seconds = Double(fields[1]),
            let peak = Int(fields[2])
        else {
            return nil
        }
        return SpawnedBlanco.Run(status: status, seconds: seconds, maxResidentKB: peak)
    }

    /// `blanco-bench --measure-child STDIN PROGRAM ARGUMENTS...`: runs the program and
    /// prints its exit status, wall-clock seconds and peak resident set size in kB.
    static func measureChild(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 2,
            let run = SpawnedBlanco.run(arguments[1], Array(arguments.dropFirst(2)), stdin: arguments[0])
        else {
            return 1
        }
        print("\(run.status) \(run.seconds) \(run.maxResidentKB)")
        return 0
    }

    private static func microseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1e6 + Double(attoseconds) / 1e12
    }

    private static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
