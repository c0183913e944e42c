/// Marks the tokens a rule must not match: words inside quotation marks, and words the
/// listener reports as the client's ("Je zegt dat het onterecht voelt", "U vindt het
/// onterecht") when the client did use them, in any form ("U schaamt zich, zegt u" after
/// "ik schaam me").
enum EchoDetector {
    static func blockedTokens(in text: ResponseText, clientWords: ClientWords) -> [Bool] {
        var blocked = text.quoted
        guard !clientWords.isEmpty else { return blocked }
        let tokens = text.tokens
        for sentence in text.sentences {
            var reporting = reportsAfterwards(sentence, tokens)
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                let token = tokens[index]
                if reporting, token.isWord, !listenerParticles.contains(token.folded), clientWords.containsStem(of: token.folded) {
                    blocked[index] = true
                } else if !reporting, token.isWord, isSecondPerson(token.folded),
                    index + 1 < sentence.tokens.upperBound,
                    reportingVerbs.contains(tokens[index + 1].folded)
                {
                    reporting = true
                    index += 1
                } else if !reporting, token.isWord, token.folded == "zoals" || token.folded == "wat",
                    index + 2 < sentence.tokens.upperBound,
                    isSecondPerson(tokens[index + 1].folded),
                    ["zei", "zegt", "vertelde", "vertelt", "noemde", "noemt"].contains(tokens[index + 2].folded)
                {
                    reporting = true
                    index += 2
                }
                index += 1
            }
        }
        return blocked
    }

    private static let reportingVerbs = WordLookup(Words.reportingVerbs)

    /// Particles that colour the listener's own sentence ("U vindt het toch ook oneerlijk?"):
    /// never the client's words, even when the client happened to use them.
    private static let listenerParticles = WordLookup(["toch", "zeker", "vast"])

    private static func isSecondPerson(_ word: String) -> Bool {
        word == "je" || word == "u" || word == "jij" || word == "jullie"
    }

    /// "U bent kwaad, zegt u.": a reporting verb and "u"/"je" after the words they report.
    private static func reportsAfterwards(_ sentence: Sentence, _ tokens: [Token]) -> Bool {
        var index = sentence.tokens.lowerBound
        while index + 1 < sentence.tokens.upperBound {
            if tokens[index].folded == ",", index + 2 < sentence.tokens.upperBound,
                ["zegt", "zei", "zeg", "noemt", "noemde", "vertelt", "vertelde"].contains(tokens[index + 1].folded),
                isSecondPerson(tokens[index + 2].folded)
            {
                return true
            }
            index += 1
        }
        return false
    }
}
