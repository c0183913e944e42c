/// Tells content words (what a sentence is about) from function words, for comparing a
/// listener's summary with the client's words.
enum ContentWords {
    static func isContentWord(_ word: String) -> Bool {
        // An ASCII word's characters are its bytes, and of them only digits are numbers.
        var bytes = word
        let ascii = bytes.withUTF8 { utf8 -> Bool? in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            return utf8.count >= 3 && !(utf8[0] >= UInt8(ascii: "0") && utf8[0] <= UInt8(ascii: "9"))
        }
        if let ascii { return ascii && !functionWordLookup.contains(word) }
        return word.count >= 3 && !functionWords.contains(word) && !(word.first?.isNumber ?? false)
    }

    private static let functionWordLookup = WordLookup(functionWords)

    /// Function words and very common verbs and adverbs, folded. Hand-written.
    static let functionWords: Set<String> = [
        "de", "het", "een", "en", "of", "maar", "dat", "die", "dit", "deze", "wat", "wie", "waar", "hoe", "wanneer",
        "ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "jullie", "men", "mij", "me", "jou", "hem", "haar",
        "ons", "hun", "hen", "mijn", "jouw", "uw", "zijn", "onze", "jullie", "zich", "er", "hier", "daar", "nu",
        "toen", "dan", "nog", "al", "ook", "wel", "niet", "geen", "dus", "want", "omdat", "als", "zo", "te", "van",
        "in", "op", "aan", "met", "voor", "bij", "naar", "uit", "over", "om", "tot", "door", "tegen", "na", "zonder",
        "onder", "boven", "achter", "is", "was", "ben", "bent", "waren", "heb", "hebt", "heeft", "hebben", "had",
        "hadden", "word", "wordt", "werd", "werden", "worden", "geweest", "kan", "kun", "kunt", "kon", "konden",
        "kunnen", "moet", "moest", "moeten", "moesten", "wil", "wilt", "wilde", "willen", "zou", "zouden", "zal",
        "zult", "zullen", "mag", "mocht", "mogen", "gaat", "ging", "gaan", "gingen", "doet", "deed", "doen", "gedaan",
        "komt", "kwam", "komen", "staan", "staat", "stond", "zit", "zat", "ligt", "lag", "nou", "toch", "even",
        "maar", "heel", "erg", "echt", "zeer", "veel", "weinig", "meer", "minder", "alles", "niets", "niks", "iets",
        "iemand", "allemaal", "elke", "ieder", "steeds", "weer", "nog", "sinds", "tijdens", "nadat", "voordat",
        "zegt", "zei", "zeggen", "gezegd", "vertelt", "vertelde", "keer", "keren", "precies", "ongeveer", "ja",
        "nee", "oke", "zelf", "ander", "andere", "anders", "eerst", "daarna", "later", "pas", "net", "bijna",
    ]
}
