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

/// A set of vocabulary words: where its bit set starts in the rule book's word bits.
/// Only an integer, so pattern elements copy without reference counting.
struct WordBits: Sendable {
    let offset: Int

    /// Whether the word numbered `id` (-1 for a word outside the vocabulary) is in the
    /// set, whose bits are in `bits`.
    @inline(__always)
    func contains(_ id: Int32, in bits: [UInt64]) -> Bool {
        id >= 0 && bits[offset + Int(id) >> 6] & (1 << UInt64(id & 63)) != 0
    }
}

/// A token pattern compiled against a vocabulary: the same elements, with bit sets. The
/// elements of all patterns of a rule book stand in one array (`PatternCompiler`), so
/// trying a pattern at a token reads plain values and retains nothing.
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

    /// Where the pattern's elements are in the rule book's element array.
    let elements: Range<Int>

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

    /// The words a match of the pattern can start with; nil when any word can.
    static func startWords(of pattern: TokenPattern) -> Set<String>? {
        startWords(pattern.elements[...])
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

/// Compiles the patterns of a rule book: their elements into one array, their word sets
/// into one array of bit sets of the vocabulary's width.
struct PatternCompiler {
    let vocabulary: Vocabulary
    private(set) var elements: [CompiledPattern.Element] = []
    private(set) var wordBits: [UInt64] = []
    /// 64-bit words per bit set.
    private let stride: Int

    init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        stride = max(1, (vocabulary.count + 63) / 64)
    }

    mutating func compile(_ pattern: TokenPattern) -> CompiledPattern {
        let start = elements.count
        for element in pattern.elements {
            let compiled: CompiledPattern.Element =
                switch element {
                case .word(let words): .word(bits(words))
                case .lexicon(let lexicon): .word(bits(lexicon.matchForms))
                case .wordExcept(let words): .wordExcept(bits(words))
                case .optional(.word(let words)): .optional(bits(words))
                case .optional(.lexicon(let lexicon)): .optional(bits(lexicon.matchForms))
                case .optional: preconditionFailure("only a word set or a lexicon can be optional")
                case .skip(let count): .skip(count)
                case .sentenceStart: .sentenceStart
                case .sentenceEnd: .sentenceEnd
                case .restOfSentence: .restOfSentence
                }
            elements.append(compiled)
        }
        return CompiledPattern(elements: start..<elements.count)
    }

    /// A word set as a bit set, added to `wordBits`.
    mutating func bits(_ words: Set<String>) -> WordBits {
        let set = WordBits(offset: wordBits.count)
        wordBits.append(contentsOf: repeatElement(0, count: stride))
        for word in words {
            let id = Int(vocabulary.id(of: word))
            wordBits[set.offset + id >> 6] |= 1 << UInt64(id & 63)
        }
        return set
    }
}
