/// A rule book prepared for fast matching: every pattern is filed under the words it can
/// start with, so the analyzer looks at each token once and tries only the patterns that
/// can start there.
struct CompiledRuleBook: Sendable {
    /// A pattern of a rule, by their indexes.
    struct Entry: Sendable {
        let rule: Int
        let pattern: Int
    }

    let book: RuleBook
    let byStartWord: [String: [Entry]]
    /// Patterns that cannot be filed under a start word; tried at every word.
    let unindexed: [Entry]

    init(_ book: RuleBook) {
        self.book = book
        var index: [String: [Entry]] = [:]
        var unindexed: [Entry] = []
        for (ruleIndex, rule) in book.rules.enumerated() {
            guard case .patterns(let patterns) = rule.detection else { continue }
            for (patternIndex, pattern) in patterns.enumerated() {
                let entry = Entry(rule: ruleIndex, pattern: patternIndex)
                if let words = Self.startWords(pattern.elements[...]) {
                    for word in words { index[word, default: []].append(entry) }
                } else {
                    unindexed.append(entry)
                }
            }
        }
        byStartWord = index
        self.unindexed = unindexed
    }

    func pattern(_ entry: Entry) -> TokenPattern {
        guard case .patterns(let patterns) = book.rules[entry.rule].detection else {
            preconditionFailure("entries only point at pattern rules")
        }
        return patterns[entry.pattern]
    }

    /// Every word a match can start with, or nil when any word can.
    private static func startWords(_ elements: ArraySlice<TokenPattern.Element>) -> Set<String>? {
        var words: Set<String> = []
        for element in elements {
            switch element {
            case .sentenceStart, .sentenceEnd:
                continue
            case .word(let set):
                return words.union(set)
            case .lexicon(let lexicon):
                return words.union(lexicon.matchForms)
            case .optional(.word(let set)):
                words.formUnion(set)
            case .optional(.lexicon(let lexicon)):
                words.formUnion(lexicon.matchForms)
            default:
                return nil
            }
        }
        return nil
    }

    static let standard = CompiledRuleBook(.standard)
}
