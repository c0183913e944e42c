/// The slips students make in long words, which the rules tolerate: a dropped letter
/// ("beschiking", "eigelijk", "mischien") and a d/t slip at the end ("verwijtbaart",
/// "vervelent"). Missing diacritics need nothing: words are compared without them.
///
/// Only words of at least `minimumLength` letters get variants, so short function words
/// ("dat", "wat", "niet", "heb") are never read as other words. The first and last letter
/// stay: dropping those turns a word into a different one ("verkeerd" → "verkeer").
public enum SpellingVariants {
    /// Shorter words are too easily another word with one letter less.
    public static let minimumLength = 8

    /// The slips of a folded word; none for short words or words with a hyphen or apostrophe.
    public static func of(_ word: String) -> [String] {
        let letters = Array(word.utf8)
        guard letters.count >= minimumLength, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return [] }
        var result: [String] = []
        var previous: UInt8 = 0
        for index in 1..<(letters.count - 1) {
            // Dropping either letter of a double gives the same slip; once is enough.
            if letters[index] == previous { continue }
            previous = letters[index]
            var slip = letters
            slip.remove(at: index)
            result.append(String(decoding: slip, as: UTF8.self))
        }
        if let last = letters.last, last == UInt8(ascii: "d") || last == UInt8(ascii: "t") {
            var slip = letters
            slip[slip.count - 1] = last == UInt8(ascii: "d") ? UInt8(ascii: "t") : UInt8(ascii: "d")
            result.append(String(decoding: slip, as: UTF8.self))
        }
        return result
    }
}
