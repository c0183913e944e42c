import Synchronization

/// The words the client has used so far (the context), for telling the client's words
/// echoed by the listener from the listener's own. Words are compared folded, and for
/// summaries also by their start, so "gemaild" in the context covers "mails".
///
/// The context is tokenized only when a response first needs it (a reported or quoted
/// phrase, a possible summary or conclusion); most questions never do, and a jsonl
/// stream with a new context on every line then skips the context's cost entirely.
struct ClientWords: Sendable {
    private let storage: Storage

    init(_ context: String) {
        storage = Storage(context)
    }

    /// Without any text there are no client words; with text, the lookups decide.
    var isEmpty: Bool { storage.context.isEmpty }

    private var words: Set<String> { storage.words }

    /// Whether the client used this folded word.
    func contains(_ word: String) -> Bool { words.contains(word) }

    /// Whether the client used this word or a word with the same start (all but its last
    /// two letters, at least four, at most eight; a past participle's "ge-" aside).
    func containsStem(of word: String) -> Bool {
        if words.contains(word) { return true }
        if let stem = Self.presentTenseStem(word), words.contains(stem) { return true }
        let form = Self.withoutParticiplePrefix(word) ?? word[...]
        let count = form.count
        guard count >= 4 else { return false }
        // A String prefix keeps `hasPrefix` on its fast UTF-8 path.
        let prefix = String(form.prefix(min(8, max(4, count - 2))))
        let prefixedByGe = "ge" + prefix
        return words.contains { candidate in
            candidate.hasPrefix(prefix) || (candidate.utf8.count >= 5 && candidate.hasPrefix(prefixedByGe))
        }
    }

    /// "staat" → "sta", "gaat" → "ga", "bent" → "ben": the first person of a present-tense
    /// verb the listener repeats in the second person ("u staat er alleen voor").
    private static func presentTenseStem(_ word: String) -> String? {
        guard word.hasSuffix("t"), word.utf8.count >= 3 else { return nil }
        let stem = word.dropLast()
        for vowel in ["aa", "ee", "oo", "uu"] where stem.hasSuffix(vowel) && stem.count >= 3 {
            return String(stem.dropLast())
        }
        return String(stem)
    }

    /// "gezet" → "zet", "gemaild" → "maild": the stem of a past participle.
    private static func withoutParticiplePrefix(_ word: String) -> Substring? {
        word.hasPrefix("ge") && word.utf8.count >= 5 ? word.dropFirst(2) : nil
    }
}

extension ClientWords {
    /// The context and, once needed, its folded words; shared by copies of `ClientWords`.
    private final class Storage: Sendable {
        let context: String
        private let prepared = Mutex<Set<String>?>(nil)

        init(_ context: String) {
            self.context = context
        }

        var words: Set<String> {
            prepared.withLock { prepared in
                if let prepared { return prepared }
                let tokens = Tokenizer.tokenize(context)
                var words: Set<String> = []
                words.reserveCapacity(tokens.count)
                for token in tokens where token.isWord { words.insert(token.folded) }
                prepared = words
                return words
            }
        }
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
