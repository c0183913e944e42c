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
        var result: [String] = []
        forEach(of: word) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// The slips of `of(word)`, in the same order, handed to `body` as bytes one at a time
    /// (valid only during the call): the rule book's vocabulary makes tens of thousands at
    /// every start, and an array and a string for each cost more than looking them up.
    static func forEach(of word: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var word = word
        word.withUTF8 { letters in
            guard letters.count >= minimumLength, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return }
            let count = letters.count
            var slip = [UInt8](letters)
            slip.withUnsafeMutableBufferPointer { slip in
                // The word without its second letter; each step below puts one letter back
                // and so drops the next one instead.
                for after in 1..<(count - 1) { slip[after] = letters[after + 1] }
                var previous: UInt8 = 0
                for index in 1..<(count - 1) {
                    if index > 1 { slip[index - 1] = letters[index - 1] }
                    // Dropping either letter of a double gives the same slip; once is enough.
                    if letters[index] == previous { continue }
                    previous = letters[index]
                    body(UnsafeBufferPointer(rebasing: slip[..<(count - 1)]))
                }
                if let last = letters.last, last == UInt8(ascii: "d") || last == UInt8(ascii: "t") {
                    for index in letters.indices { slip[index] = letters[index] }
                    slip[letters.count - 1] = last == UInt8(ascii: "d") ? UInt8(ascii: "t") : UInt8(ascii: "d")
                    body(UnsafeBufferPointer(slip))
                }
            }
        }
    }
}
