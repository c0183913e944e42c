/// Marks the tokens a rule must not match: words inside quotation marks, and words the
/// listener reports as the client's ("Je zegt dat het onterecht voelt", "U vindt het
/// onterecht") when the client did use them, in any form ("U schaamt zich, zegt u" after
/// "ik schaam me").
enum EchoDetector {
    /// What the echo pass found in one response: the tokens no rule may match, and where a
    /// bare check closes the response ("..., klopt dat?"), which the rule runner's conclusion
    /// check reads too.
    struct Reading {
        let blocked: [Bool]
        let summaryClosing: Int?
    }

    static func read(_ text: ResponseText, clientWords: ClientWords) -> Reading {
        let closingCheck = closingReadingCheck(in: text)
        return Reading(
            blocked: blockedTokens(in: text, clientWords: clientWords, closingCheck: closingCheck),
            summaryClosing: closingCheck)
    }

    private static func blockedTokens(in text: ResponseText, clientWords: ClientWords, closingCheck: Int?) -> [Bool] {
        var blocked = text.quoted
        let tokens = text.tokens
        let lists = ListenerWords.classes(of: tokens)
        ListenerAsides.block(in: text, lists, &blocked)
        guard !clientWords.isEmpty else { return blocked }
        var framed = false
        // Whether the sentence before reported the client's words ("je zegt: ...") up to a
        // semicolon: the report goes on in the statement after it.
        var reportGoesOn = false
        for sentence in text.sentences {
            // A frame ("even kijken of ik het goed heb: ...") carries over the statements
            // after it, up to the first question.
            // The frame's own words are the listener's: the client's words start after it.
            var index = sentence.tokens.lowerBound
            if let opening = ownReadingCheckOpening(sentence, tokens) {
                framed = true
                index = opening + 1
            } else if sentence.isQuestion {
                framed = false
            }
            let checked = closingCheck.map { givenBackForCheck(sentence, before: $0) } ?? false
            let reportedAfterwards = reportsAfterwards(sentence, tokens, lists)
            let goesOn = reportGoesOn && !sentence.isQuestion
            var reporting = framed || checked || reportedAfterwards || goesOn
            // Whether "je zegt dat ..." in this sentence (or the one it goes on from) opened
            // the report.
            var reportedHere = goesOn
            // A summary's echo is a run of the client's words holding one of their content
            // words: an "een" or "is" of the client's alone does not hide the listener's own
            // "is echt een hufter" around it.
            let givesFilmBack = (framed || checked) && !reportedAfterwards
            var run: [Int] = []
            var runHasContent = false
            func closeRun() {
                if !runHasContent { for member in run { blocked[member] = false } }
                run.removeAll()
                runHasContent = false
            }
            while index < sentence.tokens.upperBound {
                if let closingCheck, index >= closingCheck { break }
                let token = tokens[index]
                // "je zegt dat je je niet schaamt, maar ik hoor dat het je dwarszit": after
                // "maar ik" the listener speaks for themselves; the report ended before it.
                if reportedHere, token.isWord, token.folded == "maar", index + 1 < sentence.tokens.upperBound,
                    tokens[index + 1].folded == "ik"
                {
                    reporting = false
                    reportedHere = false
                }
                if reporting, token.isWord, !lists[index].contains(.listenerParticle),
                    clientWords.containsStem(of: token.folded)
                {
                    if givesFilmBack, !blocked[index] {
                        run.append(index)
                        if ContentWords.isContentWord(token.folded) { runHasContent = true }
                    }
                    blocked[index] = true
                } else if reporting, token.isWord, lists[index].contains(.listenerParticle),
                    // "U zegt: u had hem al vast": a listener's particle in a report is the
                    // client's only next to the word they said it with, so a "toch" or "vast"
                    // the client used elsewhere cannot hide a leading question.
                    clientWords.saidWithNeighbour(index, in: tokens, within: sentence.tokens)
                {
                    blocked[index] = true
                } else if !reporting, token.isWord, lists[index].contains(.secondPerson),
                    index + 1 < sentence.tokens.upperBound,
                    lists[index + 1].contains(.reportingVerb),
                    !pushesOwnView(after: index + 1, sentence, lists, tokens)
                {
                    reporting = true
                    reportedHere = true
                    index += 1
                } else if !reporting, token.isWord, lists[index].contains(.reportingClauseOpener),
                    index + 2 < sentence.tokens.upperBound,
                    lists[index + 1].contains(.secondPerson),
                    lists[index + 2].contains(.reportingVerbInClause)
                {
                    reporting = true
                    reportedHere = true
                    index += 2
                }
                // "je", "u", "uw": the listener's words for the client's "ik" and "mijn" leave
                // the run open ("dan moet u eruit" after "dan moet ik eruit").
                if givesFilmBack, token.isWord, !blocked[index], !addressWords.contains(token.folded) { closeRun() }
                index += 1
            }
            if givesFilmBack { closeRun() }
            // "je zegt: je wacht al een jaar; de vorige, Ellen, was heel lief": a semicolon
            // does not end what the client is reported to have said.
            reportGoesOn =
                reportedHere && sentence.tokens.contains { tokens[$0].kind == .punctuation && tokens[$0].folded == ";" }
        }
        return blocked
    }

    private static let addressWords = Words.addressWords
    /// "dus", "samengevat": a word that may open a summary before the listener's own reading
    /// check ("dus als ik het goed begrijp ...").
    private static let summaryOpeners = Words.summaryOpeners

    /// The summary openings with the listener's own "ik", chosen once: every sentence of
    /// every response is compared with them.
    private static let ownReadingOpenings = Words.summaryOpenings.filter { $0.contains("ik") }
    /// The words those openings start with: a sentence whose first words are none of them
    /// is not compared with every opening.
    private static let ownReadingFirstWords = WordLookup(Set(ownReadingOpenings.compactMap(\.first)))
    /// The words the closing checks end with, for the same reason.
    private static let closingLastWords = WordLookup(Set(Words.summaryClosings.compactMap(\.last)))

