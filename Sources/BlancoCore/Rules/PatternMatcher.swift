/// Matches token patterns against a response. A token that is `blocked` (quoted, or the
/// client's words echoed) never matches a word element, so the client's own words do not
/// count as the listener's.
struct PatternMatcher {
    let text: ResponseText
    let blocked: [Bool]

    /// The last token index of a match of `pattern` that starts at token `start`, or nil.
    func match(_ pattern: TokenPattern, at start: Int) -> Int? {
        let sentence = text.sentences[text.sentenceOfToken[start]]
        return match(pattern.elements[...], at: start, last: nil, sentence: sentence)
    }

    private func match(_ elements: ArraySlice<TokenPattern.Element>, at index: Int, last: Int?, sentence: Sentence) -> Int? {
        guard let element = elements.first else { return last }
        let rest = elements.dropFirst()
        let end = sentence.tokens.upperBound
        switch element {
        case .word, .lexicon, .wordExcept:
            guard index < end, accepts(element, index) else { return nil }
            return match(rest, at: index + 1, last: index, sentence: sentence)
        case .optional(let inner):
            if index < end, accepts(inner, index),
                let found = match(rest, at: index + 1, last: index, sentence: sentence)
            {
                return found
            }
            return match(rest, at: index, last: last, sentence: sentence)
        case .skip(let count):
            var position = index
            var lastTaken = last
            for _ in 0...count {
                if let found = match(rest, at: position, last: lastTaken, sentence: sentence) { return found }
                guard position < end, !isTerminator(position) else { return nil }
                lastTaken = position
                position += 1
            }
            return nil
        case .sentenceStart:
            guard isAtSentenceStart(index, sentence) else { return nil }
            return match(rest, at: index, last: last, sentence: sentence)
        case .sentenceEnd:
            guard isAtSentenceEnd(index, sentence) else { return nil }
            return match(rest, at: index, last: last, sentence: sentence)
        case .restOfSentence:
            var lastWord = last
            var position = index
            while position < end, position < index + 60 {
                if text.tokens[position].isWord { lastWord = position }
                position += 1
            }
            return match(rest, at: position, last: lastWord, sentence: sentence)
        }
    }

    private func accepts(_ element: TokenPattern.Element, _ index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.isWord, !blocked[index] else { return false }
        switch element {
        case .word(let words): return words.contains(token.folded)
        case .lexicon(let lexicon): return lexicon.contains(token.folded)
        case .wordExcept(let words): return !words.contains(token.folded)
        case .optional(let inner): return accepts(inner, index)
        default: return false
        }
    }

    private func isTerminator(_ index: Int) -> Bool {
        let token = text.tokens[index]
        return token.kind == .lineBreak || (token.kind == .punctuation && SentenceSplitter.isTerminator(token.folded))
    }

    /// At the start of the sentence or of a clause after a comma or colon, interjections
    /// aside.
    func isAtSentenceStart(_ index: Int, _ sentence: Sentence) -> Bool {
        var position = index - 1
        while position >= sentence.tokens.lowerBound, position >= index - 8 {
            let token = text.tokens[position]
            if token.isWord, !DutchFunctionWords.sentenceOpeners.contains(token.folded) { return false }
            if token.kind == .punctuation, token.folded == "," || token.folded == ":" { return true }
            position -= 1
        }
        return position < sentence.tokens.lowerBound
    }

    func isAtSentenceEnd(_ index: Int, _ sentence: Sentence) -> Bool {
        var position = index
        while position < sentence.tokens.upperBound, position < index + 8 {
            let token = text.tokens[position]
            if token.isWord, !Self.closingTags.contains(token.folded) { return false }
            position += 1
        }
        return position >= sentence.tokens.upperBound
    }

    static let closingTags: Set<String> = ["zeg", "hoor", "he", "joh", "natuurlijk", "trouwens", "allemaal"]
}
