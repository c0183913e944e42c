/// Decides whether a "dus ..." sentence is a summary in the client's words or a
/// conclusion of the listener's own: it is a conclusion when it carries a concluding word
/// ("eigenlijk", "gewoon") or at least two content words the client never used.
struct ConclusionCheck {
    let text: ResponseText
    let blocked: [Bool]
    let clientWords: ClientWords

    static let concludingWords: Set<String> = [
        "eigenlijk", "gewoon", "helemaal", "echt", "blijkbaar", "kennelijk", "duidelijk", "nooit", "niemand", "altijd",
    ]

    func goesBeyondClientWords(_ sentence: Sentence) -> Bool {
        guard let first = sentence.firstWordIndex, text.tokens[first].folded == "dus", !blocked[first],
            sentence.form == .statement || sentence.form == .declarativeQuestion
        else { return false }
        var novel = 0
        for index in sentence.tokens where index > first && text.tokens[index].kind == .word && !blocked[index] {
            let word = text.tokens[index].folded
            if Self.concludingWords.contains(word), !clientWords.contains(word) { return true }
            if ContentWords.isContentWord(word), !clientWords.containsStem(of: word) { novel += 1 }
        }
        return novel >= 2
    }
}
