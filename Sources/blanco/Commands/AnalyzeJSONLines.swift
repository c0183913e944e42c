import BlancoCore
import Dispatch
import Platform

/// `blanco analyze --format jsonl`: one analysis per input line, streamed, in order.
///
/// Lines are read and parsed one at a time, and their client contexts prepared, on this
/// thread; a batch of ordinary lines (see `Batch.fits` and `batchLines`) is
/// then analyzed on all workers at once, each line into its own buffer, and the buffers are
/// written in input order, so the output is the same whatever the number of workers. While
/// one batch is analyzed and written (on a thread of its own), this thread reads and parses
/// the next, so reading is no longer a pause between batches. An error line keeps its place
/// in the batch. A long response (`InputLimits.longResponseBytes`) is analyzed compactly with
/// draining output, alone: the batches before it are written first.
/// Memory stays flat: a batch's responses together are no longer than one ordinary response
/// can be, so its analyses and output lines take no more than one such line did when lines
/// were analyzed one at a time, and at most two batches are held, the one written and the
/// one read (a line longer than the limit is reported and skipped without being kept).
enum AnalyzeJSONLines {
    /// A batch is written once it has this many lines, or before a line it has no room for.
    static let batchLines = 256

    /// How many lines are analyzed at once: `BLANCO_WORKERS` when it is a whole number of at
    /// least 1 (`BLANCO_WORKERS=1` analyzes one line at a time, for debugging), otherwise one
    /// per processor.
    static func workers(environment: [String: String]) -> Int {
        if let text = environment["BLANCO_WORKERS"], let count = Int(text), count >= 1 { return min(count, 64) }
        return max(1, Platform.activeProcessorCount)
    }

    /// Analyzes standard input line by line on `workers` threads (see `workers(environment:)`).
    static func run(
        analyzer: Analyzer, defaultContext: String, defaultStage: Stage, workers: Int, _ context: AppContext
    ) -> ExitCode {
        let encoder = AnalysisJSON()
        var failed = false
        var reader = ChunkedLineReader(fileDescriptor: .standardInput, maximumLineBytes: Limits.jsonlLine.value)
        var lineNumber = 0
        var contexts = RecentContexts(ClientContext(defaultContext))
        var batch = Batch(workers: workers)
        // An error line for the current line, in its place among the analyses.
        func reject(_ message: String, idJSON: String?) {
            failed = true
            batch.add(.ready(encoder.encodeError(message, line: lineNumber, idJSON: idJSON)))
        }
        while let line = nextLine(&reader, knownContexts: contexts.texts) {
            lineNumber += 1
            switch line {
            case .blank: continue
            case .tooLong:
                reject("de regel is te lang: \(Limits.jsonlLine.message)", idJSON: nil)
            case .parsed(.success(let request)) where Limits.response.isExceeded(by: request.response):
                reject("de reactie is te groot: \(Limits.response.message)", idJSON: request.idJSON)
            case .parsed(.success(let request)) where request.context.map(Limits.context.isExceeded) == true:
                reject("de context is te groot: \(Limits.context.message)", idJSON: request.idJSON)
            case .parsed(.success(let request)):
                let client = contexts.prepared(request.context ?? defaultContext)
                let stage = request.stage ?? defaultStage
                // A long response is analyzed compactly (flags and signals held as offsets), so
                // one huge line stays within the memory target; alone, after the batch before it.
                if request.response.utf8.count > InputLimits.longResponseBytes {
                    guard batch.writeAndWait(analyzer: analyzer, encoder: encoder, to: context.out) else {
                        return .failure
                    }
                    let analysis = analyzer.analyzeCompactly(request.response, client: client, stage: stage)
                    context.out.writeBytesDraining { bytes, drain in
                        encoder.encode(analysis, idJSON: request.idJSON, into: &bytes, drain: drain)
                        bytes.append(0x0A)
                    }
                    if context.out.failed { return .failure }
                } else {
                    let job = Job(response: request.response, client: client, stage: stage, idJSON: request.idJSON)
                    if !batch.fits(job) {
                        guard batch.write(analyzer: analyzer, encoder: encoder, to: context.out) else {
                            return .failure
                        }
                    }
                    batch.add(.analyze(job))
                }
            case .parsed(.failure(let problem)):
                reject(problem.message, idJSON: problem.idJSON)
            }
            if batch.isFull {
                guard batch.write(analyzer: analyzer, encoder: encoder, to: context.out) else { return .failure }
            }
        }
        guard batch.writeAndWait(analyzer: analyzer, encoder: encoder, to: context.out) else { return .failure }
        if let problem = reader.problem {
            context.error("kan standaardinvoer niet lezen: \(problem)")
            return .failure
        }
        if failed {
            context.err.line("blanco: niet alle regels konden worden gelezen; zie de regels met \"error\"")
        }
        return failed ? .dataError : .ok
    }

