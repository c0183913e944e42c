/// A text taken apart for the rules: its tokens, which of them are quoted, and its
/// sentences. Built once per response; every rule reads it.
public struct ResponseText: Sendable {
    public let text: String
    public let tokens: [Token]
    /// Per token: inside quotation marks, so the client's words rather than the listener's.
    public let quoted: [Bool]
    public let sentences: [Sentence]
    /// Per token: the index of its sentence in `sentences`.
    public let sentenceOfToken: [Int]

    public init(_ text: String) {
        self.text = text
        let tokens = Tokenizer.tokenize(text)
        self.tokens = tokens
        quoted = QuoteDetector.quotedTokens(tokens)
        var sentences: [Sentence] = []
        var sentenceOfToken = [Int](filledWith: 0, count: tokens.count)
        for range in SentenceSplitter.split(tokens) {
            let (form, first) = QuestionDetector.form(of: range, in: tokens)
            for index in range { sentenceOfToken[index] = sentences.count }
            let previous = sentences.last
            let followsWhy =
                previous.map {
                    $0.form == .contentQuestion && $0.terminal == "?"
                        && $0.firstWordIndex.map { QuestionDetector.isWhyWord(tokens[$0].folded) } == true
                } ?? false
            let continuesWhy =
                previous.map {
                    $0.form == .contentQuestion && $0.terminal == nil && tokens[$0.tokens.upperBound - 1].folded == ","
                        && $0.firstWordIndex.map { QuestionDetector.isWhyWord(tokens[$0].folded) } == true
                } ?? false
            sentences.append(
                Sentence(
                    tokens: range, form: form, firstWordIndex: first,
                    terminal: QuestionDetector.lastPunctuation(in: range, tokens), follows: previous?.form,
                    followsWhyQuestion: followsWhy, continuesWhyQuestion: continuesWhy))
        }
        self.sentences = sentences
        self.sentenceOfToken = sentenceOfToken
    }

    /// The original text of a span (linear in the span's offset; see `slice(tokens:)`).
    public func slice(_ span: TextSpan) -> String {
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: span.start)
        let end = scalars.index(start, offsetBy: span.end - span.start)
        return String(scalars[start..<end])
    }

    /// The original text from the first to the last token of a range, in time
    /// proportional to its length only.
    public func slice(tokens range: ClosedRange<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: tokens[range.lowerBound].utf8Range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: tokens[range.upperBound].utf8Range.upperBound)
        return String(text[start..<end])
    }

    /// The span from the first to the last token of a token range.
    public func span(ofTokens range: ClosedRange<Int>) -> TextSpan {
        TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound].span.end)
    }
}
