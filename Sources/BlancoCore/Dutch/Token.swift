/// One token of a response: a word, a number or a punctuation mark, with its place in the
/// original text and its folded form for matching.
public struct Token: Sendable, Hashable {
    /// What a token is; quote marks are kept apart so quoted words can be found.
    public enum Kind: Sendable, Hashable {
        case word
        case number
        case punctuation
        /// A line break: it ends a sentence like a full stop does.
        case lineBreak
        /// A quotation mark, with whether it can open or close a quotation.
        case quote(QuoteMark)
    }

    public let kind: Kind
    /// Where the token stands in the original text, in Unicode scalars.
    public let span: TextSpan
    /// Lower-cased, diacritics removed, contractions expanded ("'t" → "het").
    public let folded: String
    /// Where the token stands in the original text's UTF-8 bytes, for slicing in
    /// constant time.
    public let utf8Range: Range<Int>

    public init(kind: Kind, span: TextSpan, folded: String, utf8Range: Range<Int> = 0..<0) {
        self.kind = kind
        self.span = span
        self.folded = folded
        self.utf8Range = utf8Range
    }

    public var isWord: Bool {
        switch kind {
        case .word, .number: true
        default: false
        }
    }
}

/// A quotation mark and the role its position allows.
public struct QuoteMark: Sendable, Hashable {
    /// Marks that pair with each other: double (" “ ” „ « ») or single (' ‘ ’ ‹ ›).
    public enum Family: Sendable, Hashable { case double, single }

    public let family: Family
    public let canOpen: Bool
    public let canClose: Bool

    public init(family: Family, canOpen: Bool, canClose: Bool) {
        self.family = family
        self.canOpen = canOpen
        self.canClose = canClose
    }
}
