/// Every word of one exercise's story: title, who the client is, the opening, the film
/// and its topic words. A question whose own words are all outside it is off-topic.
public struct StoryVocabulary: Sendable {
    private var words: Set<String>
    /// The words of at least three bytes, filed by their first three: their index in
    /// `list` in the low half and those bytes in the high half, sorted. A word related to
    /// an ASCII word shares its first three letters and so those bytes, so `contains`
    /// compares such a word with the few words that start alike, not with every word.
    private var byStart: [UInt64]
    private var list: [String]
    /// False when a word holds a scalar canonically equal to an ASCII one, whose bytes
    /// differ from the letter it equals; then `contains` compares with every word.
    private var startsAreExact: Bool

    public init(exercise: Exercise) {
        var text = [exercise.title, exercise.client.name, exercise.client.about, exercise.opening, exercise.domain]
        for fact in exercise.film { text += [fact.line] + fact.topicWords }
        self.init(wordSet: Set(text.flatMap(TopicWords.fold)))
    }

    /// The words of one text, such as everything the client has said so far.
    public init(text: String) {
        self.init(words: TopicWords.fold(text))
    }

    /// The words of a text already folded (`TopicWords.fold`).
    init(words: [String]) {
        self.init(wordSet: Set(words))
    }

    /// The words of a text already folded and gathered in a set.
    init(wordSet: Set<String>) {
        let list = Array(wordSet)
        words = wordSet
        self.list = list
        byStart = list.indices.compactMap { WordStarts.entry(list[$0], count: 3, index: $0) }.sorted()
        startsAreExact = !list.contains(where: ASCIIWordTable.hasASCIIEquivalent)
    }

    /// Whether a folded word belongs to the story: the same word, an inflection of one
    /// (at most three letters more or less on a shared start of three: "snap", "snappen"),
    /// or a shared start of six letters or more (compounds: "badkamer", "badkamerplafond").
    public func contains(_ word: String) -> Bool {
        if words.contains(word) { return true }
        guard startsAreExact, word.utf8.allSatisfy({ $0 < 0x80 }) else {
            return words.contains { Self.related($0, word) }
        }
        guard let start = WordStarts.start(of: word, count: 3) else { return false }
        return WordStarts.any(startingWith: start, in: byStart) { Self.related(list[$0], word) }
    }

    /// Adds more folded words: the same as a vocabulary made of all the words, but the
    /// tables are extended (a merge, not a sort), so the client's words in a practice
    /// session grow a reply at a time.
    mutating func add(_ more: [String]) {
        let added = more.filter { words.insert($0).inserted }
        guard !added.isEmpty else { return }
        let extra = added.indices.compactMap { offset in
            WordStarts.entry(added[offset], count: 3, index: list.count + offset)
        }.sorted()
        var merged: [UInt64] = []
        merged.reserveCapacity(byStart.count + extra.count)
        var old = 0
        for entry in extra {
            while old < byStart.count, byStart[old] < entry {
                merged.append(byStart[old])
                old += 1
            }
            merged.append(entry)
        }
        merged.append(contentsOf: byStart[old...])
        byStart = merged
        list += added
        if startsAreExact, added.contains(where: ASCIIWordTable.hasASCIIEquivalent) { startsAreExact = false }
    }

    /// Whether a story word and a word are one word inflected or compounded (see `contains`).
    private static func related(_ story: String, _ word: String) -> Bool {
        let (short, long) = story.count <= word.count ? (story, word) : (word, story)
        if short.count >= 3, long.hasPrefix(short), long.count - short.count <= 3 { return true }
        return short.count >= 6 && long.hasPrefix(short.prefix(6))
    }

    /// The text's own words (see `unknownWords(in:)`) that the story does not know, even
    /// when others it does: "monteur" in "Wat zei de monteur?" where there is none.
    public func strangers(in text: String) -> [String] {
        TopicWords.fold(text).filter {
            ContentWords.isContentWord($0) && !Words.everyStory.contains($0) && !contains($0)
        }
    }

    /// The response's own words (content words a listener would not use in any story)
    /// that the story does not know; empty when the response stays inside the story.
    public func unknownWords(in response: String) -> [String] {
        unknownWords(inWords: TopicWords.fold(response))
    }

    /// `unknownWords(in:)` for a response already folded.
    func unknownWords(inWords words: [String]) -> [String] {
        let own = words.filter {
            ContentWords.isContentWord($0) && !Words.everyStory.contains($0)
        }
        guard !own.isEmpty, !own.contains(where: contains) else { return [] }
        return own
    }
}
