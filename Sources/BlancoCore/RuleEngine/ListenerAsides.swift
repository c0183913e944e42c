/// Words that are not the listener's verdict on the client's story although they look
/// like one: the listener's own hearing or line ("sorry, ik hoorde u slecht", "mijn lijn
/// kraakt, de verbinding is slecht") and a third party's words the listener reports
/// ("Uw vrouw zegt dat jullie het hadden moeten weten"). The rules do not match them.
enum ListenerAsides {
    static func block(in text: ResponseText, _ blocked: inout [Bool]) {
        let tokens = text.tokens
        for sentence in text.sentences {
            let range = sentence.tokens
            var index = range.lowerBound
            while index < range.upperBound {
                let word = tokens[index].folded
                if tokens[index].isWord, hearingVerbs.contains(word) || lineNouns.contains(word),
                    isListenersOwn(at: index, in: range, tokens)
                {
                    // The quality words just after describe the hearing or the line, not the case.
                    for next in (index + 1)..<min(range.upperBound, index + 5) {
                        // "ik hoor dat het zwaar is" reports what the listener hears in the story.
                        if clauseOpeners.contains(tokens[next].folded) { break }
                        if quality.contains(tokens[next].folded) { blocked[next] = true }
                    }
                    index += 5
                    continue
                }
                index += 1
            }
            if let reported = reportedClauseStart(sentence, tokens) {
                for next in reported..<range.upperBound where tokens[next].isWord { blocked[next] = true }
            }
        }
    }

    private static let hearingVerbs = WordLookup(Words.hearingVerbs)
    private static let lineNouns = WordLookup(Words.lineNouns)
    private static let ownWords = WordLookup(Words.ownLineWords)
    private static let quality = WordLookup(Words.hearingQuality)
    private static let clauseOpeners = WordLookup(Words.asideClauseOpeners)

    /// "ik hoorde", "mijn lijn", "de verbinding": the listener's own hearing or line.
    private static func isListenersOwn(at index: Int, in range: Range<Int>, _ tokens: [Token]) -> Bool {
        if lineNouns.contains(tokens[index].folded) {
            return index > range.lowerBound && ownWords.contains(tokens[index - 1].folded)
        }
        var back = index - 1
        while back >= range.lowerBound, back >= index - 3 {
            if tokens[back].folded == "ik" { return true }
            back -= 1
        }
        return index + 1 < range.upperBound && tokens[index + 1].folded == "ik"
    }

    private static let reportingVerbs = WordLookup(Words.thirdPartyVerbs)
    /// Subjects whose words are the listener's own or everybody's ("iedereen zegt dat ..."
    /// passes the listener's verdict off as common sense).
    private static let ownSubjects = WordLookup(Words.ownSubjects)

    /// Where the words of a third party start in "Uw vrouw zegt dat ...", "Ze zeiden dat ...":
    /// a sentence that opens with its subject, a reporting verb within four words, then "dat".
    private static func reportedClauseStart(_ sentence: Sentence, _ tokens: [Token]) -> Int? {
        guard let first = sentence.firstWordIndex, !ownSubjects.contains(tokens[first].folded) else { return nil }
        var index = first + 1
        while index < min(sentence.tokens.upperBound - 1, first + 5) {
            if reportingVerbs.contains(tokens[index].folded) {
                return tokens[index + 1].folded == "dat" ? index + 2 : nil
            }
            if !tokens[index].isWord { return nil }
            index += 1
        }
        return nil
    }
}
