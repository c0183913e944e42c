import BlancoCore

/// `blanco analyze --format jsonl`: one analysis per input line, streamed, in order.
/// Memory stays flat: one line is in memory at a time (a line longer than the limit is
/// reported and skipped without being kept).
enum AnalyzeJSONLines {
    static let maximumLineBytes = 16 << 20

    static func run(analyzer: Analyzer, defaultContext: String, defaultStage: Stage, _ context: AppContext) -> ExitCode {
        let encoder = AnalysisJSON()
        var failed = false
        var reader = ChunkedLineReader(fileDescriptor: 0, maximumLineBytes: maximumLineBytes)
        var lineNumber = 0
        // Lines often share a context (all responses to one client turn): prepare it once.
        var client = ClientContext(defaultContext)
        while let line = reader.nextLine() {
            lineNumber += 1
            switch line {
            case .tooLong:
                failed = true
                context.out.line(encoder.encodeError("de regel is langer dan 16 MB", line: lineNumber, idJSON: nil))
            case .bytes(let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                switch AnalysisRequest.parse(bytes) {
                case .success(let request):
                    let contextText = request.context ?? defaultContext
                    if contextText != client.text { client = ClientContext(contextText) }
                    let analysis = analyzer.analyze(request.response, client: client, stage: request.stage ?? defaultStage)
                    encoder.encode(analysis, idJSON: request.idJSON) { context.out.write($0) }
                    context.out.line()
                case .failure(let problem):
                    failed = true
                    context.out.line(encoder.encodeError(problem.message, line: lineNumber, idJSON: problem.idJSON))
                }
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
}
