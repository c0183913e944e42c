/// The textual pattern language of rule files (`Rules/README.md`): one line of elements
/// separated by spaces, each looking at the next token(s) of a sentence.
///
///     dat|dit is|was @intensifiers? ...2 raar|vreemd END
///
/// - `a|b|c`: one word of these (folded: lower case, no accents); `@name` stands for a
///   vocabulary file and may be mixed in: `@exclamative|terecht|kras`.
/// - `X?`: the element, or nothing. `!a|b`: one word that is none of these.
/// - `...N`: up to N tokens of any kind, as few as possible.
/// - `START`: only interjections stand before this point in the sentence. `END`: only
///   punctuation or a closing tag ("zeg", "hoor") follows. `PAUSE`: a comma or colon follows
///   (after closing tags), or the sentence ends. `REST`: the rest of the sentence.
/// - `CAPS`: one word written in capitals as an abbreviation ("SKGZ", "C45B", "BARO-gesprek")
///   that no pattern or word list names.
/// - `SAME`: one word that is the same word as the one the match starts at ("dealen is
///   dealen"); it cannot come before the pattern's first word.
public enum PatternElementSource: Hashable, Sendable {
    case words([PatternTerm])
    case except([PatternTerm])
    case optional([PatternTerm])
    case skip(Int)
    case start
    case end
    case pause
    case rest
    case capitals
    case same
}

/// One alternative of a word element: a word, or a named vocabulary.
public enum PatternTerm: Hashable, Sendable {
    case word(String)
    case vocabulary(String)
}

public enum PatternSyntax {
    /// The longest skip a pattern may take; the matcher's cost per position grows with it.
    public static let maximumSkip = 10

    /// The elements of one `match:` line, or what is wrong with it (in Dutch).
    public static func parse(_ line: Substring, vocabularies: Set<String>) -> Result<
        [PatternElementSource], PatternSyntaxError
    > {
        var elements: [PatternElementSource] = []
        // Split by scalars, not characters: start-up parses every bundled pattern line.
        for scalars in line.unicodeScalars.split(whereSeparator: isSpace) {
            let part = Substring(scalars)
            switch element(part, vocabularies: vocabularies) {
            case .success(let element): elements.append(element)
            case .failure(let error): return .failure(error)
            }
        }
        if let same = elements.firstIndex(of: .same),
            !elements[..<same].contains(where: { $0.consumesToken })
        {
            return .failure(
                PatternSyntaxError("'SAME' herhaalt het woord waarmee de vondst begint: zet er eerst een woord voor"))
        }
        guard elements.contains(where: \.consumesToken) else {
            return .failure(
                PatternSyntaxError("een patroon heeft minstens één woord nodig, bijvoorbeeld 'dat|dit is raar'"))
        }
        return .success(elements)
    }

    private static func element(_ part: Substring, vocabularies: Set<String>) -> Result<
        PatternElementSource, PatternSyntaxError
    > {
        switch part {
        case "START": return .success(.start)
        case "END": return .success(.end)
        case "PAUSE": return .success(.pause)
        case "REST": return .success(.rest)
        case "CAPS": return .success(.capitals)
        case "SAME": return .success(.same)
        default: break
        }
        if part.hasPrefix("...") {
            guard let count = Int(part.dropFirst(3)), (1...maximumSkip).contains(count) else {
                return .failure(
                    PatternSyntaxError(
                        "'\(part)': een sprong schrijf je als '...N' met N van 1 tot \(maximumSkip), bijvoorbeeld '...2'"
                    ))
            }
            return .success(.skip(count))
        }
        if part.hasPrefix("!") {
            return terms(part.dropFirst(), in: part, vocabularies: vocabularies).map { .except($0) }
        }
        if part.hasSuffix("?") {
            return terms(part.dropLast(), in: part, vocabularies: vocabularies).map { .optional($0) }
        }
        return terms(part, in: part, vocabularies: vocabularies).map { .words($0) }
    }

    private static func terms(_ text: Substring, in part: Substring, vocabularies: Set<String>) -> Result<
        [PatternTerm], PatternSyntaxError
    > {
        var terms: [PatternTerm] = []
        for scalars in text.unicodeScalars.split(separator: "|", omittingEmptySubsequences: false) {
            let alternative = Substring(scalars)
            if alternative.hasPrefix("@") {
                let name = String(alternative.dropFirst())
                guard vocabularies.contains(name) else {
                    var message = "'\(part)': onbekende woordenlijst '@\(name)'"
                    if let close = EditDistance.closest(to: name, in: vocabularies.sorted()) {
                        message += "; bedoelde je '@\(close)'?"
                    }
                    return .failure(PatternSyntaxError(message))
                }
                terms.append(.vocabulary(name))
                continue
            }
            guard !alternative.isEmpty else {
                return .failure(PatternSyntaxError("'\(part)': leeg woord; scheid woorden met één '|', zoals 'is|was'"))
            }
            let word = String(alternative)
            guard isWord(word) else {
                return .failure(
                    PatternSyntaxError(
                        "'\(part)': '\(word)' is geen woord zoals de analyse het ziet; schrijf kleine letters zonder accenten (\(TextFolding.fold(word)))"
                    ))
            }
            terms.append(.word(word))
        }
        return .success(terms)
    }

    /// Whether a scalar separates elements; ASCII is answered without the property tables.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// Whether a word is written as the tokenizer folds it, so a token can ever equal it.
    static func isWord(_ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        // Plain ASCII lower case, digits, "'" and "-" fold to themselves and pass the test below:
        // nearly every word of the bundled patterns, parsed at start-up, is answered here.
        if word.utf8.allSatisfy(isFoldedASCII) { return true }
        return TextFolding.fold(word) == word
            && !word.unicodeScalars.contains {
                !($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "'" || $0 == "-")
            }
    }

    /// A lower-case ASCII letter, a digit, "'" or "-".
    private static func isFoldedASCII(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x27 || byte == 0x2D
    }

    /// The line that parses back to `elements`.
    public static func render(_ elements: [PatternElementSource]) -> String {
        elements.map { element in
            switch element {
            case .words(let terms): render(terms)
            case .except(let terms): "!" + render(terms)
            case .optional(let terms): render(terms) + "?"
            case .skip(let count): "...\(count)"
            case .start: "START"
            case .end: "END"
            case .pause: "PAUSE"
            case .rest: "REST"
            case .capitals: "CAPS"
            case .same: "SAME"
            }
        }.joined(separator: " ")
    }

    static func render(_ terms: [PatternTerm]) -> String {
        terms.map { term in
            switch term {
            case .word(let word): word
            case .vocabulary(let name): "@" + name
            }
        }.joined(separator: "|")
    }
}

/// What is wrong with one pattern line, in Dutch.
public struct PatternSyntaxError: Error, Sendable, Hashable {
    public let message: String
    init(_ message: String) { self.message = message }
}

extension PatternElementSource {
    var consumesToken: Bool {
        switch self {
        case .words, .except, .optional, .capitals, .same: true
        case .skip, .start, .end, .pause, .rest: false
        }
    }
}
