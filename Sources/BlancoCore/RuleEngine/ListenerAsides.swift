/// Words that are not the listener's verdict on the client's story although they look
/// like one: the listener's own hearing or line ("sorry, ik hoorde u slecht", "mijn lijn
/// kraakt, de verbinding is slecht") and a third party's words the listener reports
/// ("Uw vrouw zegt dat jullie het hadden moeten weten"). The rules do not match them.
enum ListenerAsides {
    /// `lists`: per token, the lists that hold it (`ListenerWords.classes(of:)`).
    static func block(in text: ResponseText, _ lists: [ListenerWords], _ blocked: inout [Bool]) {
        let tokens = text.tokens
        for sentence in text.sentences {
            let range = sentence.tokens
            var index = range.lowerBound
            while index < range.upperBound {
                if tokens[index].isWord, !lists[index].isDisjoint(with: [.hearingVerb, .lineNoun]),
                    isListenersOwn(at: index, in: range, tokens, lists)
                {
                    // The quality words just after describe the hearing or the line, not the case.
                    for next in (index + 1)..<min(range.upperBound, index + 5) {
                        // "ik hoor dat het zwaar is" reports what the listener hears in the story.
                        if lists[next].contains(.asideClauseOpener) { break }
                        if lists[next].contains(.hearingQuality) { blocked[next] = true }
                    }
                    index += 5
                    continue
                }
                index += 1
            }
            if let reported = reportedClauseBeforeTag(sentence, tokens, lists) {
                for index in reported where tokens[index].isWord { blocked[index] = true }
            }
            if let (reported, opener) = reportedClauseStart(sentence, tokens, lists) {
                let subordinate = SentenceSplitter.subordinators.contains(tokens[opener].folded)
                for next in reported..<range.upperBound where tokens[next].isWord {
                    // "toen zijn moeder zei dat hij moest stoppen, voelde je je ...": a report in
                    // a subordinate clause ends at its comma, where the main clause starts,
                    // unless "dat" goes on reporting.
                    if subordinate, tokens[next - 1].folded == ",", !reportContinuers.contains(tokens[next].folded) {
                        break
                    }
                    // "Hij zegt dat het hem niet kan schelen, maar vanbinnen ...": after "maar"
                    // the listener speaks again, unless a second "dat" goes on reporting.
                    if tokens[next].folded == "maar", !continuesReport(after: next, in: range, tokens) { break }
                    // "..., dat is echt onterecht": a demonstrative and its verb after a comma
                    // comment on the report in the listener's own words.
                    if tokens[next - 1].folded == ",", next + 1 < range.upperBound,
                        commentSubjects.contains(tokens[next].folded), clauseVerbs.contains(tokens[next + 1].folded)
                    {
                        break
                    }
                    blocked[next] = true
                }
            }
        }
    }

    /// "ik hoorde", "mijn lijn", "de verbinding": the listener's own hearing or line.
    private static func isListenersOwn(at index: Int, in range: Range<Int>, _ tokens: [Token], _ lists: [ListenerWords])
        -> Bool
    {
        if lists[index].contains(.lineNoun) {
            return index > range.lowerBound && lists[index - 1].contains(.ownLineWord)
        }
        var back = index - 1
        while back >= range.lowerBound, back >= index - 3 {
            if tokens[back].folded == "ik" { return true }
            back -= 1
        }
        return index + 1 < range.upperBound && tokens[index + 1].folded == "ik"
    }

    /// Whether the words after "maar" go on reporting ("..., maar dat het te laat was").
    /// "..., maar dat klopt echt niet" is the listener's own: a finite verb right after "dat"
    /// makes it the demonstrative subject, not the conjunction of a second report.
    private static func continuesReport(after index: Int, in range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let next = (index + 1..<range.upperBound).first(where: { tokens[$0].isWord }) else { return true }
        if next + 1 < range.upperBound, tokens[next + 1].isWord,
            QuestionDetector.Lookups.questionVerbs.contains(tokens[next + 1].folded)
        {
            return false
        }
        return reportContinuers.contains(tokens[next].folded)
    }

    private static let reportContinuers = WordLookup(Words.reportContinuers)
    private static let commentSubjects = WordLookup(Words.reportCommentSubjects)
    private static let clauseVerbs = WordLookup(Words.clauseVerbs)
    /// Guess markers that, right after "vond dat", show "dat" to be the verb's object.
    private static let guessMarkers = WordLookup(Words.guessMarkers)

