/// Everything the analyzer found in one response: the flags, the good moves and the score.
public struct Analysis: Sendable, Hashable {
    /// The response as the trainee typed it; spans index into this text.
    public let response: String
    public let stage: Stage
    /// Flags in order of their start offset.
    public let flags: [Flag]
    /// Good moves in order of their start offset.
    public let signals: [Signal]
    public let score: ResponseScore

    public init(response: String, stage: Stage, flags: [Flag], signals: [Signal], score: ResponseScore) {
        self.response = response
        self.stage = stage
        self.flags = flags
        self.signals = signals
        self.score = score
    }

    /// The distinct categories flagged, in guideline order.
    public var categories: [Category] {
        let found = Set(flags.map(\.category))
        return Category.allCases.filter(found.contains)
    }
}
