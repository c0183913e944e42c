#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Turns a file's bytes into hand-ins: every finished attempt of a `blanco.export/1`
/// document (`ExportDocument`), or one Dutch reason why the file is not one — empty, not
/// JSON, cut off, another schema, or the right schema with a field missing.
enum HandInDecoding {
    private struct SchemaProbe: Decodable {
        let schema: String?
    }

    static func handIns(from bytes: [UInt8], file: String) -> Result<[HandIn], HandInDecodingProblem> {
        func problem(_ reason: String) -> Result<[HandIn], HandInDecodingProblem> {
            .failure(HandInDecodingProblem(reason: reason))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        guard let first = body.first(where: { !isSpace($0) }) else { return problem("leeg bestand") }
        guard first == UInt8(ascii: "{") else { return problem("geen JSON (een inleverbestand begint met '{')") }
        let data = Data(body)
        // One parse for a good file; only a file that fails is parsed again to say why.
        if let document = try? JSONDecoder().decode(ExportDocument.self, from: data),
            document.schema == ExportDocument.schemaID
        {
            return handIns(from: document, file: file)
        }
        let probe: SchemaProbe
        do {
            probe = try JSONDecoder().decode(SchemaProbe.self, from: data)
        } catch {
            if body.last(where: { !isSpace($0) }) != UInt8(ascii: "}") {
                return problem("onvolledig: het bestand houdt halverwege op (afgebroken tijdens opslaan of kopiëren?)")
            }
            return problem("geen geldige JSON")
        }
        guard let schema = probe.schema else {
            return problem("geen blanco-inleverbestand: het veld \"schema\" ontbreekt")
        }
        guard schema == ExportDocument.schemaID else {
            return problem(
                "verkeerd schema '\(TerminalText.sanitize(String(schema.prefix(60)), keepNewlines: false))'; verwacht '\(ExportDocument.schemaID)'"
            )
        }
        do {
            _ = try JSONDecoder().decode(ExportDocument.self, from: data)
        } catch let error as DecodingError {
            return problem("past niet bij \(ExportDocument.schemaID): \(describe(error))")
        } catch {}
        return problem("past niet bij \(ExportDocument.schemaID)")
    }

    private static func handIns(from document: ExportDocument, file: String) -> Result<[HandIn], HandInDecodingProblem>
    {
        let student = document.student.map(\.name).flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        let handIns = document.attempts.filter { $0.grade != nil && !$0.turns.isEmpty }.map { attempt in
            HandIn(
                file: file, student: student, attempt: attempt.id, exercise: attempt.exercise.id,
                responses: attempt.turns.sorted { $0.number < $1.number }.map(\.response),
                hints: max(0, attempt.hints ?? 0),
                claimedGrade: attempt.grade,
                selfRatings: Dictionary(
                    uniqueKeysWithValues: (attempt.selfRatings?.values ?? [:]).map { ($0.key.rawValue, $0.value) }),
                finished: attempt.finished, generator: document.generator, profile: attempt.profile)
        }
        guard !handIns.isEmpty else {
            return .failure(
                HandInDecodingProblem(reason: "bevat geen afgeronde poging (een oefening die met /klaar is afgesloten)")
            )
        }
        return .success(handIns)
    }

    /// Where the document went wrong, by field path: `attempts[0].turns[2].response ontbreekt`.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return text.isEmpty ? "het document" : text
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context.codingPath + [key])) ontbreekt"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)) heeft een verkeerde vorm"
        case .dataCorrupted(let context): return "\(path(context.codingPath)) is ongeldig"
        @unknown default: return "ongeldige inhoud"
        }
    }
}
