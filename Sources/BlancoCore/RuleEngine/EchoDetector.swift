/// Marks the tokens a rule must not match: words inside quotation marks, and words the
/// listener reports as the client's ("Je zegt dat het onterecht voelt", "U vindt het
/// onterecht") when the client did use them, in any form ("U schaamt zich, zegt u" after
/// "ik schaam me").
enum EchoDetector {
    static func blockedTokens(in text: ResponseText, clientWords: ClientWords) -> [Bool] {
        var blocked = text.quoted
        let tokens = text.tokens
        let lists = ListenerWords.classes(of: tokens)
        ListenerAsides.block(in: text, lists, &blocked)
        guard !clientWords.isEmpty else { return blocked }
        for sentence in text.sentences {
            var reporting =
                reportsAfterwards(sentence, tokens, lists) || opensWithOwnReadingCheck(sentence, tokens)
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                let token = tokens[index]
                if reporting, token.isWord, !lists[index].contains(.listenerParticle),
                    clientWords.containsStem(of: token.folded)
                {
                    blocked[index] = true
                } else if reporting, token.isWord, lists[index].contains(.listenerParticle),
                    saidByClient(particle: index, sentence, tokens, clientWords)
                {
                    blocked[index] = true
                } else if !reporting, token.isWord, lists[index].contains(.secondPerson),
                    index + 1 < sentence.tokens.upperBound,
                    lists[index + 1].contains(.reportingVerb),
                    !pushesOwnView(after: index + 1, sentence, lists, tokens)
                {
                    reporting = true
                    index += 1
                } else if !reporting, token.isWord, lists[index].contains(.reportingClauseOpener),
                    index + 2 < sentence.tokens.upperBound,
                    lists[index + 1].contains(.secondPerson),
                    lists[index + 2].contains(.reportingVerbInClause)
                {
                    reporting = true
                    index += 2
                }
                index += 1
            }
        }
        return blocked
    }

    /// "U zegt: u had hem al vast", "dat u vast iets fout had gedaan, zegt u": a listener's
    /// particle in a reporting clause is the client's own when the client said it next to
    /// the same word ("ik had hem al vast"); anywhere else it stays the listener's, so a
    /// "toch" or "vast" the client used elsewhere cannot hide a leading question.
    private static func saidByClient(
        particle index: Int, _ sentence: Sentence, _ tokens: [Token], _ clientWords: ClientWords
    ) -> Bool {
        let word = tokens[index].folded
        let before = sentence.tokens[..<index].last { tokens[$0].isWord }
        let after = sentence.tokens[(index + 1)...].first { tokens[$0].isWord }
        if let before, clientWords.saidInARow(tokens[before].folded, word) { return true }
        if let after, clientWords.saidInARow(word, tokens[after].folded) { return true }
        return false
    }

    /// "Als ik het goed begrijp, ...", "heb ik het goed dat ...": the listener's reading
    /// offered for correction at the start of the sentence gives the client's words back, as
    /// "u zegt dat ..." does (the summary openings with the listener's own "ik").
    private static func opensWithOwnReadingCheck(_ sentence: Sentence, _ tokens: [Token]) -> Bool {
        let words = sentence.tokens.lazy.filter { tokens[$0].isWord }.prefix(6).map { tokens[$0].folded }
        let opening = Array(words)
        return Words.summaryOpenings.contains { phrase in
            phrase.contains("ik") && opening.starts(with: phrase)
        }
    }

    /// "Je vindt toch ook dat ...": a listener's particle right after the verb makes the
    /// clause the listener's own view put to the client, not the client's view reported.
    /// "Je vindt het toch ook oneerlijk": an object pronoun may stand between the verb and
    /// the particle.
    private static func pushesOwnView(
        after verb: Int, _ sentence: Sentence, _ lists: [ListenerWords], _ tokens: [Token]
    ) -> Bool {
        guard verb + 1 < sentence.tokens.upperBound else { return false }
        if lists[verb + 1].contains(.listenerParticle) { return true }
        return verb + 2 < sentence.tokens.upperBound && Words.objectPronouns.contains(tokens[verb + 1].folded)
            && lists[verb + 2].contains(.listenerParticle)
    }

    /// "U bent kwaad, zegt u.": a reporting verb and "u"/"je" after the words they report.
    /// Chat drops the comma ("echt kansloos zeg je"): then the two words must close the
    /// sentence, and the sentence must not ask with a question word ("wat zeg je?").
    private static func reportsAfterwards(_ sentence: Sentence, _ tokens: [Token], _ lists: [ListenerWords]) -> Bool {
        var index = sentence.tokens.lowerBound
        while index + 1 < sentence.tokens.upperBound {
            if tokens[index].folded == ",", index + 2 < sentence.tokens.upperBound,
                lists[index + 1].contains(.reportingVerbAfter),
                lists[index + 2].contains(.secondPerson)
            {
                return true
            }
            index += 1
        }
        guard sentence.form != .contentQuestion else { return false }
        // From the end: "je" or "u", then the verb, then at least one word they report.
        var seen = 0
        for index in sentence.tokens.reversed() where tokens[index].isWord {
            seen += 1
            switch seen {
            case 1: if !lists[index].contains(.secondPerson) { return false }
            case 2: if !lists[index].contains(.reportingVerbAfter) { return false }
            default: return true
            }
        }
        return false
    }
}
