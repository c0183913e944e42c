/// Compares a response with words already said: the client's own (parroting reads them
/// back instead of condensing them) and the trainee's earlier questions (a repeat).
/// Each check also takes words already folded (`TopicWords.fold`), as a practice session
/// keeps them, so a conversation is not folded again at every turn.
public enum EchoCheck {
    /// The share of the response's words that sit in a run of four or more words the
    /// client said, in the same order.
    public static func echoedShare(of response: String, in clientWords: String) -> Double {
        echoedShare(said: TopicWords.fold(response), heard: TopicWords.fold(clientWords))
    }

    /// `echoedShare(of:in:)` on folded words: a word of `said` counts when a run of four
    /// of `said` that holds it also stands in `heard`.
    static func echoedShare(said: [String], heard: [String]) -> Double {
        guard said.count >= 4, heard.count >= 4 else { return 0 }
        let runStarts = Set(said[...(said.count - 4)])
        var covered = Array(repeating: false, count: said.count)
        for start in 0...(heard.count - 4) where runStarts.contains(heard[start]) {
            let run = heard[start..<start + 4]
            for saidStart in 0...(said.count - 4) where said[saidStart..<saidStart + 4].elementsEqual(run) {
                for index in saidStart..<saidStart + 4 { covered[index] = true }
            }
        }
        return Double(covered.filter { $0 }.count) / Double(said.count)
    }

    /// Parroting: eight words or more, and at least three in five of them read back in
    /// runs from the client's own words. A summary condenses; this copies.
    public static func isParroting(_ response: String, clientWords: String) -> Bool {
        isParroting(said: TopicWords.fold(response), heard: TopicWords.fold(clientWords))
    }

    /// `isParroting(_:clientWords:)` on folded words.
    static func isParroting(said: [String], heard: [String]) -> Bool {
        said.count >= 8 && echoedShare(said: said, heard: heard) >= 0.6
    }

    /// Whether two responses ask the same: the same words, or all but one of at least
    /// four words the same.
    public static func isSameQuestion(_ lhs: String, _ rhs: String) -> Bool {
        isSameQuestion(words: TopicWords.fold(lhs), TopicWords.fold(rhs))
    }

    /// `isSameQuestion(_:_:)` on folded words.
    static func isSameQuestion(words left: [String], _ right: [String]) -> Bool {
        isSameQuestion(words: left, right, rightDistinct: nil)
    }

    /// `isSameQuestion(words:_:)` with the distinct words of `right` when already gathered:
    /// a response is compared with every earlier question.
    static func isSameQuestion(words left: [String], _ right: [String], rightDistinct: Set<String>?) -> Bool {
        guard !left.isEmpty, !right.isEmpty else { return false }
        if left == right { return true }
        // Fewer than four words hold fewer than four distinct ones: no sets needed.
        guard min(left.count, right.count) >= 4 else { return false }
        let a = Set(left)
        let b = rightDistinct ?? Set(right)
        let shared = a.count(where: b.contains)
        return min(a.count, b.count) >= 4 && shared >= max(a.count, b.count) - 1
    }
}