    /// Where the words of a third party start in "Uw vrouw zegt dat ...", "Ze zeiden dat ...":
    /// a clause that opens with its subject, a reporting verb within four words, then "dat".
    /// The clause opens the sentence or follows a comma, as in a summary of the film ("rugzak
    /// weg, de begeleider zei dat ge hem in de locker had moeten steken"). Subjects whose words
    /// are the listener's own or everybody's (`ListenerWords.ownSubject`: "iedereen zegt dat
    /// ..." passes the listener's verdict off as common sense) do not count, but "je" or
    /// "jullie" before a person is a possessive ("je vrouw zei dat ..."). A colon (or a comma
    /// without "dat") after the verb reports what follows ("de chef zegt: het stopt"), a name
    /// between commas may stand before the verb ("jullie huisarts, dokter Verbeek, zegt dat
    /// ..."), and "volgens" with a person opens that person's view (`reportedView`). These are
    /// the one reading of reported words every rule shares, instead of each rule's exception.
    /// `opener` is the word the reporting clause opens with: a subordinator there ("toen zijn
    /// moeder zei dat ..., voelde je je ...") makes the report a subordinate clause that ends
    /// at its comma.
    private static func reportedClauseStart(_ sentence: Sentence, _ tokens: [Token], _ lists: [ListenerWords])
        -> (start: Int, opener: Int)?
    {
        guard let first = sentence.firstWordIndex else { return nil }
        if let start = reportedClauseStart(openedAt: first, sentence, tokens, lists) { return (start, first) }
        // "dus volgens uw leidinggevende moet u ...": a summary's "dus" before the view.
        if summaryOpeners.contains(tokens[first].folded), first + 1 < sentence.tokens.upperBound,
            tokens[first + 1].isWord, let start = reportedView(openedAt: first + 1, sentence, tokens)
        {
            return (start, first + 1)
        }
        for index in sentence.tokens where index > first && tokens[index - 1].folded == "," && tokens[index].isWord {
            if let start = reportedClauseStart(openedAt: index, sentence, tokens, lists) { return (start, index) }
        }
        return nil
    }

    private static let summaryOpeners = WordLookup(Words.summaryOpeners)
    private static let viewAttributions = WordLookup(Words.viewAttributions)
    private static let thirdPersonObjects = WordLookup(Words.thirdPersonObjects)
    private static let personNouns = WordLookup(Words.personNouns)

    /// Where a view attributed to a person starts, in a clause that opens with "volgens"
    /// (`view-attributions`) and a person: "volgens de school was het zijn eigen schuld",
    /// "volgens hem moet ge stoppen". The person is a third-person pronoun right after it, or
    /// a word of `person-nouns` within three words ("volgens uw oudste broer"); "volgens mij"
    /// (the listener's guess) and "volgens de regels" (a rule, system language) are no person.
    /// The view starts at the finite verb after the person.
    private static func reportedView(openedAt first: Int, _ sentence: Sentence, _ tokens: [Token]) -> Int? {
        guard viewAttributions.contains(tokens[first].folded) else { return nil }
        let end = min(sentence.tokens.upperBound - 1, first + 4)
        var index = first + 1
        while index < end {
            guard tokens[index].isWord else { return nil }
            let word = tokens[index].folded
            if index == first + 1 && thirdPersonObjects.contains(word) || personNouns.contains(word) {
                return tokens[index + 1].isWord ? index + 1 : nil
            }
            index += 1
        }
        return nil
    }

    /// The clause someone else's words fill before a closing report: "dat komt vaker bij
    /// Down, zei hij", "u heeft een advocaat nodig, zei de rechter?", and the client's own
    /// marked as theirs: "dan kunnen we iemand laten komen, zei je?". The report closes the
    /// sentence after a comma, with a subject of at most three words that is the client
    /// (`second-person`) or no one of `own-subjects` ("..., zeg ik" is the listener's own,
    /// "..., zegt iedereen" common sense); the clause runs back to the comma before it or the
    /// sentence's start.
    private static func reportedClauseBeforeTag(_ sentence: Sentence, _ tokens: [Token], _ lists: [ListenerWords])
        -> Range<Int>?
    {
        var last = sentence.tokens.upperBound - 1
        while last > sentence.tokens.lowerBound, !tokens[last].isWord { last -= 1 }
        let reporting: ListenerWords = [.thirdPartyVerb, .reportingVerbAfter]
        // The verb stands one to three words before the end, its subject after it.
        guard
            let verb = stride(from: last - 1, through: max(sentence.tokens.lowerBound + 1, last - 3), by: -1).first(
                where: { !tokens[$0].isWord || !lists[$0].isDisjoint(with: reporting) }),
            tokens[verb].isWord
        else { return nil }
        // The client as subject only with a verb of saying and nothing after it: "..., vindt
        // u niet?" asks for agreement.
        let byClient =
            lists[verb + 1].contains(.secondPerson) && lists[verb].contains(.reportingVerbAfter) && verb + 1 == last
        let byThirdParty = lists[verb].contains(.thirdPartyVerb) && !lists[verb + 1].contains(.ownSubject)
        guard byClient || byThirdParty else { return nil }
        var start = verb - 1
        while start > sentence.tokens.lowerBound, tokens[start - 1].folded != "," { start -= 1 }
        if tokens[verb - 1].folded == "," {
            start = max(verb - 2, sentence.tokens.lowerBound)
            while start > sentence.tokens.lowerBound, tokens[start - 1].folded != "," { start -= 1 }
            return start < verb - 1 ? start..<(verb - 1) : nil
        }
        // Typed or dictated without the comma ("ge hebt een advocaat nodig zei de rechter"):
        // a third party only, opening with a pronoun or an article ("zegt over die ...", "zeggen
        // tegen haar" go on the verb's clause), after at least three words that are not a
        // question ("wat zei hij", "en toen zei de dokter" report nothing before the verb).
        let subject = tokens[verb + 1].folded
        guard byThirdParty, verb - start >= 3,
            QuestionDetector.Lookups.subjectPronouns.contains(subject)
                || QuestionDetector.Lookups.determiners.contains(subject),
            !QuestionDetector.Lookups.questionWords.contains(tokens[verb - 1].folded),
            !QuestionDetector.Lookups.questionWords.contains(tokens[start].folded)
        else { return nil }
        return start..<verb
    }

