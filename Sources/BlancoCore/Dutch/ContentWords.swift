/// Tells content words (what a sentence is about) from function words
/// (`Rules/nl/vocabulary/function-words.md`), for comparing a listener's summary with the
/// client's words.
enum ContentWords {
    static func isContentWord(_ word: String) -> Bool {
        // An ASCII word's characters are its bytes, and of them only digits are numbers.
        var bytes = word
        let ascii = bytes.withUTF8 { utf8 -> Bool? in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            return utf8.count >= 3 && !(utf8[0] >= UInt8(ascii: "0") && utf8[0] <= UInt8(ascii: "9"))
        }
        if let ascii { return ascii && !functionWordLookup.contains(word) }
        return word.count >= 3 && !Words.functionWords.contains(word) && !(word.first?.isNumber ?? false)
    }

    private static let functionWordLookup = WordLookup(Words.functionWords)
}
