/// The words the client has used so far (the context), for telling the client's words
/// echoed by the listener from the listener's own. Words are compared folded, and for
/// summaries also by their start, so "gemaild" in the context covers "mails".
struct ClientWords: Sendable {
    private let words: Set<String>

    init(_ context: String) {
        let tokens = Tokenizer.tokenize(context)
        var words: Set<String> = []
        words.reserveCapacity(tokens.count)
        for token in tokens where token.isWord { words.insert(token.folded) }
        self.words = words
    }

    var isEmpty: Bool { words.isEmpty }

    /// Whether the client used this folded word.
    func contains(_ word: String) -> Bool { words.contains(word) }

    /// Whether the client used this word or a word with the same start (all but its last
    /// two letters, at least four, at most eight; a past participle's "ge-" aside).
    func containsStem(of word: String) -> Bool {
        if words.contains(word) { return true }
        let form = Self.withoutParticiplePrefix(word) ?? word[...]
        let count = form.count
        guard count >= 4 else { return false }
        let prefix = form.prefix(min(8, max(4, count - 2)))
        return words.contains { candidate in
            candidate.hasPrefix(prefix) || (Self.withoutParticiplePrefix(candidate)?.hasPrefix(prefix) ?? false)
        }
    }

    /// "gezet" → "zet", "gemaild" → "maild": the stem of a past participle.
    private static func withoutParticiplePrefix(_ word: String) -> Substring? {
        word.hasPrefix("ge") && word.utf8.count >= 5 ? word.dropFirst(2) : nil
    }
}

/// The client's words so far, prepared once for analyzing several responses to the same
/// client turn (a practice session, or a jsonl stream whose lines share a context).
public struct ClientContext: Sendable {
    public let text: String
    let words: ClientWords

    public init(_ text: String) {
        self.text = text
        words = ClientWords(text)
    }
}
