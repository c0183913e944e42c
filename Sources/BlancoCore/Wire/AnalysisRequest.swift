/// One line of `blanco analyze --format jsonl` input:
/// `{"id": "...", "context": "...", "response": "...", "stage": "opening"}`, where only
/// `response` is required. Parsed by a small hand-written JSON reader that works on the
/// line's bytes, so a stream of many megabytes is read at full speed.
public struct AnalysisRequest: Sendable, Equatable {
    /// The `id` as a JSON literal to echo back (a quoted string or a number), if given.
    public var idJSON: String?
    public var context: String?
    public var response: String
    public var stage: Stage?

    /// Why a line could not be read, in Dutch, with the `id` when it was found.
    public struct Problem: Error, Sendable, Equatable {
        public let message: String
        public let idJSON: String?
    }

    /// Parses one line (without its newline). A `context` with the very bytes of
    /// `knownContext` (the line before's, say) is returned as that same string.
    public static func parse(_ line: ArraySlice<UInt8>, knownContext: String? = nil) -> Result<AnalysisRequest, Problem>
    {
        parse(line, knownContexts: knownContext.map { [$0] } ?? [])
    }

    /// Parses one line (without its newline). A `context` with the very bytes of one of
    /// `knownContexts` (those of recent lines, say) is returned as that same string, so
    /// no new string is built for it.
    public static func parse(_ line: ArraySlice<UInt8>, knownContexts: [String]) -> Result<AnalysisRequest, Problem> {
        guard UTF8Validator.isValid(line) else {
            return .failure(Problem(message: "de regel is geen geldige UTF-8", idJSON: nil))
        }
        var reader = JSONReader(bytes: line)
        var idJSON: String?
        var context: String?
        var response: String?
        var stage: Stage?
        do {
            try reader.readObject { key, reader in
                switch key {
                case "id":
                    idJSON = try reader.readLiteralForEcho()
                case "context":
                    context = try reader.readStringOrNull(reusing: knownContexts)
                case "response":
                    guard let text = try reader.readStringOrNull() else {
                        throw JSONReader.Failure(message: "\"response\" moet tekst zijn")
                    }
                    response = text
                case "stage":
                    let value = try reader.readStringOrNull()
                    if let value {
                        guard let parsed = Stage(keyword: value) else {
                            throw JSONReader.Failure(
                                message: "onbekende \"stage\" '\(value)'; gebruik opening (begin) of late (laat)")
                        }
                        stage = parsed
                    }
                default:
                    try reader.skipValue()
                }
            }
            try reader.expectEnd()
        } catch let failure as JSONReader.Failure {
            return .failure(Problem(message: failure.message, idJSON: idJSON))
        } catch {
            return .failure(Problem(message: "ongeldige JSON", idJSON: idJSON))
        }
        guard let response else {
            return .failure(Problem(message: "het veld \"response\" ontbreekt", idJSON: idJSON))
        }
        return .success(AnalysisRequest(idJSON: idJSON, context: context, response: response, stage: stage))
    }
}