    /// One ordinary line to analyze, its client context prepared already.
    struct Job: Sendable {
        let response: String
        let client: ClientContext
        let stage: Stage
        let idJSON: String?
    }

    /// An output line in waiting: an error line's text, or a line still to analyze.
    enum Slot: Sendable {
        case ready(String)
        case analyze(Job)
    }

    /// The lines read since the last write, in input order.
    struct Batch {
        let workers: Int
        private(set) var slots: [Slot] = []
        private var responseBytes = 0
        private var contextBytes = 0
        private var lastContext: String?
        /// The batch handed to `writer` and not yet waited for: analyzed and written there
        /// while this one fills. Only that thread touches the output until it is waited for.
        private let writing = DispatchGroup()
        private let writer = DispatchQueue(label: "blanco.jsonl.writer")

        init(workers: Int) {
            self.workers = workers
        }

        /// With one worker every line is written as soon as it is read, as before batches.
        var isFull: Bool {
            workers == 1 || slots.count >= AnalyzeJSONLines.batchLines
        }

        /// Whether `job` may join the batch: its responses together stay within one ordinary
        /// response (`InputLimits.longResponseBytes`), whose flags and output line dominate the
        /// memory, and its contexts within one context (`Limits.context`). An empty batch
        /// takes any line.
        func fits(_ job: Job) -> Bool {
            slots.isEmpty
                || (responseBytes + job.response.utf8.count <= InputLimits.longResponseBytes
                    && contextBytes + newContextBytes(job) <= Limits.context.value)
        }

        /// A context counts once for the lines in a row that share it (the same string from
        /// `RecentContexts`, so the comparison is mostly by identity).
        private func newContextBytes(_ job: Job) -> Int {
            lastContext == job.client.text ? 0 : job.client.text.utf8.count
        }

        mutating func add(_ slot: Slot) {
            if case .analyze(let job) = slot {
                responseBytes += job.response.utf8.count
                contextBytes += newContextBytes(job)
                lastContext = job.client.text
            }
            slots.append(slot)
        }

        /// Hands the batch on to be analyzed (on the workers when there are several) and its
        /// slots written in order, once the batch before it is out; the batch is empty after.
        /// With one worker, or one line to analyze, it is written here and now, each line
        /// straight into the output; otherwise on `writer`, while the next batch is read.
        /// False when a write has failed (this batch's failure shows at the next call): the
        /// first failed write stops the output.
        mutating func write(analyzer: Analyzer, encoder: AnalysisJSON, to out: Output) -> Bool {
            writing.wait()
            if out.failed { return false }
            guard !slots.isEmpty else { return true }
            let slots = self.slots
            self.slots = []
            responseBytes = 0
            contextBytes = 0
            lastContext = nil
            let jobs = slots.reduce(0) { count, slot in if case .analyze = slot { count + 1 } else { count } }
            guard workers > 1 && jobs > 1 else {
                Self.write(slots, encoded: nil, analyzer: analyzer, encoder: encoder, to: out)
                return !out.failed
            }
            let workers = min(workers, jobs)
            let output = SharedOutput(out: out)
            writer.async(group: writing) {
                let encoded = Self.encodeConcurrently(slots, workers: workers, analyzer: analyzer, encoder: encoder)
                Self.write(slots, encoded: encoded, analyzer: analyzer, encoder: encoder, to: output.out)
            }
            return true
        }

