/// One piece of the client's film, revealed by good listening.
public struct Fact: Sendable, Hashable, Codable {
    public let aspect: Aspect
    /// Needed for a complete film: the client gives their opinion only once all key facts
    /// are known.
    public let isKey: Bool
    /// The client's own line that reveals the fact.
    public let line: String
    /// Lowercase topic words (or word starts) an open question may touch to reveal it.
    public let topicWords: [String]
    /// The 1-based line in the exercise file where the fact starts.
    public let sourceLine: Int

    public init(aspect: Aspect, isKey: Bool, line: String, topicWords: [String], sourceLine: Int) {
        self.aspect = aspect
        self.isKey = isKey
        self.line = line
        self.topicWords = topicWords
        self.sourceLine = sourceLine
    }
}
