/// One fact's topic words as the starts a response word may have to touch them: each
/// word folded, with its Dutch plural forms (`TopicWords.stems(of:)`). Made once per
/// exercise by the move classifier, since a practice turn asks every open fact.
struct TopicStems: Sendable {
    /// Per topic word: the starts that touch it.
    private let stems: [[String]]

    init(_ topicWords: [String]) {
        stems = topicWords.compactMap { topic in
            // Topic words are mostly plain lower-case letters already: folding them would give them back.
            let plain = !topic.isEmpty && topic.utf8.allSatisfy { (0x61...0x7A).contains($0) }
            return (plain ? topic : TopicWords.fold(topic).first).map(TopicWords.stems(of:))
        }
    }

    /// How many of the topic words a set of folded response words starts with.
    func matchCount(_ words: [String]) -> Int {
        stems.count { starts in words.contains { word in starts.contains(where: word.hasPrefix) } }
    }
}
