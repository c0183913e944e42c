/// Every word of one exercise's story: title, who the client is, the opening, the film
/// and its topic words. A question whose own words are all outside it is off-topic.
public struct StoryVocabulary: Sendable {
    private let words: Set<String>

    public init(exercise: Exercise) {
        var text = [exercise.title, exercise.client.name, exercise.client.about, exercise.opening, exercise.domain]
        for fact in exercise.film { text += [fact.line] + fact.topicWords }
        words = Set(text.flatMap(TopicWords.fold))
    }

    /// The words of one text, such as everything the client has said so far.
    public init(text: String) {
        self.init(words: TopicWords.fold(text))
    }

    /// The words of a text already folded (`TopicWords.fold`).
    init(words: [String]) {
        self.words = Set(words)
    }

    /// The words of a text already folded and gathered in a set.
    init(wordSet: Set<String>) {
        words = wordSet
    }

    /// Whether a folded word belongs to the story: the same word, an inflection of one
    /// (at most three letters more or less on a shared start of three: "snap", "snappen"),
    /// or a shared start of six letters or more (compounds: "badkamer", "badkamerplafond").
    public func contains(_ word: String) -> Bool {
        if words.contains(word) { return true }
        return words.contains { story in
            let (short, long) = story.count <= word.count ? (story, word) : (word, story)
            if short.count >= 3, long.hasPrefix(short), long.count - short.count <= 3 { return true }
            return short.count >= 6 && long.hasPrefix(short.prefix(6))
        }
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