        /// `write`, and waits until the batch is out: before a long response, which is
        /// written here, and at the end.
        mutating func writeAndWait(analyzer: Analyzer, encoder: AnalysisJSON, to out: Output) -> Bool {
            let written = write(analyzer: analyzer, encoder: encoder, to: out)
            writing.wait()
            return written && !out.failed
        }

        /// Every slot in order: an error line's text, or the line analyzed (`encoded`, or here
        /// straight into the output); stops at the first failed write.
        private static func write(
            _ slots: [Slot], encoded: [[UInt8]]?, analyzer: Analyzer, encoder: AnalysisJSON, to out: Output
        ) {
            for (index, slot) in slots.enumerated() {
                switch slot {
                case .ready(let text): out.line(text)
                case .analyze(let job):
                    if let encoded {
                        out.writeBytes { $0.append(contentsOf: encoded[index]) }
                    } else {
                        out.writeBytes { Self.encode(job, analyzer: analyzer, encoder: encoder, into: &$0) }
                    }
                }
                if out.failed { return }
            }
        }

        private static func encode(_ job: Job, analyzer: Analyzer, encoder: AnalysisJSON, into bytes: inout [UInt8]) {
            let analysis = analyzer.analyze(job.response, client: job.client, stage: job.stage)
            encoder.encode(analysis, idJSON: job.idJSON, into: &bytes)
            bytes.append(0x0A)
        }

        /// Each line to analyze into its own buffer (an error slot's stays empty), the
        /// workers taking the next line in turn until none is left. Every buffer is written
        /// by exactly one worker and read only after all have finished.
        private static func encodeConcurrently(
            _ slots: [Slot], workers: Int, analyzer: Analyzer, encoder: AnalysisJSON
        ) -> [[UInt8]] {
            let buffers = Buffers(UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: slots.count))
            buffers.lines.initialize(repeating: [])
            defer {
                buffers.lines.deinitialize()
                buffers.lines.deallocate()
            }
            let next = Locked(0)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let index = next.withLock { next in
                        defer { next += 1 }
                        return next
                    }
                    guard index < slots.count else { return }
                    if case .analyze(let job) = slots[index] {
                        encode(job, analyzer: analyzer, encoder: encoder, into: &buffers.lines[index])
                    }
                }
            }
            return Array(buffers.lines)
        }

        /// The output, used by the writer thread between handing a batch over and waiting
        /// for it, and by no other thread meanwhile (`write` waits first), which Swift
        /// cannot check: hence `@unchecked`.
        private struct SharedOutput: @unchecked Sendable {
            let out: Output
        }

        /// The batch's output, one buffer per line. Each buffer is written by exactly one
        /// worker (the one that took its index) and read only after every worker has finished,
        /// which Swift cannot check: hence `@unchecked`.
        private struct Buffers: @unchecked Sendable {
            let lines: UnsafeMutableBufferPointer<[UInt8]>

            init(_ lines: UnsafeMutableBufferPointer<[UInt8]>) {
                self.lines = lines
            }
        }
    }

    enum Line {
        case blank
        case tooLong
        case parsed(Result<AnalysisRequest, AnalysisRequest.Problem>)
    }

    /// The next line, parsed. The line's bytes are let go before this returns, and a
    /// buffer that grew to hold a long line is given back, so a huge response is not held
    /// twice (as bytes and as text) while it is analyzed.
    private static func nextLine(_ reader: inout ChunkedLineReader, knownContexts: [String]) -> Line? {
        let line: Line
        switch reader.nextLine() {
        case nil: return nil
        case .tooLong: line = .tooLong
        case .bytes(let bytes):
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                line = .blank
            } else {
                line = .parsed(AnalysisRequest.parse(bytes, knownContexts: knownContexts))
            }
        }
        reader.releaseLargeBuffer()
        return line
    }
}
