/// A sequence of token tests that a rule looks for, e.g. "wat" + optional "een" + an
/// evaluative word. Patterns match folded words (lower case, no diacritics) and never
/// quoted words. Each element looks at a bounded number of tokens, so matching a pattern
/// costs the same at every position and a whole text costs time linear in its length.
public struct TokenPattern: Sendable {
    public indirect enum Element: Sendable {
        /// One word from the set.
        case word(Set<String>)
        /// One word from the lexicon.
        case lexicon(Lexicon)
        /// One word not in the set (and not quoted).
        case wordExcept(Set<String>)
        /// The element, or nothing.
        case optional(Element)
        /// Up to this many tokens of any kind, as few as possible.
        case skip(Int)
        /// Only interjections ("oké", "jeetje") stand before this point in the sentence.
        case sentenceStart
        /// Only punctuation (or a tag such as "zeg", "hoor") follows in the sentence.
        case sentenceEnd
        /// A comma or colon follows (after tags such as "zeg"), or the sentence ends: the
        /// phrase before it is closed ("wat onbehouwen zeg, via whatsapp").
        case phraseEnd
        /// The rest of the sentence (at most 60 tokens), so the span covers it.
        case restOfSentence
        /// One word written in capitals as an abbreviation (`PatternMatcher.isAbbreviation`).
        case capitals
        /// One word that is the same word (folded) as the word the match starts at: "dealen
        /// is dealen", "een contactverbod is een contactverbod".
        case sameAsStart
    }

    public let elements: [Element]
    /// The pattern's name in its rule file (several patterns of one family share it), so a
    /// flag can say which pattern found it. Empty for patterns written in Swift.
    public let name: String
    /// Why the pattern exists, in English for developers: the wording it was made for.
    public let why: String
    /// The pattern as its rule file writes it (`dat|dit is @intensifiers? raar`).
    public let source: String

    public init(_ elements: [Element], name: String = "", why: String = "", source: String = "") {
        precondition(elements.contains(where: \.consumesToken), "a pattern needs a word to start from")
        self.elements = elements
        self.name = name
        self.why = why
        self.source = source
    }
}

extension TokenPattern.Element {
    var consumesToken: Bool {
        switch self {
        case .word, .lexicon, .wordExcept, .capitals, .sameAsStart: true
        case .optional(let inner): inner.consumesToken
        default: false
        }
    }
}
