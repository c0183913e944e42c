/// The plain synonyms of a feeling the client named (`Rules/nl/vocabulary/same-feeling.md`):
/// "je maakt je zorgen" after "ik ben bang" or "je was boos" after "ik was kwaad" names the
/// client's own feeling in other words and adds nothing, so the words of the feeling's group
/// count as the client's.
enum SameFeeling {
    /// The groups, each with the phrases that reveal it and every word it lends.
    private struct Group {
        var phrases: [[String]]
        var words: Set<String>
    }

    private static let groups: [Group] = {
        var byLabel: [String: Group] = [:]
        var order: [String] = []
        for (label, words) in Words.sameFeeling {
            if byLabel[label] == nil {
                byLabel[label] = Group(phrases: [], words: [])
                order.append(label)
            }
            byLabel[label]?.phrases.append(words)
            byLabel[label]?.words.formUnion(words)
        }
        return order.compactMap { byLabel[$0] }
    }()

    /// The words of every group the client's words reveal: a one-word phrase they used, or
    /// every word of a longer one ("zorgen" and "maak" for "ik maak me zorgen").
    static func words(lentBy clientWords: Set<String>) -> Set<String> {
        var lent: Set<String> = []
        for group in groups where group.phrases.contains(where: { $0.allSatisfy(clientWords.contains) }) {
            lent.formUnion(group.words)
        }
        return lent
    }
}
