/// Writes an analysis as one line of JSON, the shape `blanco analyze --format json|jsonl`
/// prints: `id` (echoed), `stage`, `flags` (category, rule, pattern, severity, start, end, text,
/// message, suggestion), `signals` (kind, start, end, text), `score` (0–100), `grade`
/// (1.0–10.0) and `scoreLines` (label, points). Offsets count Unicode scalars from the
/// start of the response, end exclusive.
public struct AnalysisJSON: Sendable {
    /// The message and suggestion of each rule, escaped once.
    private let ruleTexts: [String: String]
    /// The same as UTF-8 bytes, for the byte writer.
    private let ruleBytes: [String: [UInt8]]

    public init(rules: RuleBook = .standard) {
        var texts: [String: String] = [:]
        for rule in rules.rules {
            texts[rule.id] = ",\"message\":" + JSONText.quoted(rule.message) + ",\"suggestion\":" + JSONText.quoted(rule.suggestion)
        }
        ruleTexts = texts
        ruleBytes = texts.mapValues { Array($0.utf8) }
    }

    /// The same object appended as UTF-8 bytes, with no string built in between: the
    /// fast path of `jsonl`, for analyses of responses of ordinary length.
    public func encode(_ analysis: Analysis, idJSON: String?, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        if let idJSON {
            Self.append("\"id\":", to: &out)
            out.append(contentsOf: idJSON.utf8)
            out.append(UInt8(ascii: ","))
        }
        Self.append("\"stage\":\"", to: &out)
        out.append(contentsOf: analysis.stage.rawValue.utf8)
        Self.append("\",\"flags\":[", to: &out)
        for (index, flag) in analysis.flags.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            Self.append("{\"category\":\"", to: &out)
            out.append(contentsOf: flag.category.rawValue.utf8)
            Self.append("\",\"rule\":\"", to: &out)
            JSONText.appendEscaped(flag.ruleID, to: &out)
            Self.append("\",\"pattern\":\"", to: &out)
            JSONText.appendEscaped(flag.pattern, to: &out)
            Self.append("\",\"severity\":\"", to: &out)
            out.append(contentsOf: flag.severity.rawValue.utf8)
            Self.append("\",\"start\":", to: &out)
            Self.append(flag.span.start, to: &out)
            Self.append(",\"end\":", to: &out)
            Self.append(flag.span.end, to: &out)
            Self.append(",\"text\":\"", to: &out)
            JSONText.appendEscaped(flag.text, to: &out)
            out.append(UInt8(ascii: "\""))
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
        }
        Self.append("],\"signals\":[", to: &out)
        for (index, signal) in analysis.signals.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            Self.append("{\"kind\":\"", to: &out)
            out.append(contentsOf: signal.kind.rawValue.utf8)
            Self.append("\",\"start\":", to: &out)
            Self.append(signal.span.start, to: &out)
            Self.append(",\"end\":", to: &out)
            Self.append(signal.span.end, to: &out)
            Self.append(",\"text\":\"", to: &out)
            JSONText.appendEscaped(signal.text, to: &out)
            Self.append("\"}", to: &out)
        }
        Self.append("],\"score\":", to: &out)
        Self.append(analysis.score.points, to: &out)
        Self.append(",\"grade\":", to: &out)
        Self.appendDecimal(analysis.score.grade, to: &out)
        Self.append(",\"scoreLines\":[", to: &out)
        for (index, line) in analysis.score.lines.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            Self.append("{\"label\":\"", to: &out)
            JSONText.appendEscaped(line.label, to: &out)
            Self.append("\",\"points\":", to: &out)
            Self.append(line.points, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        Self.append("]}", to: &out)
    }

    private static func append(_ literal: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// A whole number in decimal, as `String(number)` writes it.
    private static func append(_ number: Int, to out: inout [UInt8]) {
        if number < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            out.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// One JSON object, no trailing newline. `id` is written as given: a JSON literal
    /// (a quoted string or a number), or nothing.
    public func encode(_ analysis: Analysis, idJSON: String?) -> String {
        var line = ""
        encode(analysis, idJSON: idJSON) { line.append($0) }
        return line
    }

    /// The same object written in pieces of at most a few kilobytes, so an analysis with
    /// thousands of flags never needs its whole JSON text in memory.
    public func encode(_ analysis: Analysis, idJSON: String?, to write: (String) -> Void) {
        encodeObject(
            stage: analysis.stage, idJSON: idJSON, points: analysis.score.points, grade: analysis.score.grade,
            flags: { analysis.flags.forEach($0) }, signals: { analysis.signals.forEach($0) },
            scoreLines: { analysis.score.lines.forEach($0) }, to: write)
    }

    /// The same object for a compact analysis (a response of any length), written in
    /// pieces of at most a few kilobytes as its flags, signals and score lines are rebuilt.
    public func encode(_ analysis: CompactAnalysis, idJSON: String?, to write: (String) -> Void) {
        encodeObject(
            stage: analysis.stage, idJSON: idJSON, points: analysis.points, grade: analysis.grade,
            flags: analysis.forEachFlag, signals: analysis.forEachSignal, scoreLines: analysis.forEachScoreLine,
            to: write)
    }

    /// Writes one analysis object from its parts, each handed over one at a time.
    private func encodeObject(
        stage: Stage, idJSON: String?, points: Int, grade: Double,
        flags: ((Flag) -> Void) -> Void, signals: ((Signal) -> Void) -> Void,
        scoreLines: ((ResponseScore.Line) -> Void) -> Void, to write: (String) -> Void
    ) {
        // The parts are handed to `write` from inside the other closures, which Swift only
        // allows for an escaping closure; it never outlives this call.
        withoutActuallyEscaping(write) { write in
            encodeObject(stage: stage, idJSON: idJSON, points: points, grade: grade,
                         flags: flags, signals: signals, scoreLines: scoreLines, escapingWrite: write)
        }
    }

    private func encodeObject(
        stage: Stage, idJSON: String?, points: Int, grade: Double,
        flags: ((Flag) -> Void) -> Void, signals: ((Signal) -> Void) -> Void,
        scoreLines: ((ResponseScore.Line) -> Void) -> Void, escapingWrite write: @escaping (String) -> Void
    ) {
        var out = "{"
        out.reserveCapacity(8192)
        var first = true
        func separate() {
            if !first { out.append(",") }
            first = false
        }
        func flushIfLarge() {
            if out.utf8.count >= 4096 {
                write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        appendHead(stage: stage, idJSON: idJSON, to: &out)
        flags { flag in
            separate()
            appendFlag(flag, to: &out)
            flushIfLarge()
        }
        out.append("],\"signals\":[")
        first = true
        signals { signal in
            separate()
            appendSignal(signal, to: &out)
            flushIfLarge()
        }
        appendScore(points: points, grade: grade, to: &out)
        first = true
        scoreLines { line in
            separate()
            appendScoreLine(line, to: &out)
            flushIfLarge()
        }
        out.append("]}")
        write(out)
    }

    private func appendHead(stage: Stage, idJSON: String?, to out: inout String) {
        if let idJSON {
            out.append("\"id\":")
            out.append(idJSON)
            out.append(",")
        }
        out.append("\"stage\":\"")
        out.append(stage.rawValue)
        out.append("\",\"flags\":[")
    }

    private func appendFlag(_ flag: Flag, to out: inout String) {
        out.append("{\"category\":\"")
        out.append(flag.category.rawValue)
        out.append("\",\"rule\":\"")
        JSONText.appendEscaped(flag.ruleID, to: &out)
        out.append("\",\"pattern\":\"")
        JSONText.appendEscaped(flag.pattern, to: &out)
        out.append("\",\"severity\":\"")
        out.append(flag.severity.rawValue)
        out.append("\",")
        appendSpan(flag.span, text: flag.text, to: &out)
        if let texts = ruleTexts[flag.ruleID] {
            out.append(texts)
        } else {
            out.append(",\"message\":\"")
            JSONText.appendEscaped(flag.message, to: &out)
            out.append("\",\"suggestion\":\"")
            JSONText.appendEscaped(flag.suggestion, to: &out)
            out.append("\"")
        }
        out.append("}")
    }

    private func appendSignal(_ signal: Signal, to out: inout String) {
        out.append("{\"kind\":\"")
        out.append(signal.kind.rawValue)
        out.append("\",")
        appendSpan(signal.span, text: signal.text, to: &out)
        out.append("}")
    }

    /// `"start":N,"end":N,"text":"..."`, shared by flags and signals.
    private func appendSpan(_ span: TextSpan, text: String, to out: inout String) {
        out.append("\"start\":")
        out.append(String(span.start))
        out.append(",\"end\":")
        out.append(String(span.end))
        out.append(",\"text\":\"")
        JSONText.appendEscaped(text, to: &out)
        out.append("\"")
    }

    private func appendScore(points: Int, grade: Double, to out: inout String) {
        out.append("],\"score\":")
        out.append(String(points))
        out.append(",\"grade\":")
        out.append(Self.decimal(grade))
        out.append(",\"scoreLines\":[")
    }

    private func appendScoreLine(_ line: ResponseScore.Line, to out: inout String) {
        out.append("{\"label\":\"")
        JSONText.appendEscaped(line.label, to: &out)
        out.append("\",\"points\":")
        out.append(String(line.points))
        out.append("}")
    }

    /// An error line for `jsonl`: `{"id": ..., "line": N, "error": "..."}`.
    public func encodeError(_ message: String, line: Int, idJSON: String?) -> String {
        var out = "{"
        if let idJSON { out += "\"id\":" + idJSON + "," }
        out += "\"line\":" + String(line) + ",\"error\":" + JSONText.quoted(message) + "}"
        return out
    }

    /// The same as `decimal`, appended as bytes without building a string.
    private static func appendDecimal(_ value: Double, to out: inout [UInt8]) {
        let tenths = Int((value * 10).rounded())
        append(tenths / 10, to: &out)
        out.append(UInt8(ascii: "."))
        out.append(UInt8(ascii: "0") + UInt8(abs(tenths % 10)))
    }

    /// A grade with a decimal point, as JSON wants: 7.3.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
