/// The inflected form of a Dutch adjective ("belachelijk" → "belachelijke", "naar" →
/// "nare", "knap" → "knappe", "lief" → "lieve"), so a lexicon of base forms also finds
/// "een belachelijke verhoging".
enum DutchInflection {
    static func inflected(_ adjective: String) -> String {
        let letters = Array(adjective)
        guard letters.count >= 3, !adjective.hasSuffix("e") else { return adjective }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let last = letters[letters.count - 1]
        let beforeLast = letters[letters.count - 2]
        let third = letters[letters.count - 3]
        // A long vowel written double before the last consonant loses one: naar → nare.
        if vowels.contains(beforeLast), beforeLast == third, !vowels.contains(last) {
            let stem = String(letters[..<(letters.count - 2)]) + String(finalVoiced(last))
            return stem + "e"
        }
        if adjective.hasSuffix("ief") || adjective.hasSuffix("oos") || adjective.hasSuffix("aas") {
            return String(letters.dropLast()) + String(finalVoiced(last)) + "e"
        }
        // One short vowel before one consonant in a one-syllable word doubles it: knap → knappe.
        let vowelCount = letters.filter { vowels.contains($0) }.count
        if vowelCount == 1, vowels.contains(beforeLast), !vowels.contains(last), !"wjy".contains(last),
            !vowels.contains(third)
        {
            return adjective + String(last) + "e"
        }
        return adjective + "e"
    }

    private static func finalVoiced(_ consonant: Character) -> Character {
        switch consonant {
        case "f": "v"
        case "s": "z"
        default: consonant
        }
    }

    /// The base forms and their inflected forms.
    static func withInflections(_ words: Set<String>) -> Set<String> {
        var result = words
        for word in words where !word.contains(" ") { result.insert(inflected(word)) }
        return result
    }
}
