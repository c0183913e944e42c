/// Splits a response into tokens that keep their Unicode-scalar offsets in the original
/// text. One pass, constant work per scalar, so a 10 MB response costs no more per byte
/// than a short one.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize(utf8: $0) }
    }

    /// The tokens of `text` a batch at a time, for a caller that reads each token once (the
    /// client's words in a long context): the same tokens as `tokenize`, in the same order,
    /// but never more than about `batchSize` of them held at once, so a 1 MB context does not
    /// cost its 200,000 tokens in one array (and that array's copy while it grows).
    static func forEachBatch(of text: String, batchSize: Int = 4096, _ body: ([Token]) -> Void) {
        var text = text
        text.withUTF8 { utf8 in
            var tokens: [Token] = []
            tokens.reserveCapacity(min(batchSize, utf8.count / 5) + 4)
            tokenize(utf8: utf8, into: &tokens, batchSize: batchSize, flush: body)
            if !tokens.isEmpty { body(tokens) }
        }
    }

    /// Tokenizes well-formed UTF-8 (a String's own bytes).
    private static func tokenize(utf8: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(utf8.count / 5 + 4)
        tokenize(utf8: utf8, into: &tokens, batchSize: .max) { _ in }
        return tokens
    }

    /// Appends the tokens of `utf8` to `tokens`, handing them to `flush` and emptying the
    /// array whenever `batchSize` are held. Only at the top of the loop: a word read there may
    /// still take back the tokens it appended (`readLeadingApostrophe`), none before them.
    @inline(__always)
    private static func tokenize(
        utf8: UnsafeBufferPointer<UInt8>, into tokens: inout [Token], batchSize: Int, flush: ([Token]) -> Void
    ) {
        var scanner = ScalarScanner(utf8)
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        // The last token handed to `flush`, so a word right after a batch still sees the token before it.
        var flushedLast: Token?
        while let scalar = scanner.current {
            if tokens.count >= batchSize {
                flushedLast = tokens.last
                flush(tokens)
                tokens.removeAll(keepingCapacity: true)
            }
            if isWordScalar(scalar) {
                readWord(&scanner, into: &tokens, scratch: &scratch, flushedLast: flushedLast)
            } else if TextFolding.isApostrophe(scalar), scanner.previousIsBoundary,
                let next = scanner.next, isLetter(next)
            {
                readLeadingApostrophe(&scanner, into: &tokens, scratch: &scratch)
            } else if let family = quoteFamily(scalar) {
                let mark = QuoteMark(
                    family: family,
                    canOpen: scanner.previousIsBoundary && !(scanner.next.map(isSpace) ?? true),
                    canClose: !(scanner.previous.map(isSpace) ?? true) && scanner.nextIsBoundary)
                emit(.quote(mark), scanner, String(scalar), into: &tokens)
                scanner.advance()
            } else if scalar == "\n" {
                emit(.lineBreak, scanner, "\n", into: &tokens)
                scanner.advance()
            } else if isSpace(scalar) || isInvisible(scalar) {
                scanner.advance()
            } else {
                emit(.punctuation, scanner, String(scalar), into: &tokens)
                scanner.advance()
            }
        }
    }

    /// `flushedLast` is the token before `tokens` when a batch has just been handed on.
    private static func readWord(
        _ scanner: inout ScalarScanner, into tokens: inout [Token], scratch folded: inout [UInt8],
        flushedLast: Token? = nil
    ) {
        let start = scanner.offset
        let start8 = scanner.utf8Offset
        folded.removeAll(keepingCapacity: true)
        var hasApostrophe = false
        let isNumber = isDigit(scanner.current!)
        while let scalar = scanner.current {
            if scalar.value < 0x80, isWordScalar(scalar) {
                // The run of ASCII letters and digits from here, a byte at a time.
                scanner.advancePastASCIIWordRun(appendingFoldedTo: &folded)
                continue
            } else if isWordScalar(scalar) {
                var view = String.UnicodeScalarView()
                TextFolding.append(scalar, to: &view)
                folded.append(contentsOf: String(view).utf8)
            } else if let next = scanner.next, isWordScalar(next) {
                // Apostrophes and hyphens inside a word, separators inside a number.
                if TextFolding.isApostrophe(scalar), isLetter(next), !isNumber {
                    folded.append(UInt8(ascii: "'"))
                    hasApostrophe = true
                } else if scalar == "-", !isNumber {
                    folded.append(UInt8(ascii: "-"))
                } else if isNumber, scalar == "." || scalar == "," || scalar == ":", isDigit(next) {
                    folded.append(UInt8(scalar.value))
                } else {
                    break
                }
            } else {
                break
            }
            scanner.advance()
        }
        let kind: Token.Kind = isNumber ? .number : .word
        // "vraagteken" dictated after a word is the question mark it stands for.
        if !isNumber, !hasApostrophe, DictatedMarks.isMark(folded),
            DictatedMarks.endsClause(after: tokens.last ?? flushedLast)
        {
            tokens.append(
                Token(
                    kind: .punctuation, span: TextSpan(start: start, end: scanner.offset), folded: "?",
                    utf8Range: start8..<scanner.utf8Offset))
            return
        }
        // A chat form in its standard words, unless it is part of an abbreviation ("t.a.v.").
        if !isNumber, !hasApostrophe, folded.count <= SpokenForms.longestForm,
            !(scanner.current == "." && scanner.next.map(isLetter) == true),
            let standard = folded.withUnsafeBufferPointer(SpokenForms.standardWords(for:))
        {
            for part in standard {
                tokens.append(
                    Token(
                        kind: .word, span: TextSpan(start: start, end: scanner.offset), folded: part,
                        utf8Range: start8..<scanner.utf8Offset))
            }
            return
        }
        let word = String(decoding: folded, as: UTF8.self)
        guard hasApostrophe else {
            tokens.append(
                Token(
                    kind: kind, span: TextSpan(start: start, end: scanner.offset), folded: word,
                    utf8Range: start8..<scanner.utf8Offset))
            return
        }
        for part in Contractions.expand(word) {
            tokens.append(
                Token(
                    kind: kind, span: TextSpan(start: start, end: scanner.offset), folded: part,
                    utf8Range: start8..<scanner.utf8Offset))
        }
    }

    /// "'t", "'s", "'n": a contraction; otherwise the apostrophe opens a quotation.
    private static func readLeadingApostrophe(
        _ scanner: inout ScalarScanner, into tokens: inout [Token], scratch: inout [UInt8]
    ) {
        let apostropheOffset = scanner.offset
        let apostrophe8 = scanner.utf8Offset
        scanner.advance()
        let wordStart = tokens.count
        readWord(&scanner, into: &tokens, scratch: &scratch)
        let word = tokens[wordStart]
        if let expansion = Words.afterApostrophe[word.folded], word.span.end - word.span.start == 1 {
            tokens.removeSubrange(wordStart...)
            for part in expansion {
                tokens.append(
                    Token(
                        kind: .word, span: TextSpan(start: apostropheOffset, end: word.span.end), folded: part,
                        utf8Range: apostrophe8..<word.utf8Range.upperBound))
            }
        } else {
            let mark = QuoteMark(family: .single, canOpen: true, canClose: false)
            tokens.insert(
                Token(
                    kind: .quote(mark), span: TextSpan(start: apostropheOffset, end: apostropheOffset + 1), folded: "'",
                    utf8Range: apostrophe8..<word.utf8Range.lowerBound),
                at: wordStart)
        }
    }

    /// A one-scalar token at the scanner's position.
    private static func emit(_ kind: Token.Kind, _ scanner: ScalarScanner, _ folded: String, into tokens: inout [Token])
    {
        let width = scanner.current.map { UTF8.width($0) } ?? 0
        tokens.append(
            Token(
                kind: kind, span: TextSpan(start: scanner.offset, end: scanner.offset + 1), folded: folded,
                utf8Range: scanner.utf8Offset..<(scanner.utf8Offset + width)))
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x30 && value <= 0x39)
        }
        return isNonASCIIWordScalar(scalar)
    }

    /// Kept out of line: reading Unicode properties sets up type metadata on entry, which
    /// would otherwise cost every ASCII letter too.
    @inline(never)
    private static func isNonASCIIWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        TextFolding.isCombiningMark(scalar) || scalar.properties.isAlphabetic
            || scalar.properties.numericType == .decimal
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        isWordScalar(scalar) && !isDigit(scalar)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Zero-width joiners, variation selectors, BOM, controls: never part of a word or
    /// punctuation that matters.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFE00...0xFE0F, 0xFEFF: true
        default: false
        }
    }

    static func quoteFamily(_ scalar: Unicode.Scalar) -> QuoteMark.Family? {
        switch scalar.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB: .double
        case 0x27, 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A: .single
        default: nil
        }
    }
}

