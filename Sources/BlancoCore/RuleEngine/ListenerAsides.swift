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
            if let reported = reportedClauseStart(sentence, tokens, lists) {
                for next in reported..<range.upperBound where tokens[next].isWord {
                    // "Hij zegt dat het hem niet kan schelen, maar vanbinnen ...": after "maar"
                    // the listener speaks again, unless a second "dat" goes on reporting.
                    if tokens[next].folded == "maar", !continuesReport(after: next, in: range, tokens) { break }
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
    private static func continuesReport(after index: Int, in range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let next = (index + 1..<range.upperBound).first(where: { tokens[$0].isWord }) else { return true }
        return reportContinuers.contains(tokens[next].folded)
    }

    private static let reportContinuers = WordLookup(Words.reportContinuers)
    /// Guess markers that, right after "vond dat", show "dat" to be the verb's object.
    private static let guessMarkers = WordLookup(Words.guessMarkers)

    /// Where the words of a third party start in "Uw vrouw zegt dat ...", "Ze zeiden dat ...":
    /// a clause that opens with its subject, a reporting verb within four words, then "dat".
    /// The clause opens the sentence or follows a comma, as in a summary of the film ("rugzak
    /// weg, de begeleider zei dat ge hem in de locker had moeten steken"). Subjects whose words
    /// are the listener's own or everybody's (`ListenerWords.ownSubject`: "iedereen zegt dat
    /// ..." passes the listener's verdict off as common sense) do not count.
    private static func reportedClauseStart(_ sentence: Sentence, _ tokens: [Token], _ lists: [ListenerWords]) -> Int? {
        guard let first = sentence.firstWordIndex else { return nil }
        if let start = reportedClauseStart(openedAt: first, sentence, tokens, lists) { return start }
        for index in sentence.tokens where index > first && tokens[index - 1].folded == "," && tokens[index].isWord {
            if let start = reportedClauseStart(openedAt: index, sentence, tokens, lists) { return start }
        }
        return nil
    }

    private static func reportedClauseStart(
        openedAt first: Int, _ sentence: Sentence, _ tokens: [Token], _ lists: [ListenerWords]
    ) -> Int? {
        guard !lists[first].contains(.ownSubject) else { return nil }
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
                guard tokens[index + 1].folded == "dat" else { return nil }
                // "Hij vond dat zeker opgelaten": a guess marker right after "dat" makes "dat"
                // the verb's object and the marker the listener's own guess, so the marker
                // stays the listener's; what follows is still the third party's view.
                if index + 2 < sentence.tokens.upperBound, guessMarkers.contains(tokens[index + 2].folded) {
                    return index + 3
                }
                return index + 2
            }
            if !tokens[index].isWord { return nil }
            index += 1
        }
        return nil
    }
}
