/// Which part of the film a question aims at, from its question word: "wie" at the who,
/// "wanneer" or "hoe laat" at the when, "hoe was dat voor u" at the experience.
public enum QuestionAim {
    /// The aspect of the earliest aim phrase in the response, if any; "wat gebeurde er
    /// daarna" aims at how it went on.
    public static func aspect(of response: String) -> Aspect? {
        aspect(ofWords: TopicWords.fold(response))
    }

    /// The aim phrases of `Rules/nl/vocabulary/aspect-phrases.md`, each with its aspect.
    static let aspectPhrases: [(words: [String], aspect: Aspect)] = Words.aspectPhrases.map {
        (words: $0.words, aspect: Aspect(rawValue: $0.label)!)
    }

    /// The aim phrases filed by their first word, in file order, so a response word is
    /// compared only with the phrases that start with it.
    private static let aspectPhrasesByFirstWord = Dictionary(
        grouping: aspectPhrases.filter { !$0.words.isEmpty }, by: { $0.words[0] })
    /// A phrase without words would match anywhere (none is expected).
    private static let emptyAspectPhrase = aspectPhrases.first { $0.words.isEmpty }

    /// `aspect(of:)` for a response already folded.
    static func aspect(ofWords words: [String]) -> Aspect? {
        for start in words.indices {
            let matches = (aspectPhrasesByFirstWord[words[start]] ?? []).filter { phrase in
                words[start...].starts(with: phrase.words)
            }
            // The first longest phrase, as in file order.
            guard let longest = matches.max(by: { $0.words.count < $1.words.count }) ?? emptyAspectPhrase else {
                continue
            }
            if longest.aspect == .wat, words.contains(where: Words.afterwards.contains) { return .hoe }
            return longest.aspect
        }
        return nil
    }

    /// The aspects to look in, in order: the aimed one first, then its neighbour (what
    /// happened and how it went on answer each other).
    public static func preference(for aspect: Aspect) -> [Aspect] {
        switch aspect {
        case .wat: [.wat, .hoe]
        case .hoe: [.hoe, .wat]
        default: [aspect]
        }
    }

    /// Small talk about the conversation's own here and now ("Hoe laat is het?").
    public static func isSmallTalk(_ response: String) -> Bool {
        isSmallTalk(words: TopicWords.fold(response))
    }

    /// `isSmallTalk(_:)` for a response already folded.
    static func isSmallTalk(words: [String]) -> Bool {
        words.indices.contains { start in
            Words.smallTalk.contains { words[start...].starts(with: $0) }
        }
    }
}