    private static func reportedClauseStart(
        openedAt first: Int, _ sentence: Sentence, _ tokens: [Token], _ lists: [ListenerWords]
    ) -> Int? {
        // "je vrouw zei dat ...": "je" or "jullie" before a person is a possessive, the
        // subject the person.
        let possessive =
            lists[first].contains(.secondPerson) && first + 1 < sentence.tokens.upperBound
            && personNouns.contains(tokens[first + 1].folded)
        guard !lists[first].contains(.ownSubject) || possessive else { return nil }
        if let view = reportedView(openedAt: first, sentence, tokens) { return view }
        // "zei hij: maak je niet druk": the verb first, its pronoun subject, then a colon or comma.
        if lists[first].contains(.thirdPartyVerb), first + 3 < sentence.tokens.upperBound,
            QuestionDetector.Lookups.subjectPronouns.contains(tokens[first + 1].folded),
            !lists[first + 1].contains(.ownSubject), tokens[first + 2].folded == ":" || tokens[first + 2].folded == ","
        {
            return first + 3
        }
        var index = first + 1
        while index < min(sentence.tokens.upperBound - 1, first + 5) {
            if lists[index].contains(.thirdPartyVerb) {
                // "'s avonds zegt hij dat hij dom is": after an opening adverbial a pronoun
                // subject follows the verb ("welke opleiding zeiden ze dat ...?" asks instead).
                // The listener's and the client's own pronouns (`ownSubject`) do not count.
                if index > first, !QuestionDetector.Lookups.questionWords.contains(tokens[first].folded),
                    index + 2 < sentence.tokens.upperBound, tokens[index + 2].folded == "dat",
                    QuestionDetector.Lookups.subjectPronouns.contains(tokens[index + 1].folded),
                    !lists[index + 1].contains(.ownSubject)
                {
                    return index + 3
                }
                // "de chef zegt: het stopt", "je vrouw zei meteen: niet tekenen": the words after
                // the colon are the third party's.
                // A comma does the same where no "dat" follows it: "de bank zei, niet meer betalen";
                // not after a subordinate clause, whose verb closes it before the comma ("toen
                // zijn moeder dat zei, voelde je je ...").
                if index + 2 < sentence.tokens.upperBound,
                    !SentenceSplitter.subordinators.contains(tokens[first].folded),
                    tokens[index + 1].folded == ":"
                        || tokens[index + 1].folded == "," && tokens[index + 2].isWord
                            && tokens[index + 2].folded != "dat"
                {
                    return index + 2
                }
                if index + 3 < sentence.tokens.upperBound, tokens[index + 1].isWord, tokens[index + 1].folded != "dat",
                    tokens[index + 2].folded == ":"
                {
                    return index + 3
                }
                guard tokens[index + 1].folded == "dat" else { return nil }
                // "Hij vond dat zeker opgelaten": a guess marker right after "dat" makes "dat"
                // the verb's object and the marker the listener's own guess, so the marker
                // stays the listener's; what follows is still the third party's view.
                if index + 2 < sentence.tokens.upperBound, guessMarkers.contains(tokens[index + 2].folded) {
                    return index + 3
                }
                return index + 2
            }
            // "jullie huisarts, dokter Verbeek, zegt dat ...": a name set off by commas
            // stands between the subject and its verb.
            if !tokens[index].isWord,
                !(tokens[index].folded == "," && index > first && lists[index + 1].contains(.thirdPartyVerb))
            {
                return nil
            }
            index += 1
        }
        return nil
    }
}
