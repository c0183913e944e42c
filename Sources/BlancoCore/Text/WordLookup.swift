/// A fixed set of folded words that answers `contains` for an ASCII word by its bytes
/// (`ASCIIWordTable`) and for any other word like the `Set<String>` it mirrors. The
/// analyzer asks such sets about every word of every response; hashing a `String` costs
/// several times more than the byte lookup.
struct WordLookup: Sendable {
    let words: Set<String>
    private let ascii: ASCIIWordTable
    /// False when a word holds a scalar canonically equal to an ASCII one; then only the
    /// set answers, so the answers stay those of `words.contains`.
    let asciiIsExact: Bool

    init(_ words: Set<String>) {
        self.words = words
        var ascii = ASCIIWordTable()
        var asciiIsExact = true
        for word in words { Self.file(word, in: &ascii, asciiIsExact: &asciiIsExact) }
        self.ascii = ascii
        self.asciiIsExact = asciiIsExact
    }

    private init(words: Set<String>, ascii: ASCIIWordTable, asciiIsExact: Bool) {
        self.words = words
        self.ascii = ascii
        self.asciiIsExact = asciiIsExact
    }

    /// This lookup with `more` words (none of them in it yet): the same answers as a
    /// lookup made of all the words, made by copying these tables and adding to them.
    func adding(_ more: [String]) -> WordLookup {
        var words = words
        var ascii = ascii
        var asciiIsExact = asciiIsExact
        for word in more where words.insert(word).inserted {
            Self.file(word, in: &ascii, asciiIsExact: &asciiIsExact)
        }
        return WordLookup(words: words, ascii: ascii, asciiIsExact: asciiIsExact)
    }

    private static func file(_ word: String, in ascii: inout ASCIIWordTable, asciiIsExact: inout Bool) {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            ascii.insert(word, value: 0)
        } else if ASCIIWordTable.hasASCIIEquivalent(word) {
            asciiIsExact = false
        }
    }

    func contains(_ word: String) -> Bool {
        if asciiIsExact {
            switch ascii.lookup(word) {
            case .found: return true
            case .absent: return false
            case .notASCII: break
            }
        }
        return words.contains(word)
    }

    /// An ASCII word looked up by its bytes; `.notASCII` for other words. Exact only when
    /// `asciiIsExact`.
    func lookupASCII(_ word: UnsafeBufferPointer<UInt8>) -> ASCIIWordTable.Lookup {
        ascii.lookup(word)
    }
}
