/// Folds text into comparable words and decides whether a response touches a fact's
/// topic words. Matching is by word start on folded words, so the topic word `brief`
/// matches `brieven` and `meld` matches `melding`, and "één" matches "een". The Dutch
/// plural spellings are covered: `brief` → `brieven`, `huis` → `huizen`, `boom` → `bomen`.
public enum TopicWords {
    /// Lowercased words without diacritics, split on everything that is not a letter or digit.
    ///
    /// Works on the bytes: every ASCII byte that is not a letter or digit separates words
    /// (no character that holds one is a letter or digit: an ASCII character only takes
    /// marks after it), so the runs between them are folded apart, an ASCII run by its
    /// bytes and a run with other characters by `foldCharacters`. Folding a conversation
    /// turn after turn costs its bytes instead of its characters.
    public static func fold(_ text: String) -> [String] {
        var words: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var hasOther = false
            func flush(upTo end: Int) {
                guard start < end else { return }
                let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if hasOther {
                    words += foldCharacters(String(decoding: run, as: UTF8.self))
                } else {
                    words.append(
                        String(unsafeUninitializedCapacity: run.count) { buffer in
                            for (index, byte) in run.enumerated() {
                                buffer[index] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                            }
                            return run.count
                        })
                }
            }
            for (index, byte) in bytes.enumerated() {
                if byte >= 0x80 {
                    hasOther = true
                } else if !isASCIILetterOrDigit(byte) {
                    flush(upTo: index)
                    start = index + 1
                    hasOther = false
                }
            }
            flush(upTo: bytes.count)
        }
        return words
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// `fold` by characters: for text beyond ASCII.
    static func foldCharacters(_ text: String) -> [String] {
        let folded = text.lowercased().unicodeScalars.lazy.map { scalar -> Character in
            Character(Unicode.Scalar(baseLetter(of: scalar)) ?? scalar)
        }
        return String(folded).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Whether any word of `response` starts with one of the (folded) topic words.
    public static func touches(_ response: String, topicWords: [String]) -> Bool {
        matchCount(fold(response), topicWords: topicWords) > 0
    }

    /// How many of the topic words a set of folded response words starts with.
    static func matchCount(_ words: [String], topicWords: [String]) -> Int {
        TopicStems(topicWords).matchCount(words)
    }

    /// The word, and the forms its start takes in a Dutch plural: a final f or s turns into
    /// v or z (`brieven`, `huizen`) and a long vowel before the last consonant is written
    /// single (`bomen`, `straten`).
    static func stems(of word: String) -> [String] {
        var letters = Array(word)
        var stems = [word]
        guard letters.count >= 3 else { return stems }
        let last = letters.count - 1
        if letters[last] == "f" || letters[last] == "s" {
            letters[last] = letters[last] == "f" ? "v" : "z"
            stems.append(String(letters))
        }
        let vowels: Set<Character> = ["a", "e", "o", "u"]
        if letters.count >= 4, vowels.contains(letters[last - 1]), letters[last - 1] == letters[last - 2],
            !vowels.contains(letters[last])
        {
            stems += stems.map { stem in
                var single = Array(stem)
                single.remove(at: last - 1)
                return String(single)
            }
        }
        return stems
    }

    /// The unaccented Latin letter for common accented ones (é → e, ë → e, ï → i).
    private static func baseLetter(of scalar: Unicode.Scalar) -> UInt32 {
        switch scalar {
        case "à", "á", "â", "ä", "ã", "å": 0x61
        case "è", "é", "ê", "ë": 0x65
        case "ì", "í", "î", "ï": 0x69
        case "ò", "ó", "ô", "ö", "õ": 0x6F
        case "ù", "ú", "û", "ü": 0x75
        case "ç": 0x63
        case "ñ": 0x6E
        case "ý", "ÿ": 0x79
        default: scalar.value
        }
    }
}
