/// The heads of the client's closed compounds: "aanslag" in "naheffingsaanslag", "regels"
/// in "gedragsregels". A listener who asks about "die aanslag" after the client's
/// "naheffingsaanslag" repeats the client's own word, as with the hyphenated parts of
/// "gsm-abonnement".
///
/// A head is an ending of at least five letters after at least three (so "on" + "eerlijk"
/// and short endings such as "-heid" or "-ing" never count).
///
/// Every context is prepared anew, and most are never asked about a head, so the endings
/// are not made up front (making every ending of every word as a string cost an eighth of a
/// jsonl stream's instructions): the client's words of plain ASCII are filed by their last
/// four bytes, and a head is looked up among the few words that end like it. Only a word
/// that is not plain ASCII ("café-eigenaar" before folding, or a word in another script)
/// has its endings made, as before, so it answers exactly as `String` comparison does.
struct CompoundHeads: Sendable {
    static let minimumHead = 5
    static let minimumModifier = 3
    /// Longer than any compound a client types ("arbeidsongeschiktheidsverzekering" has 33
    /// letters): a longer "word" is a pasted link or a run of letters, and its endings would
    /// cost time and memory in the square of its length.
    static let maximumCompound = 60

    /// The word forms of plain ASCII (a letter is a byte) that can hold a head.
    private var asciiForms: [String] = []
    /// Per form in `asciiForms`: its last four bytes in the high half and its index in the
    /// low half, sorted.
    private var byEnd: [UInt64] = []
    /// Every ending of the other forms that could be a head.
    private var otherHeads: Set<String> = []

    var isEmpty: Bool { asciiForms.isEmpty && otherHeads.isEmpty }

    /// The heads of the words (and of their singulars).
    init<Words: Sequence<String>>(of words: Words) {
        add(words)
        byEnd.sort()
    }

    /// These heads and those of `words`.
    func adding<Words: Sequence<String>>(_ words: Words) -> CompoundHeads {
        var heads = self
        heads.add(words)
        // Two sorted runs, which the standard library's sort merges in one pass.
        heads.byEnd.sort()
        return heads
    }

    private mutating func add<Words: Sequence<String>>(_ words: Words) {
        // A word more than two letters longer than a compound has no form short enough (a
        // word has at least as many bytes as letters, so a short one is not counted).
        for word in words where word.utf8.count <= Self.maximumCompound + 2 || word.count <= Self.maximumCompound + 2 {
            for form in Self.forms(of: word) {
                if let bytes = Self.plainASCII(form) {
                    guard bytes.count >= Self.minimumHead + Self.minimumModifier, bytes.count <= Self.maximumCompound
                    else { continue }
                    byEnd.append(UInt64(Self.lastFour(bytes)) << 32 | UInt64(asciiForms.count))
                    asciiForms.append(form)
                } else {
                    otherHeads.formUnion(Self.endings(of: form))
                }
            }
        }
    }

    /// Whether `head` is an ending of at least five letters after at least three of one of
    /// the forms.
    func contains(_ head: String) -> Bool {
        if !otherHeads.isEmpty, otherHeads.contains(head) { return true }
        guard !asciiForms.isEmpty else { return false }
        guard let bytes = Self.plainASCII(head) else {
            // Only a word with a scalar canonically equal to an ASCII one (the Kelvin sign)
            // can equal an ASCII ending: then compare as strings.
            return ASCIIWordTable.hasASCIIEquivalent(head)
                && asciiForms.contains { Self.endings(of: $0).contains(head) }
        }
        guard bytes.count >= Self.minimumHead else { return false }
        // Filed as `WordStarts` files words by their first four bytes, here by their last four.
        return WordStarts.any(startingWith: Self.lastFour(bytes), in: byEnd) { index in
            let form = asciiForms[index].utf8
            return form.count >= bytes.count + Self.minimumModifier && form.reversed().starts(with: bytes.reversed())
        }
    }

    /// Every ending of a form that could be a head, as strings of its letters.
    private static func endings(of form: String) -> [String] {
        let letters = Array(form)
        guard letters.count >= minimumHead + minimumModifier, letters.count <= maximumCompound else { return [] }
        return (minimumModifier...(letters.count - minimumHead)).map { String(letters[$0...]) }
    }

    /// The bytes of a word of printable ASCII, where each letter is one byte; nil otherwise.
    private static func plainASCII(_ word: String) -> String.UTF8View? {
        word.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x80 } ? word.utf8 : nil
    }

    /// The last four bytes of a word of at least four.
    private static func lastFour(_ bytes: String.UTF8View) -> UInt32 {
        bytes.suffix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// The word and, for a plural or inflected form, its shorter forms ("aanslagen" →
    /// "aanslag", "regels" → "regel"), as long as they keep five letters.
    static func forms(of word: String) -> [String] {
        var forms = [word]
        // Asked of every word a listener may echo: a word of plain ASCII is read by its
        // bytes, which are its letters, instead of by `Character`.
        if let bytes = plainASCII(word) {
            for ending in ["en", "s", "e"] where bytes.count >= ending.utf8.count + minimumHead {
                if bytes.reversed().starts(with: ending.utf8.reversed()) {
                    forms.append(String(Substring(bytes.dropLast(ending.utf8.count))))
                }
            }
            return forms
        }
        for ending in ["en", "s", "e"] where word.hasSuffix(ending) {
            let form = String(word.dropLast(ending.count))
            if form.count >= minimumHead { forms.append(form) }
        }
        return forms
    }
}
