/// Writes an analysis as one line of JSON, the shape `blanco analyze --format json|jsonl`
/// prints: `id` (echoed), `stage`, `flags` (category, rule, pattern, severity, start, end, text,
/// message, suggestion), `signals` (kind, start, end, text), `score` (0–100), `grade`
/// (1.0–10.0) and `scoreLines` (label, points). Offsets count Unicode scalars from the
/// start of the response, end exclusive.
///
/// One writer serves both kinds of analysis (see `AnalysisParts`): it appends UTF-8 bytes
/// with no string built in between, and hands a long object to `drain` a piece at a time,
/// so an analysis with thousands of flags never needs its whole JSON text in memory.
public struct AnalysisJSON: Sendable {
    /// The message and suggestion of each rule, escaped once, as UTF-8 bytes.
    private let ruleBytes: [String: [UInt8]]

    public init(rules: RuleBook = .standard) {
        var texts: [String: String] = [:]
        for rule in rules.rules {
            texts[rule.id] =
                ",\"message\":" + JSONText.quoted(rule.message) + ",\"suggestion\":" + JSONText.quoted(rule.suggestion)
        }
        ruleBytes = texts.mapValues { Array($0.utf8) }
    }

    /// The object for an analysis of ordinary length, appended to `out`: the fast path of
    /// `jsonl`.
    public func encode(_ analysis: Analysis, idJSON: String?, into out: inout [UInt8]) {
        write(analysis, idJSON: idJSON, into: &out, drain: { _ in })
    }

    /// The object for an analysis of any length, appended to `out`; whenever `out` holds
    /// more than `drainBytes`, `drain` is given it to write out and empty.
    public func encode(
        _ analysis: CompactAnalysis, idJSON: String?, into out: inout [UInt8], drain: (inout [UInt8]) -> Void
    ) {
        write(analysis, idJSON: idJSON, into: &out, drain: drain)
    }

    /// One JSON object as a string, no trailing newline.
    public func encode(_ analysis: Analysis, idJSON: String?) -> String {
        var out: [UInt8] = []
        encode(analysis, idJSON: idJSON, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// How much a long object collects before it is drained.
    public static let drainBytes = 1 << 16

    private func write<Parts: AnalysisParts>(
        _ analysis: Parts, idJSON: String?, into out: inout [UInt8], drain: (inout [UInt8]) -> Void
    ) {
        out.append(UInt8(ascii: "{"))
        if let idJSON {
            Self.append("\"id\":", to: &out)
            Self.append(utf8: idJSON, to: &out)
            out.append(UInt8(ascii: ","))
        }
        Self.append("\"stage\":\"", to: &out)
        Self.append(utf8: analysis.stage.rawValue, to: &out)
        Self.append("\",\"flags\":[", to: &out)
        var first = true
        analysis.forEachFlag { flag in
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            Self.append("{\"category\":\"", to: &out)
            Self.append(utf8: flag.category.rawValue, to: &out)
            Self.append("\",\"rule\":\"", to: &out)
            JSONText.appendEscaped(flag.ruleID, to: &out)
            Self.append("\",\"pattern\":\"", to: &out)
            JSONText.appendEscaped(flag.pattern, to: &out)
            Self.append("\",\"severity\":\"", to: &out)
            Self.append(utf8: flag.severity.rawValue, to: &out)
            Self.append("\",", to: &out)
            Self.appendSpan(flag.span, text: flag.text, to: &out)
            if let texts = ruleBytes[flag.ruleID] {
                out.append(contentsOf: texts)
            } else {
                Self.append(",\"message\":\"", to: &out)
                JSONText.appendEscaped(flag.message, to: &out)
                Self.append("\",\"suggestion\":\"", to: &out)
                JSONText.appendEscaped(flag.suggestion, to: &out)
                out.append(UInt8(ascii: "\""))
            }
            out.append(UInt8(ascii: "}"))
            if out.count >= Self.drainBytes { drain(&out) }
        }
        Self.append("],\"signals\":[", to: &out)
        first = true
        analysis.forEachSignal { signal in
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            Self.append("{\"kind\":\"", to: &out)
            Self.append(utf8: signal.kind.rawValue, to: &out)
            Self.append("\",", to: &out)
            Self.appendSpan(signal.span, text: signal.text, to: &out)
            out.append(UInt8(ascii: "}"))
            if out.count >= Self.drainBytes { drain(&out) }
        }
        Self.append("],\"score\":", to: &out)
        Self.append(analysis.points, to: &out)
        Self.append(",\"grade\":", to: &out)
        Self.appendDecimal(analysis.grade, to: &out)
        Self.append(",\"scoreLines\":[", to: &out)
        first = true
        analysis.forEachScoreLine { line in
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            Self.append("{\"label\":\"", to: &out)
            JSONText.appendEscaped(line.label, to: &out)
            Self.append("\",\"points\":", to: &out)
            Self.append(line.points, to: &out)
            out.append(UInt8(ascii: "}"))
            if out.count >= Self.drainBytes { drain(&out) }
        }
        Self.append("]}", to: &out)
    }

    /// `"start":N,"end":N,"text":"..."`, shared by flags and signals.
    private static func appendSpan(_ span: TextSpan, text: String, to out: inout [UInt8]) {
        append("\"start\":", to: &out)
        append(span.start, to: &out)
        append(",\"end\":", to: &out)
        append(span.end, to: &out)
        append(",\"text\":\"", to: &out)
        JSONText.appendEscaped(text, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    private static func append(_ literal: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// A whole number in decimal, as `String(number)` writes it: a digit at a time from
    /// the highest, with no buffer between (the numbers written are offsets and points,
    /// mostly of one to four digits).
    private static func append(_ number: Int, to out: inout [UInt8]) {
        if number < 0 { out.append(UInt8(ascii: "-")) }
        let magnitude = number.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        var rest = magnitude
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / divisor))
            rest %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// A string's UTF-8 bytes, copied from its storage in one piece.
    private static func append(utf8 text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// An error line for `jsonl`: `{"id": ..., "line": N, "error": "..."}`.
    public func encodeError(_ message: String, line: Int, idJSON: String?) -> String {
        var out = "{"
        if let idJSON { out += "\"id\":" + idJSON + "," }
        out += "\"line\":" + String(line) + ",\"error\":" + JSONText.quoted(message) + "}"
        return out
    }

    /// A grade with a decimal point, as JSON wants: 7.3.
    private static func appendDecimal(_ value: Double, to out: inout [UInt8]) {
        let tenths = Int((value * 10).rounded())
        append(tenths / 10, to: &out)
        out.append(UInt8(ascii: "."))
        out.append(UInt8(ascii: "0") + UInt8(abs(tenths % 10)))
    }
}
