/// Writes an analysis as one line of JSON, the shape `blanco analyze --format json|jsonl`
/// prints: `id` (echoed), `stage`, `flags` (category, rule, severity, start, end, text,
/// message, suggestion), `signals` (kind, start, end, text), `score` (0–100), `grade`
/// (1.0–10.0) and `scoreLines` (label, points). Offsets count Unicode scalars from the
/// start of the response, end exclusive.
public struct AnalysisJSON: Sendable {
    /// The message and suggestion of each rule, escaped once.
    private let ruleTexts: [String: String]

    public init(rules: RuleBook = .standard) {
        var texts: [String: String] = [:]
        for rule in rules.rules {
            texts[rule.id] = ",\"message\":" + JSONText.quoted(rule.message) + ",\"suggestion\":" + JSONText.quoted(rule.suggestion)
        }
        ruleTexts = texts
    }

    /// One JSON object, no trailing newline. `id` is written as given: a JSON literal
    /// (a quoted string or a number), or nothing.
    public func encode(_ analysis: Analysis, idJSON: String?) -> String {
        var out = "{"
        out.reserveCapacity(256 + analysis.flags.count * 400)
        if let idJSON { out += "\"id\":" + idJSON + "," }
        out += "\"stage\":\"" + analysis.stage.rawValue + "\",\"flags\":["
        for (index, flag) in analysis.flags.enumerated() {
            if index > 0 { out += "," }
            out += "{\"category\":\"" + flag.category.rawValue + "\",\"rule\":" + JSONText.quoted(flag.ruleID)
            out += ",\"severity\":\"" + flag.severity.rawValue + "\",\"start\":" + String(flag.span.start)
            out += ",\"end\":" + String(flag.span.end) + ",\"text\":" + JSONText.quoted(flag.text)
            out += ruleTexts[flag.ruleID]
                ?? (",\"message\":" + JSONText.quoted(flag.message) + ",\"suggestion\":" + JSONText.quoted(flag.suggestion))
            out += "}"
        }
        out += "],\"signals\":["
        for (index, signal) in analysis.signals.enumerated() {
            if index > 0 { out += "," }
            out += "{\"kind\":\"" + signal.kind.rawValue + "\",\"start\":" + String(signal.span.start)
            out += ",\"end\":" + String(signal.span.end) + ",\"text\":" + JSONText.quoted(signal.text) + "}"
        }
        out += "],\"score\":" + String(analysis.score.points) + ",\"grade\":" + Self.decimal(analysis.score.grade)
        out += ",\"scoreLines\":["
        for (index, line) in analysis.score.lines.enumerated() {
            if index > 0 { out += "," }
            out += "{\"label\":" + JSONText.quoted(line.label) + ",\"points\":" + String(line.points) + "}"
        }
        out += "]}"
        return out
    }

    /// An error line for `jsonl`: `{"id": ..., "line": N, "error": "..."}`.
    public func encodeError(_ message: String, line: Int, idJSON: String?) -> String {
        var out = "{"
        if let idJSON { out += "\"id\":" + idJSON + "," }
        out += "\"line\":" + String(line) + ",\"error\":" + JSONText.quoted(message) + "}"
        return out
    }

    /// A grade with a decimal point, as JSON wants: 7.3.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
