/// Compares a response with words already said: the client's own (parroting reads them
/// back instead of condensing them) and the trainee's earlier questions (a repeat).
public enum EchoCheck {
    /// The share of the response's words that sit in a run of four or more words the
    /// client said, in the same order.
    public static func echoedShare(of response: String, in clientWords: String) -> Double {
        let said = TopicWords.fold(response)
        let heard = TopicWords.fold(clientWords)
        guard said.count >= 4, heard.count >= 4 else { return 0 }
        var grams = Set<[String]>()
        for start in 0...(heard.count - 4) { grams.insert(Array(heard[start..<start + 4])) }
        var covered = Array(repeating: false, count: said.count)
        for start in 0...(said.count - 4) where grams.contains(Array(said[start..<start + 4])) {
            for index in start..<start + 4 { covered[index] = true }
        }
        return Double(covered.filter { $0 }.count) / Double(said.count)
    }

    /// Parroting: eight words or more, and at least three in five of them read back in
    /// runs from the client's own words. A summary condenses; this copies.
    public static func isParroting(_ response: String, clientWords: String) -> Bool {
        TopicWords.fold(response).count >= 8 && echoedShare(of: response, in: clientWords) >= 0.6
    }

    /// Whether two responses ask the same: the same words, or all but one of at least
    /// four words the same.
    public static func isSameQuestion(_ lhs: String, _ rhs: String) -> Bool {
        let left = TopicWords.fold(lhs)
        let right = TopicWords.fold(rhs)
        guard !left.isEmpty, !right.isEmpty else { return false }
        if left == right { return true }
        let a = Set(left)
        let b = Set(right)
        let shared = a.intersection(b).count
        return min(a.count, b.count) >= 4 && shared >= max(a.count, b.count) - 1
    }
}
