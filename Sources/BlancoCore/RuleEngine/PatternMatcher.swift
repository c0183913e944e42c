/// Matches compiled token patterns against a response. A token that is `blocked`
/// (quoted, or the client's words echoed) never matches a word element, so the client's
/// own words do not count as the listener's. Everything it reads per token is
/// precomputed in flat arrays, so matching hashes nothing.
struct PatternMatcher {
    /// What the matcher needs to know of a token besides its number, as bits in one
    /// array (one allocation per response instead of four).
    struct TokenFlags: OptionSet, Sendable {
        let rawValue: UInt8
        /// A word that may be matched (a word, not blocked).
        static let matchable = TokenFlags(rawValue: 1)
        static let word = TokenFlags(rawValue: 2)
        /// A full stop, question mark, exclamation mark, ellipsis or line break.
        static let terminator = TokenFlags(rawValue: 4)
        /// A comma or colon, where a clause starts.
        static let clauseBreak = TokenFlags(rawValue: 8)
        /// A word written in capitals as an abbreviation (`isAbbreviation`).
        static let capitals = TokenFlags(rawValue: 16)
    }

    /// Per token: its vocabulary number (-1 for other words and for punctuation).
    let ids: [Int32]
    let flags: [TokenFlags]
    /// The tokens, for `SAME`, which compares a word with the one its match starts at.
    let tokens: [Token]
    let sentenceOfToken: [Int]
    let sentenceRanges: [Range<Int>]
    let book: CompiledRuleBook
    /// The rule book's pattern elements and word bits, read at every step.
    let elements: [CompiledPattern.Element]
    let wordBits: [UInt64]
    let openers: WordBits
    let coordinators: WordBits
    let closingTags: WordBits

    init(text: ResponseText, blocked: [Bool], book: CompiledRuleBook) {
        let tokens = text.tokens
        // A response typed all in capitals shouts; its words are no abbreviations. Most
        // responses have no two capitals in a row, and then no byte copy is made.
        let bytes = Self.bytesForAbbreviations(text.text)
        var ids = [Int32](filledWith: -1, count: tokens.count)
        var flags = [TokenFlags](filledWith: [], count: tokens.count)
        for index in tokens.indices {
            let token = tokens[index]
            switch token.kind {
            case .word, .number:
                flags[index] = blocked[index] ? .word : [.word, .matchable]
                ids[index] = book.vocabulary.id(of: token.folded)
                // A word some pattern or list names ("OK", "NIET", "UWV") is read as that word.
                if let bytes, ids[index] < 0, token.utf8Range.upperBound <= bytes.count,
                    Self.isAbbreviation(bytes[token.utf8Range]),
                    !token.folded.contains("-") || book.vocabulary.id(of: Self.firstPart(of: token.folded)) < 0
                {
                    flags[index].insert(.capitals)
                }
            case .lineBreak:
                flags[index] = .terminator
            case .punctuation:
                if SentenceSplitter.isTerminator(token.folded) { flags[index].insert(.terminator) }
                if token.folded == "," || token.folded == ":" { flags[index].insert(.clauseBreak) }
            case .quote:
                break
            }
        }
        self.ids = ids
        self.flags = flags
        self.tokens = tokens
        sentenceOfToken = text.sentenceOfToken
        sentenceRanges = text.sentences.map(\.tokens)
        self.book = book
        elements = book.patternElements
        wordBits = book.wordBits
        openers = book.openers
        coordinators = book.coordinators
        closingTags = book.closingTags
    }

    /// The last token index of a match of `pattern` that starts at token `start`, or nil.
    func match(_ pattern: CompiledPattern, at start: Int) -> Int? {
        let sentence = sentenceRanges[sentenceOfToken[start]]
        return match(
            pattern.elements.lowerBound, pattern.elements.upperBound, at: start, last: nil,
            bounds: Bounds(first: start, lower: sentence.lowerBound, end: sentence.upperBound))
    }

    /// Where a match is tried: the token it starts at (for `SAME`) and its sentence's tokens.
    private struct Bounds {
        let first: Int
        let lower: Int
        let end: Int
    }

