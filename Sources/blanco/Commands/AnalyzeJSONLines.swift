import BlancoCore
import Platform

/// `blanco analyze --format jsonl`: one analysis per input line, streamed, in order.
/// Memory stays flat: one line is in memory at a time (a line longer than the limit is
/// reported and skipped without being kept).
enum AnalyzeJSONLines {
    static func run(analyzer: Analyzer, defaultContext: String, defaultStage: Stage, _ context: AppContext) -> ExitCode
    {
        let encoder = AnalysisJSON()
        var failed = false
        var reader = ChunkedLineReader(fileDescriptor: .standardInput, maximumLineBytes: Limits.jsonlLine.value)
        var lineNumber = 0
        var contexts = RecentContexts(ClientContext(defaultContext))
        while let line = nextLine(&reader, knownContexts: contexts.texts) {
            lineNumber += 1
            switch line {
            case .blank: continue
            case .tooLong:
                failed = true
                context.out.line(
                    encoder.encodeError(
                        "de regel is te lang: \(Limits.jsonlLine.message)", line: lineNumber, idJSON: nil))
            case .parsed(.success(let request)) where Limits.response.isExceeded(by: request.response):
                failed = true
                context.out.line(
                    encoder.encodeError(
                        "de reactie is te groot: \(Limits.response.message)", line: lineNumber, idJSON: request.idJSON))
            case .parsed(.success(let request)) where request.context.map(Limits.context.isExceeded) == true:
                failed = true
                context.out.line(
                    encoder.encodeError(
                        "de context is te groot: \(Limits.context.message)", line: lineNumber, idJSON: request.idJSON))
            case .parsed(.success(let request)):
                let client = contexts.prepared(request.context ?? defaultContext)
                let stage = request.stage ?? defaultStage
                // A long response is analyzed compactly (flags and signals held as offsets), so
                // one huge line stays within the memory target.
                if request.response.utf8.count > InputLimits.longResponseBytes {
                    let analysis = analyzer.analyzeCompactly(request.response, client: client, stage: stage)
                    context.out.writeBytesDraining { bytes, drain in
                        encoder.encode(analysis, idJSON: request.idJSON, into: &bytes, drain: drain)
                        bytes.append(0x0A)
                    }
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