    /// "Als ik het goed begrijp, ...", "heb ik het goed dat ...", "oké, even kijken of ik mee
    /// ben: ...": the listener's reading offered for correction at the start of the sentence
    /// (interjections aside) gives the client's words back, as "u zegt dat ..." does (the
    /// summary openings with the listener's own "ik"). A summary opener may stand before it
    /// ("dus als ik het goed hoor ..."). The index of the opening's last word, nil when the
    /// sentence opens otherwise.
    private static func ownReadingCheckOpening(_ sentence: Sentence, _ tokens: [Token]) -> Int? {
        // The opening may start at any word up to the first after the interjections: "even"
        // is one of them ("even kijken of ik mee ben") as "oké" is.
        guard var firstWord = sentence.firstWordIndex else { return nil }
        if summaryOpeners.contains(tokens[firstWord].folded),
            let next = (firstWord + 1..<sentence.tokens.upperBound).first(where: { tokens[$0].isWord })
        {
            firstWord = next
        }
        for start in sentence.tokens.lowerBound...firstWord
        where tokens[start].isWord && ownReadingFirstWords.contains(tokens[start].folded) {
            let opening = Array((start..<sentence.tokens.upperBound).lazy.filter { tokens[$0].isWord }.prefix(8))
            for phrase in ownReadingOpenings where phrase.count <= opening.count {
                if zip(opening, phrase).allSatisfy({ tokens[$0.0].folded == $0.1 }) { return opening[phrase.count - 1] }
            }
        }
        return nil
    }

    /// The first token of a bare check that closes the response ("..., klopt dat?", "Heb ik
    /// dat goed?", `summary-closings`), as a sentence of its own, after a comma or, as chat
    /// types it, right after the summary's last word; nil when the response ends otherwise.
    private static func closingReadingCheck(in text: ResponseText) -> Int? {
        let tokens = text.tokens
        guard let last = text.sentences.last(where: { sentence in sentence.tokens.contains { tokens[$0].isWord } })
        else { return nil }
        // Every closing check ends with one of a few words ("dat", "goed"): the last word
        // of most responses is none of them.
        guard let lastWord = last.tokens.last(where: { tokens[$0].isWord }),
            closingLastWords.contains(tokens[lastWord].folded)
        else { return nil }
        var words: [Int] = []
        for index in last.tokens where tokens[index].isWord { words.append(index) }
        for phrase in Words.summaryClosings where phrase.count <= words.count {
            let tail = words.suffix(phrase.count)
            guard zip(tail, phrase).allSatisfy({ tokens[$0.0].folded == $0.1 }), let first = tail.first else {
                continue
            }
            // Nothing but punctuation after the phrase.
            guard (tail.last! + 1..<last.tokens.upperBound).allSatisfy({ tokens[$0].kind == .punctuation })
            else { continue }
            return first
        }
        return nil
    }

    /// Whether a sentence is part of the summary a closing check hands back: a statement
    /// before the check, or the words before ", klopt dat?" in the check's own sentence.
    static func givenBackForCheck(_ sentence: Sentence, before closing: Int) -> Bool {
        if sentence.tokens.contains(closing) { return sentence.form != .contentQuestion }
        return sentence.tokens.upperBound <= closing && sentence.form == .statement
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

    /// "ellen was heel lief zei je, en die is in de zomer weggegaan": chat drops the comma
    /// before "zei je" but keeps the one after it; at least two words are reported before the
    /// verb.
    private static func reportsBeforeComma(_ sentence: Sentence, _ tokens: [Token], _ lists: [ListenerWords]) -> Bool {
        var words = 0
        for index in sentence.tokens where tokens[index].isWord {
            if words >= 2, index + 2 < sentence.tokens.upperBound, lists[index].contains(.reportingVerbAfter),
                lists[index + 1].contains(.secondPerson), tokens[index + 2].folded == ","
            {
                return true
            }
            words += 1
        }
        return false
    }

    /// "Het was niet eerlijk, vindt u.": 'vinden' with its subject closing a statement after a
    /// comma reports the client's view as "zegt u" does; with a question mark ("..., vindt
    /// u?") it asks for agreement, and elsewhere it opens an opinion question.
    private static func closesStatementWithOpinionVerb(at verb: Int, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        guard sentence.form == .statement, Words.opinionVerbsAfter.contains(tokens[verb].folded) else {
            return false
        }
        return (verb + 2..<sentence.tokens.upperBound).allSatisfy { tokens[$0].kind == .punctuation }
    }

    /// "U bent kwaad, zegt u.": a reporting verb and "u"/"je" after the words they report.
    /// Chat drops the comma ("echt kansloos zeg je"): then the two words must close the
    /// sentence, or a clause after a comma must follow them ("ellen was heel lief zei je, en
    /// ..."), and the sentence must not ask with a question word ("wat zeg je?").
    private static func reportsAfterwards(_ sentence: Sentence, _ tokens: [Token], _ lists: [ListenerWords]) -> Bool {
        var index = sentence.tokens.lowerBound
        while index + 1 < sentence.tokens.upperBound {
            if tokens[index].folded == ",", index + 2 < sentence.tokens.upperBound,
                lists[index + 1].contains(.reportingVerbAfter)
                    || closesStatementWithOpinionVerb(at: index + 1, sentence, tokens),
                lists[index + 2].contains(.secondPerson)
            {
                return true
            }
            index += 1
        }
        guard sentence.form != .contentQuestion else { return false }
        if reportsBeforeComma(sentence, tokens, lists) { return true }
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