    /// Matches `elements[next..<stop]` from token `index`; `last` is the last token taken so far.
    private func match(_ next: Int, _ stop: Int, at index: Int, last: Int?, bounds: Bounds) -> Int? {
        guard next < stop else { return last }
        let lower = bounds.lower
        let end = bounds.end
        switch elements[next] {
        case .word(let words):
            guard index < end, flags[index].contains(.matchable), words.contains(ids[index], in: wordBits) else {
                return nil
            }
            return match(next + 1, stop, at: index + 1, last: index, bounds: bounds)
        case .wordExcept(let words):
            guard index < end, flags[index].contains(.matchable), !words.contains(ids[index], in: wordBits) else {
                return nil
            }
            return match(next + 1, stop, at: index + 1, last: index, bounds: bounds)
        case .optional(let words):
            if index < end, flags[index].contains(.matchable), words.contains(ids[index], in: wordBits),
                let found = match(next + 1, stop, at: index + 1, last: index, bounds: bounds)
            {
                return found
            }
            return match(next + 1, stop, at: index, last: last, bounds: bounds)
        case .skip(let count):
            var position = index
            var lastTaken = last
            for _ in 0...count {
                if let found = match(next + 1, stop, at: position, last: lastTaken, bounds: bounds) {
                    return found
                }
                guard position < end, !flags[position].contains(.terminator) else { return nil }
                lastTaken = position
                position += 1
            }
            return nil
        case .sentenceStart:
            guard isAtSentenceStart(index, lower: lower) else { return nil }
            return match(next + 1, stop, at: index, last: last, bounds: bounds)
        case .sentenceEnd:
            guard isAtSentenceEnd(index, end: end) else { return nil }
            return match(next + 1, stop, at: index, last: last, bounds: bounds)
        case .phraseEnd:
            guard isAtPhraseEnd(index, end: end) else { return nil }
            return match(next + 1, stop, at: index, last: last, bounds: bounds)
        case .capitals:
            guard index < end, flags[index].contains(.matchable), flags[index].contains(.capitals) else { return nil }
            return match(next + 1, stop, at: index + 1, last: index, bounds: bounds)
        case .sameAsStart:
            guard index < end, index != bounds.first, flags[index].contains(.matchable),
                tokens[index].folded == tokens[bounds.first].folded
            else { return nil }
            return match(next + 1, stop, at: index + 1, last: index, bounds: bounds)
        case .restOfSentence:
            var lastWord = last
            var position = index
            while position < end, position < index + 60 {
                if flags[position].contains(.word) { lastWord = position }
                position += 1
            }
            return match(next + 1, stop, at: position, last: lastWord, bounds: bounds)
        }
    }

    /// At the start of the sentence or of a clause after a comma, a colon or a coordinating
    /// "want" or "maar", interjections aside.
    func isAtSentenceStart(_ index: Int, lower: Int) -> Bool {
        var position = index - 1
        while position >= lower, position >= index - 8 {
            if flags[position].contains(.word) {
                if coordinators.contains(ids[position], in: wordBits) { return true }
                if !openers.contains(ids[position], in: wordBits) { return false }
            }
            if flags[position].contains(.clauseBreak) { return true }
            position -= 1
        }
        return position < lower
    }

    /// Whether a comma or colon comes next, or the sentence ends, with at most closing tags
    /// ("zeg", "hoor") between.
    func isAtPhraseEnd(_ index: Int, end: Int) -> Bool {
        var position = index
        while position < end, position < index + 8 {
            if flags[position].contains(.clauseBreak) { return true }
            if flags[position].contains(.word), !closingTags.contains(ids[position], in: wordBits) { return false }
            position += 1
        }
        return position >= end
    }

    /// Whether the bytes of a word are an abbreviation in capitals: two to six capitals and
    /// digits, at least two of them letters, before an optional hyphen ("SKGZ", "C45B",
    /// "BARO-gesprek"); "Ik" is not.
    static func isAbbreviation(_ word: ArraySlice<UInt8>) -> Bool {
        var letters = 0
        var length = 0
        for byte in word {
            if byte == UInt8(ascii: "-") { break }
            if isCapital(byte) {
                letters += 1
            } else if !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                return false
            }
            length += 1
        }
        return letters >= 2 && length <= 6
    }

    /// The text's bytes when it may hold an abbreviation (a capital followed by a capital or
    /// a digit) and is not typed all in capitals (a lower-case letter somewhere); nil
    /// otherwise.
    private static func bytesForAbbreviations(_ text: String) -> [UInt8]? {
        var text = text
        // Read as a buffer: iterating a string's UTF-8 view costs several times more a byte.
        let found = text.withUTF8 { bytes in
            var hasLowerCase = false
            var capitalsInARow = false
            var previousIsCapital = false
            for byte in bytes {
                let capital = isCapital(byte)
                if previousIsCapital && (capital || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))) {
                    capitalsInARow = true
                }
                if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { hasLowerCase = true }
                previousIsCapital = capital
            }
            return hasLowerCase && capitalsInARow
        }
        return found ? Array(text.utf8) : nil
    }

    /// "tv-programma" → "tv": the abbreviation before a hyphen, which a pattern may name.
    private static func firstPart(of word: String) -> String {
        String(word.prefix { $0 != "-" })
    }

    private static func isCapital(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }

    func isAtSentenceEnd(_ index: Int, end: Int) -> Bool {
        var position = index
        while position < end, position < index + 8 {
            if flags[position].contains(.word), !closingTags.contains(ids[position], in: wordBits) { return false }
            position += 1
        }
        return position >= end
    }
}
