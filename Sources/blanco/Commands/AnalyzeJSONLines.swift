import Platform
import BlancoCore

/// `blanco analyze --format jsonl`: one analysis per input line, streamed, in order.
/// Memory stays flat: one line is in memory at a time (a line longer than the limit is
/// reported and skipped without being kept).
enum AnalyzeJSONLines {
    static let maximumLineBytes = Limits.jsonlLine.value
    /// Responses longer than this are analyzed compactly (flags and signals held as
    /// offsets), so one huge line stays within the memory target.
    static let compactAboveBytes = 64 << 10

    static func run(analyzer: Analyzer, defaultContext: String, defaultStage: Stage, _ context: AppContext) -> ExitCode {
        let encoder = AnalysisJSON()
        var failed = false
        var reader = ChunkedLineReader(fileDescriptor: .standardInput, maximumLineBytes: maximumLineBytes)
        var lineNumber = 0
        var contexts = RecentContexts(ClientContext(defaultContext))
        while let line = nextLine(&reader, knownContexts: contexts.texts) {
            lineNumber += 1
            switch line {
            case .blank: continue
            case .tooLong:
                failed = true
                context.out.line(encoder.encodeError("de regel is te lang: \(Limits.jsonlLine.message)", line: lineNumber, idJSON: nil))
            case .parsed(.success(let request)) where Limits.response.isExceeded(by: request.response):
                failed = true
                context.out.line(encoder.encodeError("de reactie is te groot: \(Limits.response.message)", line: lineNumber, idJSON: request.idJSON))
            case .parsed(.success(let request)) where request.context.map(Limits.context.isExceeded) == true:
                failed = true
                context.out.line(encoder.encodeError("de context is te groot: \(Limits.context.message)", line: lineNumber, idJSON: request.idJSON))
            case .parsed(.success(let request)):
                let client = contexts.prepared(request.context ?? defaultContext)
                let stage = request.stage ?? defaultStage
                if request.response.utf8.count > compactAboveBytes {
                    let analysis = analyzer.analyzeCompactly(request.response, client: client, stage: stage)
                    encoder.encode(analysis, idJSON: request.idJSON) { context.out.write($0) }
                    context.out.line()
                } else {
                    let analysis = analyzer.analyze(request.response, client: client, stage: stage)
                    context.out.writeBytes { bytes in
                        encoder.encode(analysis, idJSON: request.idJSON, into: &bytes)
                        bytes.append(0x0A)
                    }
                }
            case .parsed(.failure(let problem)):
                failed = true
                context.out.line(encoder.encodeError(problem.message, line: lineNumber, idJSON: problem.idJSON))
            }
            if context.out.failed { return .failure }
        }
        if let problem = reader.problem {
            context.error("kan standaardinvoer niet lezen: \(problem)")
            return .failure
        }
        if failed {
            context.err.line("blanco: niet alle regels konden worden gelezen; zie de regels met \"error\"")
        }
        return failed ? .dataError : .ok
    }

    /// Client contexts prepared recently, by their text. Lines often share a context (all
    /// responses to one client turn) or alternate between a few; each is prepared once.
    /// Only short contexts are kept, and only a few, so memory stays flat. A context is
    /// found by its exact bytes, compared with `memcmp`: hashing or comparing texts as
    /// Unicode (canonical equivalence) would cost more than the line's analysis.
    struct RecentContexts {
        static let maximumCount = 16
        static let maximumBytes = 16 << 10
        private var last: ClientContext
        private var known: [ClientContext] = []
        private var knownTexts: [String] = []
        private var lastIsKnown = false

        /// The texts of the contexts prepared: what the next line most likely repeats.
        var texts: [String] { lastIsKnown ? knownTexts : [last.text] + knownTexts }

        init(_ first: ClientContext) {
            last = first
        }

        mutating func prepared(_ text: String) -> ClientContext {
            if Self.sameBytes(text, last.text) { return last }
            if let context = known.first(where: { Self.sameBytes(text, $0.text) }) {
                last = context
                lastIsKnown = true
                return context
            }
            last = ClientContext(text)
            lastIsKnown = text.utf8.count <= Self.maximumBytes
            if lastIsKnown {
                if known.count >= Self.maximumCount {
                    known.removeAll(keepingCapacity: true)
                    knownTexts.removeAll(keepingCapacity: true)
                }
                known.append(last)
                knownTexts.append(text)
            }
            return last
        }

        private static func sameBytes(_ left: String, _ right: String) -> Bool {
            guard left.utf8.count == right.utf8.count else { return false }
            var left = left
            var right = right
            return left.withUTF8 { a in right.withUTF8 { b in Platform.bytesEqual(UnsafeRawBufferPointer(a), UnsafeRawBufferPointer(b)) } }
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
