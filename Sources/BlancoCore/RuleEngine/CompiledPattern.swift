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

    /// How many words have a number of their own (spelling variants share their word's).
    private(set) var count = 0

    mutating func add(_ words: Set<String>) {
        for word in words where ids[word] == nil {
            let id = Int32(count)
            count += 1
            ids[word] = id
            if word.hasPrefix("-"), word.utf8.count > 3 {
                compoundHeads.append((Array(word.utf8.dropFirst()), id))
                compoundHeadIDs.insert(id)
            }
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                asciiIDs.insert(word, value: id)
            } else if ASCIIWordTable.hasASCIIEquivalent(word) {
                hasASCIIEquivalent = true
            }
        }
    }

    /// Compound heads a word list names with a leading hyphen ("-nummer"): a word no
    /// pattern mentions that ends in one ("factuurnummer") gets the head's number.
    private var compoundHeads: [(head: [UInt8], id: Int32)] = []
    private var compoundHeadIDs: Set<Int32> = []

    /// Whether a word's number is a compound head's: the word is no pattern's own, it was
    /// found by its ending ("integriteitsprocedure" by "-procedure").
    func isCompoundHead(_ id: Int32) -> Bool { id >= 0 && compoundHeadIDs.contains(id) }

    /// The word's number, or -1 for a word no pattern mentions.
    func id(of word: String) -> Int32 {
        var found: Int32 = -1
        if !hasASCIIEquivalent {
            switch asciiIDs.lookup(word) {
            case .found(let id): return id
            case .absent: found = -1
            case .notASCII: found = ids[word] ?? -1
            }
        } else {
            found = ids[word] ?? -1
        }
        if found < 0, !compoundHeads.isEmpty { return compoundHeadID(of: word) }
        return found
    }

    /// The number of the compound head a long word ends in, or -1. The word must keep at
    /// least three letters before the head, so the head alone is no compound.
    private func compoundHeadID(of word: String) -> Int32 {
        var word = word
        return word.withUTF8 { bytes in
            guard bytes.count >= 8 else { return -1 }
            for (head, id) in compoundHeads where bytes.count >= head.count + 3 && bytes.last == head.last {
                let offset = bytes.count - head.count
                var matches = true
                for index in head.indices where bytes[offset + index] != head[index] {
                    matches = false
                    break
                }
                if matches { return id }
            }
            return -1
        }
    }

    /// Gives the common slips in a long word the word's own number, so a rule that names
    /// "beschikking" also finds "beschiking" (see `SpellingVariants`). A slip that two
    /// words could produce, or that is itself a word of a rule, is left alone.
    ///
    /// Slips are ASCII (only words of a–z have them), so byte tables keep track of them:
    /// the rule book makes tens of thousands at every start.
    mutating func addSpellingVariants() {
        // Each slip with the number of the first word that makes it, in the order found.
        // About as many slips as words of a–z, times the letters they drop: room for them
        // from the start, so the table is not rehashed as it fills.
        var variants = ASCIIWordTable(capacity: ids.count * 6)
        var found: [(variant: String, id: Int32)] = []
        var ambiguous = ASCIIWordTable()
        for (word, id) in ids {
            // Looked up by their bytes: only a new slip becomes a string.
            SpellingVariants.forEach(of: word) { variant in
                guard !isWord(variant) else { return }
                if case .found(let other) = variants.lookup(variant) {
                    if other != id { ambiguous.insert(ascii: variant, value: 0) }
                } else {
                    variants.insert(ascii: variant, value: id)
                    found.append((String(decoding: variant, as: UTF8.self), id))
                }
            }
        }
        // Slips are of a–z only, which no string of other scalars equals, so the byte table
        // answers for them alone; `ids` takes them too only when it is asked about ASCII
        // words (`hasASCIIEquivalent`). Hashing tens of thousands of them into `ids` as
        // strings cost a tenth of the program's start.
        for (variant, id) in found where ambiguous.lookup(variant) == .absent {
            if hasASCIIEquivalent { ids[variant] = id }
            asciiIDs.insert(variant, value: id)
        }
    }

    /// Whether an ASCII word has a number: `ids[word] != nil`, asked of the byte table
    /// where that answers the same (every ASCII word is in it).
    private func isWord(_ asciiWord: UnsafeBufferPointer<UInt8>) -> Bool {
        hasASCIIEquivalent
            ? ids[String(decoding: asciiWord, as: UTF8.self)] != nil : asciiIDs.lookup(asciiWord) != .absent
    }
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
        case phraseEnd
        case restOfSentence
        case capitals
        case sameAsStart
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
            case .sentenceStart, .sentenceEnd, .phraseEnd:
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
    /// The bit set already made for each word set: many patterns share a list
    /// ("@intensifiers", the pronouns, "@evaluative"), and each bit set is as wide as the
    /// vocabulary, so a set is stored once however many elements use it.
    private var madeFor = WordSetTable<WordBits>()

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
                case .phraseEnd: .phraseEnd
                case .restOfSentence: .restOfSentence
                case .capitals: .capitals
                case .sameAsStart: .sameAsStart
                }
            elements.append(compiled)
        }
        return CompiledPattern(elements: start..<elements.count)
    }

    /// A word set as a bit set, added to `wordBits` unless an equal set already is.
    mutating func bits(_ words: Set<String>) -> WordBits {
        if let made = madeFor[words] { return made }
        let set = WordBits(offset: wordBits.count)
        madeFor[words] = set
        wordBits.append(contentsOf: repeatElement(0, count: stride))
        for word in words {
            let id = Int(vocabulary.id(of: word))
            wordBits[set.offset + id >> 6] |= 1 << UInt64(id & 63)
        }
        return set
    }
}

/// Values filed by word sets, for the rule book's compilation, which meets the same lists
/// (a lexicon, "@intensifiers") again at every pattern that names them. Small sets are
/// found by their hash; larger ones by their size and then compared, which for the very
/// same list (the usual case) looks at none of its words: hashing a list of hundreds of
/// words at every use cost a fifth of the program's start.
struct WordSetTable<Value> {
    private var small: [Set<String>: Value] = [:]
    private var large: [Int: [(words: Set<String>, value: Value)]] = [:]
    /// Sets up to this size are hashed.
    private static var smallSet: Int { 8 }

    subscript(words: Set<String>) -> Value? {
        get {
            words.count <= Self.smallSet ? small[words] : large[words.count]?.first { $0.words == words }?.value
        }
        set {
            precondition(newValue != nil, "a filed set stays filed")
            if words.count <= Self.smallSet {
                small[words] = newValue
            } else {
                large[words.count, default: []].append((words, newValue!))
            }
        }
    }
}
