/// Marks the tokens a rule must not match: words inside quotation marks, and words the
/// listener reports as the client's ("Je zegt dat het onterecht voelt", "U vindt het
/// onterecht") when the client did use them, in any form ("U schaamt zich, zegt u" after
/// "ik schaam me").
enum EchoDetector {
    static func blockedTokens(in text: ResponseText, clientWords: ClientWords) -> [Bool] {
        var blocked = text.quoted
        ListenerAsides.block(in: text, &blocked)
        guard !clientWords.isEmpty else { return blocked }
        let tokens = text.tokens
        for sentence in text.sentences {
            var reporting = reportsAfterwards(sentence, tokens)
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                let token = tokens[index]
                if reporting, token.isWord, !listenerParticles.contains(token.folded),
                    clientWords.containsStem(of: token.folded)
                {
                    blocked[index] = true
                } else if !reporting, token.isWord, isSecondPerson(token.folded),
                    index + 1 < sentence.tokens.upperBound,
                    reportingVerbs.contains(tokens[index + 1].folded),
                    !pushesOwnView(after: index + 1, sentence, tokens)
                {
                    reporting = true
                    index += 1
                } else if !reporting, token.isWord, reportingClauseOpeners.contains(token.folded),
                    index + 2 < sentence.tokens.upperBound,
                    isSecondPerson(tokens[index + 1].folded),
                    reportingVerbsInClause.contains(tokens[index + 2].folded)
                {
                    reporting = true
                    index += 2
                }
                index += 1
            }
        }
        return blocked
    }

    /// "U vroeg of ik het ook schandalig vind" reports the client's question.
    private static let reportingVerbs = WordLookup(Words.reportingVerbs.union(Words.askingVerbs))

    private static let listenerParticles = WordLookup(Words.listenerParticles)
    private static let reportingVerbsAfter = WordLookup(Words.reportingVerbsAfter)
    private static let reportingVerbsInClause = WordLookup(Words.reportingVerbsInClause)
    private static let reportingClauseOpeners = WordLookup(Words.reportingClauseOpeners)
    private static let secondPerson = WordLookup(Words.secondPerson)

    private static func isSecondPerson(_ word: String) -> Bool {
        secondPerson.contains(word)
    }

    /// "Je vindt toch ook dat ...": a listener's particle right after the verb makes the
    /// clause the listener's own view put to the client, not the client's view reported.
    private static func pushesOwnView(after verb: Int, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        verb + 1 < sentence.tokens.upperBound && listenerParticles.contains(tokens[verb + 1].folded)
    }

    /// "U bent kwaad, zegt u.": a reporting verb and "u"/"je" after the words they report.
    private static func reportsAfterwards(_ sentence: Sentence, _ tokens: [Token]) -> Bool {
        var index = sentence.tokens.lowerBound
        while index + 1 < sentence.tokens.upperBound {
            if tokens[index].folded == ",", index + 2 < sentence.tokens.upperBound,
                reportingVerbsAfter.contains(tokens[index + 1].folded),
                isSecondPerson(tokens[index + 2].folded)
            {
                return true
            }
            index += 1
        }
        return false
    }
}
