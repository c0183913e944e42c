/// The words the client has used so far (the context), for telling the client's words
/// echoed by the listener from the listener's own. Words are compared folded and by their
/// start, so "gemaild" in the context also covers "mails" in a summary.
struct ClientWords: Sendable {
    private let words: Set<String>
    private let stems: Set<Substring>

    init(_ context: String) {
        var words: Set<String> = []
        var stems: Set<Substring> = []
        for token in Tokenizer.tokenize(context) where token.isWord {
            let word = token.folded
            if !words.insert(word).inserted { continue }
            for form in [word[...], Self.withoutParticiplePrefix(word)].compactMap({ $0 }) {
                for length in 4...8 where form.count >= length {
                    stems.insert(form.prefix(length))
                }
            }
        }
        self.words = words
        self.stems = stems
    }

    var isEmpty: Bool { words.isEmpty }

    /// Whether the client used this folded word.
    func contains(_ word: String) -> Bool { words.contains(word) }

    /// Whether the client used this word or a word with the same start.
    func containsStem(of word: String) -> Bool {
        if words.contains(word) { return true }
        let form = Self.withoutParticiplePrefix(word) ?? word[...]
        guard form.count >= 4 else { return false }
        let length = min(8, max(4, form.count - 2))
        return stems.contains(form.prefix(length))
    }

    /// "gezet" → "zet", "gemaild" → "maild": the stem of a past participle.
    private static func withoutParticiplePrefix(_ word: String) -> Substring? {
        word.hasPrefix("ge") && word.count >= 5 ? word.dropFirst(2) : nil
    }
}
