/// Every word any pattern mentions, numbered, so matching compares small integers and
/// tests bits instead of hashing strings at every step.
struct Vocabulary: Sendable {
    private(set) var ids: [String: Int32] = [:]
    /// The ASCII words again, for the fast lookup of ASCII tokens.
    private var asciiIDs = ASCIIWordTable()
    /// Whether a word holds a scalar that is canonically equal to an ASCII one (the Kelvin
    /// sign is "K"), so an ASCII token could equal it as a `String`; then only `ids` is
    /// asked. Folded rule words never do; this keeps the lookup exact if one ever did.
    private var hasASCIIEquivalent = false

    mutating func add(_ words: Set<String>) {
        for word in words where ids[word] == nil {
            let id = Int32(ids.count)
            ids[word] = id
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                asciiIDs.insert(word, value: id)
            } else if ASCIIWordTable.hasASCIIEquivalent(word) {
                hasASCIIEquivalent = true
            }
        }
    }

    /// The word's number, or -1 for a word no pattern mentions.
    func id(of word: String) -> Int32 {
        if !hasASCIIEquivalent {
            switch asciiIDs.lookup(word) {
            case .found(let id): return id
            case .absent: return -1
            case .notASCII: break
            }
        }
        return ids[word] ?? -1
    }

    var count: Int { ids.count }
}

/// A set of vocabulary words as a bit set.
struct WordBits: Sendable {
    private var bits: [UInt64]

    init(_ words: Set<String>, in vocabulary: Vocabulary) {
        bits = [UInt64](repeating: 0, count: (vocabulary.count + 63) / 64)
        for word in words {
            let id = Int(vocabulary.id(of: word))
            bits[id >> 6] |= 1 << UInt64(id & 63)
        }
    }

    @inline(__always)
    func contains(_ id: Int32) -> Bool {
        id >= 0 && bits[Int(id) >> 6] & (1 << UInt64(id & 63)) != 0
    }
}

/// A token pattern compiled against a vocabulary: the same elements, with bit sets.
struct CompiledPattern: Sendable {
    enum Element: Sendable {
        case word(WordBits)
        case wordExcept(WordBits)
        case optional(WordBits)
        case skip(Int)
        case sentenceStart
        case sentenceEnd
        case restOfSentence
    }

    let elements: [Element]
    /// The words a match can start with; nil when any word can.
    let startWords: Set<String>?

    init(_ pattern: TokenPattern, vocabulary: Vocabulary) {
        elements = pattern.elements.map { element in
            switch element {
            case .word(let words): .word(WordBits(words, in: vocabulary))
            case .lexicon(let lexicon): .word(WordBits(lexicon.matchForms, in: vocabulary))
            case .wordExcept(let words): .wordExcept(WordBits(words, in: vocabulary))
            case .optional(.word(let words)): .optional(WordBits(words, in: vocabulary))
            case .optional(.lexicon(let lexicon)): .optional(WordBits(lexicon.matchForms, in: vocabulary))
            case .optional: preconditionFailure("only a word set or a lexicon can be optional")
            case .skip(let count): .skip(count)
            case .sentenceStart: .sentenceStart
            case .sentenceEnd: .sentenceEnd
            case .restOfSentence: .restOfSentence
            }
        }
        startWords = Self.startWords(pattern.elements[...])
    }

    /// The word sets a pattern mentions, for building the vocabulary.
    static func wordSets(in pattern: TokenPattern) -> [Set<String>] {
        pattern.elements.compactMap { element in
            switch element {
            case .word(let set), .wordExcept(let set), .optional(.word(let set)): set
            case .lexicon(let lexicon), .optional(.lexicon(let lexicon)): lexicon.matchForms
            default: nil
            }
        }
    }

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
}