/// Walks the scalars of a text with one scalar of look-behind and one of look-ahead,
/// counting offsets. It decodes the text's UTF-8 bytes itself: they come from a `String`,
/// so they are well-formed, and an ASCII byte is its own scalar.
struct ScalarScanner {
    /// Valid only during `Tokenizer.tokenize`, which holds the string's bytes for it.
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where the scalar after `next` starts.
    private var nextStart = 0
    private(set) var previous: Unicode.Scalar?
    private(set) var current: Unicode.Scalar?
    private(set) var next: Unicode.Scalar?
    private(set) var offset = 0
    private(set) var utf8Offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        current = decodeNext()
        next = decodeNext()
    }

    mutating func advance() {
        guard let scalar = current else { return }
        utf8Offset += UTF8.width(scalar)
        previous = current
        current = next
        next = decodeNext()
        offset += 1
    }

    /// Moves past the current scalar, an ASCII letter or digit, and the ASCII letters and
    /// digits right after it, appending each lower-cased to `folded`: what appending each
    /// and calling `advance` would do, without decoding the scalars one by one.
    mutating func advancePastASCIIWordRun(appendingFoldedTo folded: inout [UInt8]) {
        var end = utf8Offset
        while end < bytes.count {
            let byte = bytes[end]
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                folded.append(byte)
            } else if byte >= 0x41 && byte <= 0x5A {
                folded.append(byte + 0x20)
            } else {
                break
            }
            end += 1
        }
        guard end > utf8Offset else { return advance() }
        offset += end - utf8Offset
        utf8Offset = end
        previous = Unicode.Scalar(bytes[end - 1])
        nextStart = end
        current = decodeNext()
        next = decodeNext()
    }

    /// The scalar at `nextStart`, moving `nextStart` past it; nil at the end.
    private mutating func decodeNext() -> Unicode.Scalar? {
        guard nextStart < bytes.count else { return nil }
        let lead = UInt32(bytes[nextStart])
        if lead < 0x80 {
            nextStart += 1
            return Unicode.Scalar(UInt8(lead))
        }
        let count = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = lead & (0x7F >> UInt32(count))
        for index in (nextStart + 1)..<(nextStart + count) {
            value = value << 6 | UInt32(bytes[index] & 0x3F)
        }
        nextStart += count
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Start of text, a space, or an opening bracket or dash before the current scalar.
    var previousIsBoundary: Bool {
        guard let previous else { return true }
        switch previous.value {
        case 0x28, 0x5B, 0x7B, 0x2D, 0x2013, 0x2014, 0x2F, 0x3A: return true  // ( [ { - – — / :
        default: return Tokenizer.isSpace(previous)
        }
    }

    /// End of text, a space or punctuation after the current scalar.
    var nextIsBoundary: Bool {
        guard let next else { return true }
        return !Tokenizer.isWordScalar(next)
    }
}
