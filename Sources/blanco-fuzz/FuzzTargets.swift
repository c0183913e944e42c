import BlancoCore
import Foundation
import Platform

/// What the fuzzers feed: each target takes any bytes and checks what must hold for every
/// input, stopping the process (a finding) when it does not. The same targets run under
/// the deterministic mutation fuzzer (`blanco-fuzz`) and under libFuzzer
/// (`Tests/Fuzz/libfuzzer`).
enum FuzzTarget: String, CaseIterable {
    case exercise
    case jsonl
    case journal
    case rules
    case export

    /// Runs one input.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .exercise: Self.exercise(bytes)
        case .jsonl: Self.jsonl(bytes)
        case .journal: Self.journal(bytes)
        case .rules: Self.rules(bytes)
        case .export: Self.export(bytes)
        }
    }

    static func violated(_ what: String) -> Never {
        fatalError("fuzz: \(what)")
    }

    /// Lines as the text formats count them: LF ends a line, or CR in a file with no LF.
    private static func lineCount(_ bytes: [UInt8]) -> Int {
        let separator: UInt8 = bytes.contains(0x0A) ? 0x0A : 0x0D
        return bytes.reduce(1) { $1 == separator ? $0 + 1 : $0 }
    }

    /// The exercise parser: never crashes; every problem names a line of the file; an
    /// exercise it accepts keeps every field within `Limits`.
    private static func exercise(_ bytes: [UInt8]) {
        let lineCount = lineCount(bytes)
        switch ExerciseParser.parse(bytes: bytes, file: "fuzz.md") {
        case .failure(let error):
            if error.problems.isEmpty { violated("a refused exercise without a problem") }
            for problem in error.problems where !(1...lineCount).contains(problem.line) {
                violated("problem on line \(problem.line) of a \(lineCount)-line file: \(problem.message)")
            }
        case .success(let exercise):
            for field in [exercise.id, exercise.title, exercise.domain, exercise.client.name]
            where Limits.exerciseName.isExceeded(by: field) {
                violated("an accepted field is over \(Limits.exerciseName.dutch)")
            }
            if exercise.film.isEmpty { violated("an accepted exercise without facts") }
        }
    }

    /// One line of `analyze --format jsonl`: a request is parsed or refused; whatever is
    /// written back is one valid JSON object, with the id echoed only as valid JSON.
    private static func jsonl(_ bytes: [UInt8]) {
        let line = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).first ?? []
        let output: String
        switch AnalysisRequest.parse(line, knownContexts: []) {
        case .success(let request):
            guard request.response.utf8.count <= 20_000 else { return }
            let analysis = Analyzer.shared.analyze(
                request.response, client: ClientContext(request.context ?? ""),
                stage: request.stage ?? .opening)
            output = AnalysisJSON().encode(analysis, idJSON: request.idJSON)
        case .failure(let problem):
            output = AnalysisJSON().encodeError(problem.message, line: 1, idJSON: problem.idJSON)
        }
        guard (try? JSONSerialization.jsonObject(with: Data(output.utf8))) is [String: Any] else {
            violated("output that is not one JSON object: \(output.prefix(300))")
        }
    }

    /// The journal reader on any file: it reads or calls the file corrupt, never crashes;
    /// the summary and the full read agree; and unless the file is corrupt, a record
    /// appended after whatever is there is read back (the journal stays usable).
    private static func journal(_ bytes: [UInt8]) {
        let journal = Journal(directory: scratchDirectory)
        // No fsync for a scratch file: Data.write, not SafeWrite.replace.
        guard (try? Data(bytes).write(to: URL(fileURLWithPath: journal.path))) != nil else {
            violated("scratch write failed")
        }
        let before: JournalSummary
        do {
            before = try journal.read()
        } catch {
            guard case .corrupt = error else { violated("an unexpected journal error: \(error)") }
            return
        }
        guard let all = try? journal.records(), all.records.count == before.recordCount else {
            violated("read() and records() disagree")
        }
        if before.warnings.count > JournalSummary.namedWarnings + 1 {
            violated("\(before.warnings.count) warnings")
        }
        let record = JournalRecord(
            kind: .finished, attempt: "fuzz", exercise: "fuzz-oefening", time: "2026-01-01T00:00:00Z")
        do {
            try journal.append(record)
            let after = try journal.read()
            guard after.recordCount == before.recordCount + 1, after.progress["fuzz-oefening"] != nil
            else {
                violated("a record appended after \(bytes.count) bytes was not read back")
            }
        } catch {
            violated("the journal was not usable after reading: \(error)")
        }
    }

    /// A rule file and a word list (`--regels DIR`, `blanco validate Rules`): the parsers
    /// never crash; every problem names the file and a line of it; a rule they accept
    /// compiles and runs its own examples.
    private static func rules(_ bytes: [UInt8]) {
        let lineCount = lineCount(bytes)
        for path in ["fuzz/nl/judgment/fuzz-regel.md", "fuzz/nl/vocabulary/fuzz-lijst.md"] {
            var problems: [ExerciseProblem]
            switch RuleFiles.parse(files: [(path, bytes)], base: .bundled) {
            case .failure(let error):
                problems = error.problems
                if problems.isEmpty { violated("a refused rule file without a problem") }
            case .success(let files):
                // The examples run through the analyzer, as `--regels` does.
                problems = files.exampleProblems()
            }
            for problem in problems {
                if problem.file != path { violated("a problem naming \(problem.file), not \(path)") }
                if !(1...lineCount).contains(problem.line) {
                    violated(
                        "problem on line \(problem.line) of a \(lineCount)-line file: \(problem.message)")
                }
            }
        }
    }

    /// A hand-in file (`blanco.export/1`) as a class report reads it: never crashes; a
    /// file is either read or skipped with a one-line reason that is safe for a terminal;
    /// every hand-in taken has responses and a grade.
    private static func export(_ bytes: [UInt8]) {
        let path = scratchDirectory + "/inlevering.json"
        guard (try? Data(bytes).write(to: URL(fileURLWithPath: path))) != nil else {
            violated("scratch write failed")
        }
        var collector = HandInCollector()
        let scan = collector.scan([path])
        if scan.handIns.isEmpty == scan.skipped.isEmpty {
            violated("\(scan.handIns.count) hand-ins and \(scan.skipped.count) skipped for one file")
        }
        for skipped in scan.skipped {
            if skipped.reason.isEmpty { violated("a file skipped without a reason") }
            if skipped.reason.unicodeScalars.contains(where: {
                $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
            }) {
                violated(
                    "a reason with a control character: \(skipped.reason.debugDescription.prefix(300))")
            }
        }
        for handIn in scan.handIns where handIn.responses.isEmpty || handIn.claimedGrade == nil {
            violated("a hand-in without responses or grade: \(handIn.attempt)")
        }
    }

    nonisolated(unsafe) static var scratchDirectory = "/tmp/blanco-fuzz-\(Platform.processID)"
}

extension Analyzer {
    /// One analyzer for all inputs: building one compiles the rule book.
    static let shared = Analyzer()
}
