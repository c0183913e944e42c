/// The analysis of a response of any length with its flags and signals held as offsets and
/// rule numbers instead of strings, so a 10 MB response with some 150,000 findings needs a
/// few megabytes beyond the response itself. A writer rebuilds the flags, signals and score
/// lines one at a time, in order, and streams them out; they equal those of `Analysis`.
public struct CompactAnalysis: Sendable, AnalysisParts {
    struct FlagRecord {
        let rule: Int32
        /// The pattern's index in the compiled book, -1 for a whole-sentence check.
        let pattern: Int32
        let start: Int
        let end: Int
    }

    struct SignalRecord {
        let kind: Signal.Kind
        let start: Int
        let end: Int
    }

    /// The response as the trainee typed it; spans index into this text.
    public let response: String
    public let stage: Stage
    /// The score's points (0–100) and grade (1.0–10.0), as in `ResponseScore`.
    public let points: Int
    public let grade: Double
    let rules: [Rule]
    let patternNames: [String]
    /// Per rule: the severity its flags count with under the analyzer's profile.
    let severities: [Severity?]
    let weights: ScoringWeights
    let flagRecords: [CompactAnalysis.FlagRecord]
    let signalRecords: [CompactAnalysis.SignalRecord]
    /// The bonus lines of the score, one per kind of good move found.
    let bonusLines: [ResponseScore.Line]

    public var flagCount: Int { flagRecords.count }
    public var signalCount: Int { signalRecords.count }

    /// Every flag in order of its start offset.
    public func forEachFlag(_ body: (Flag) -> Void) {
        var cursor = ScalarCursor(response)
        for record in flagRecords {
            let rule = rules[Int(record.rule)]
            let span = TextSpan(start: record.start, end: record.end)
            body(
                Flag(
                    category: rule.category, ruleID: rule.id,
                    pattern: record.pattern >= 0 ? patternNames[Int(record.pattern)] : checkName(rule),
                    severity: severity(record), span: span,
                    text: cursor.text(of: span), message: rule.message, suggestion: rule.suggestion))
        }
    }

    private func checkName(_ rule: Rule) -> String {
        if case .inference(let check) = rule.detection { return RuleFileFormat.name(of: check) }
        return ""
    }

    /// The span of every flag in order of its start offset, without building its text.
    public func forEachFlagSpan(_ body: (TextSpan) -> Void) {
        for record in flagRecords { body(TextSpan(start: record.start, end: record.end)) }
    }

    /// Every signal in order of its start offset.
    public func forEachSignal(_ body: (Signal) -> Void) {
        var cursor = ScalarCursor(response)
        for record in signalRecords {
            let span = TextSpan(start: record.start, end: record.end)
            body(Signal(kind: record.kind, span: span, text: cursor.text(of: span)))
        }
    }

    /// Every line of the score: the deductions in flag order, then the bonuses.
    public func forEachScoreLine(_ body: (ResponseScore.Line) -> Void) {
        var cursor = ScalarCursor(response)
        for record in flagRecords {
            let rule = rules[Int(record.rule)]
            let deduction = weights.deduction(for: rule.category, severity: severity(record))
            guard deduction > 0 else { continue }
            let text = cursor.text(of: TextSpan(start: record.start, end: record.end))
            body(ResponseScore.deductionLine(category: rule.category, text: text, deduction: deduction))
        }
        bonusLines.forEach(body)
    }

    private func severity(_ record: FlagRecord) -> Severity {
        severities[Int(record.rule)] ?? rules[Int(record.rule)].severity
    }

    /// The same analysis with every part held whole.
    public func expanded() -> Analysis {
        var flags: [Flag] = []
        var signals: [Signal] = []
        var lines: [ResponseScore.Line] = []
        flags.reserveCapacity(flagCount)
        signals.reserveCapacity(signalCount)
        forEachFlag { flags.append($0) }
        forEachSignal { signals.append($0) }
        forEachScoreLine { lines.append($0) }
        return Analysis(
            response: response, stage: stage, flags: flags, signals: signals,
            score: ResponseScore(points: points, grade: grade, lines: lines))
    }
}

/// Walks a text's Unicode scalars forward, so texts of spans in order of their start are
/// cut out in time proportional to the text, not to the number of spans times its length.
struct ScalarCursor {
    private let scalars: String.UnicodeScalarView
    private var index: String.Index
    private var offset = 0

    init(_ text: String) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
    }

    mutating func text(of span: TextSpan) -> String {
        if span.start < offset {
            index = scalars.startIndex
            offset = 0
        }
        index = scalars.index(index, offsetBy: span.start - offset)
        offset = span.start
        let end = scalars.index(index, offsetBy: span.end - span.start)
        return String(scalars[index..<end])
    }
}

extension Analyzer {
    /// Analyzes a response of any length into a `CompactAnalysis`. A response longer than
    /// two blocks is analyzed a block of sentences at a time (see `ResponseChunks`), so
    /// the working memory stays that of one block; the result equals `analyze`'s.
    public func analyzeCompactly(_ response: String, client: ClientContext, stage: Stage = .opening) -> CompactAnalysis
    {
        var flagRecords: [CompactAnalysis.FlagRecord] = []
        var signalRecords: [CompactAnalysis.SignalRecord] = []
        var points = weights.base
        var bonusLines: [ResponseScore.Line] = []
        var counted: Set<Signal.Kind> = []

        func add(_ flags: [Flag], _ signals: [Signal], offset: Int, keepSilence: Bool) {
            for flag in flags {
                let rule = book.ruleIndex[flag.ruleID] ?? 0
                let deduction = weights.deduction(for: flag.category, severity: flag.severity)
                if deduction > 0 { points -= deduction }
                let pattern = book.patternIndex[rule][flag.pattern] ?? -1
                flagRecords.append(
                    CompactAnalysis.FlagRecord(
                        rule: Int32(rule), pattern: Int32(pattern), start: flag.span.start + offset,
                        end: flag.span.end + offset))
            }
            for signal in signals where keepSilence || signal.kind != .silence {
                signalRecords.append(
                    CompactAnalysis.SignalRecord(
                        kind: signal.kind, start: signal.span.start + offset, end: signal.span.end + offset))
                guard counted.insert(signal.kind).inserted else { continue }
                let bonus = weights.bonus[signal.kind] ?? 0
                guard bonus > 0 else { continue }
                points += bonus
                bonusLines.append(ResponseScore.Line(label: signal.kind.dutchName, points: bonus))
            }
        }

        if response.utf8.count > InputLimits.longResponseBytes {
            for chunk in ResponseChunks(response) {
                let (flags, signals) = flagsAndSignals(chunk.text, client: client, stage: stage)
                add(flags, signals, offset: chunk.scalarOffset, keepSilence: false)
            }
        } else {
            let (flags, signals) = flagsAndSignals(response, client: client, stage: stage)
            add(flags, signals, offset: 0, keepSilence: true)
        }
        let clamped = min(100, max(0, points))
        return CompactAnalysis(
            response: response, stage: stage, points: clamped, grade: weights.grade(forPoints: clamped),
            rules: book.book.rules,
            patternNames: book.patternNames, severities: severities, weights: weights, flagRecords: flagRecords,
            signalRecords: signalRecords, bonusLines: bonusLines)
    }
}
