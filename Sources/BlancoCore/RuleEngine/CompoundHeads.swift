/// The heads of the client's closed compounds: "aanslag" in "naheffingsaanslag", "regels"
/// in "gedragsregels". A listener who asks about "die aanslag" after the client's
/// "naheffingsaanslag" repeats the client's own word, as with the hyphenated parts of
/// "gsm-abonnement".
///
/// A head is an ending of at least five letters after at least three (so "on" + "eerlijk"
/// and short endings such as "-heid" or "-ing" never count). The set of endings holds many
/// that are no word at all ("ffingsaanslag"); it is only ever asked about a word the
/// listener typed, so those never match.
enum CompoundHeads {
    static let minimumHead = 5
    static let minimumModifier = 3
    /// Longer than any compound a client types ("arbeidsongeschiktheidsverzekering" has 33
    /// letters): a longer "word" is a pasted link or a run of letters, and its endings would
    /// cost time and memory in the square of its length.
    static let maximumCompound = 60

    /// Every ending of the words (and of their singulars) that could be a compound's head.
    static func heads<Words: Sequence<String>>(of words: Words) -> Set<String> {
        var heads: Set<String> = []
        // A word more than two letters longer than a compound has no form short enough.
        for word in words where word.count <= maximumCompound + 2 {
            for form in forms(of: word) {
                let letters = Array(form)
                guard letters.count >= minimumHead + minimumModifier, letters.count <= maximumCompound else {
                    continue
                }
                for start in minimumModifier...(letters.count - minimumHead) {
                    heads.insert(String(letters[start...]))
                }
            }
        }
        return heads
    }

    /// The word and, for a plural or inflected form, its shorter forms ("aanslagen" →
    /// "aanslag", "regels" → "regel"), as long as they keep five letters.
    static func forms(of word: String) -> [String] {
        var forms = [word]
        for ending in ["en", "s", "e"] where word.hasSuffix(ending) {
            let form = String(word.dropLast(ending.count))
            if form.count >= minimumHead { forms.append(form) }
        }
        return forms
    }
}
