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
    }

    /// Per token: its vocabulary number (-1 for other words and for punctuation).
    let ids: [Int32]
    let flags: [TokenFlags]
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
        var ids = [Int32](filledWith: -1, count: tokens.count)
        var flags = [TokenFlags](filledWith: [], count: tokens.count)
        for index in tokens.indices {
            let token = tokens[index]
            switch token.kind {
            case .word, .number:
                flags[index] = blocked[index] ? .word : [.word, .matchable]
                ids[index] = book.vocabulary.id(of: token.folded)
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
            lower: sentence.lowerBound, end: sentence.upperBound)
    }

    /// Matches `elements[next..<stop]` from token `index`; `last` is the last token taken so far.
    private func match(_ next: Int, _ stop: Int, at index: Int, last: Int?, lower: Int, end: Int) -> Int? {
        guard next < stop else { return last }
        switch elements[next] {
        case .word(let words):
            guard index < end, flags[index].contains(.matchable), words.contains(ids[index], in: wordBits) else {
                return nil
            }
            return match(next + 1, stop, at: index + 1, last: index, lower: lower, end: end)
        case .wordExcept(let words):
            guard index < end, flags[index].contains(.matchable), !words.contains(ids[index], in: wordBits) else {
                return nil
            }
            return match(next + 1, stop, at: index + 1, last: index, lower: lower, end: end)
        case .optional(let words):
            if index < end, flags[index].contains(.matchable), words.contains(ids[index], in: wordBits),
                let found = match(next + 1, stop, at: index + 1, last: index, lower: lower, end: end)
            {
                return found
            }
            return match(next + 1, stop, at: index, last: last, lower: lower, end: end)
        case .skip(let count):
            var position = index
            var lastTaken = last
            for _ in 0...count {
                if let found = match(next + 1, stop, at: position, last: lastTaken, lower: lower, end: end) {
                    return found
                }
                guard position < end, !flags[position].contains(.terminator) else { return nil }
                lastTaken = position
                position += 1
            }
            return nil
        case .sentenceStart:
            guard isAtSentenceStart(index, lower: lower) else { return nil }
            return match(next + 1, stop, at: index, last: last, lower: lower, end: end)
        case .sentenceEnd:
            guard isAtSentenceEnd(index, end: end) else { return nil }
            return match(next + 1, stop, at: index, last: last, lower: lower, end: end)
        case .phraseEnd:
            guard isAtPhraseEnd(index, end: end) else { return nil }
            return match(next + 1, stop, at: index, last: last, lower: lower, end: end)
        case .restOfSentence:
            var lastWord = last
            var position = index
            while position < end, position < index + 60 {
                if flags[position].contains(.word) { lastWord = position }
                position += 1
            }
            return match(next + 1, stop, at: position, last: lastWord, lower: lower, end: end)
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

    func isAtSentenceEnd(_ index: Int, end: Int) -> Bool {
        var position = index
        while position < end, position < index + 8 {
            if flags[position].contains(.word), !closingTags.contains(ids[position], in: wordBits) { return false }
            position += 1
        }
        return position >= end
    }
}
