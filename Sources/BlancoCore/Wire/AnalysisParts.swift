/// What a writer reads from an analysis, one part at a time and in order: the response,
/// its stage, the flags, the signals and the score. `Analysis` (every part held whole, for
/// practice and scoring) and `CompactAnalysis` (parts rebuilt from offsets, for a response
/// of any length) both offer it, so each output format is written once for both.
public protocol AnalysisParts {
    /// The response as the trainee typed it; spans index into this text.
    var response: String { get }
    var stage: Stage { get }
    /// The score's points (0–100) and grade (1.0–10.0).
    var points: Int { get }
    var grade: Double { get }
    var flagCount: Int { get }
    var signalCount: Int { get }
    /// Every flag in order of its start offset.
    func forEachFlag(_ body: (Flag) -> Void)
    /// The span of every flag in order of its start offset, without building its text.
    func forEachFlagSpan(_ body: (TextSpan) -> Void)
    /// Every signal in order of its start offset.
    func forEachSignal(_ body: (Signal) -> Void)
    /// Every line of the score: the deductions in flag order, then the bonuses.
    func forEachScoreLine(_ body: (ResponseScore.Line) -> Void)
}

extension AnalysisParts {
    /// The grade with a Dutch decimal comma: "7,3".
    public var gradeText: String { ResponseScore.dutchDecimal(grade) }
}

extension Analysis: AnalysisParts {
    public var points: Int { score.points }
    public var grade: Double { score.grade }
    public var flagCount: Int { flags.count }
    public var signalCount: Int { signals.count }
    public func forEachFlag(_ body: (Flag) -> Void) { flags.forEach(body) }
    public func forEachFlagSpan(_ body: (TextSpan) -> Void) { for flag in flags { body(flag.span) } }
    public func forEachSignal(_ body: (Signal) -> Void) { signals.forEach(body) }
    public func forEachScoreLine(_ body: (ResponseScore.Line) -> Void) { score.lines.forEach(body) }
}
