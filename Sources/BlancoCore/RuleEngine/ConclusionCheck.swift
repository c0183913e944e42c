/// Decides whether a "dus ..." sentence (or one opened by "kortom", "met andere woorden"
/// and the like) is a summary in the client's words or a conclusion of the listener's own:
/// it is a conclusion when it carries a concluding word ("eigenlijk", "gewoon") or at least
/// two content words the client never used, more than a fifth of its content words (a long
/// summary paraphrases a word or two); after an opener that announces a conclusion
/// ("kortom", "met andere woorden") one new content word is enough, since such an opener
/// rarely leads into a plain summary. A summary the listener offers for checking ("Dus als
/// ik het goed begrijp ..."; "..., klopt dat?") invites the client to correct it, so only a
/// concluding word makes it a conclusion; new content words there are paraphrase.
/// A summary written as a list ("dus: de brief, de boete, en vrijdag was het loket dicht")
/// is weighed item by item: the listener's own reading shows as an item of new words only,
/// or as new words in half of it, while a paraphrased verb in an item of the client's facts
/// is a summary's ordinary work.
struct ConclusionCheck {
    let text: ResponseText
    let blocked: [Bool]
    let clientWords: ClientWords

    /// `offeredForCheck`: whether the sentence is also a meaning check (the signal pattern);
    /// asked only once the sentence opens like a summary.
    func goesBeyondClientWords(_ sentence: Sentence, offeredForCheck: @autoclosure () -> Bool) -> Bool {
        guard sentence.form == .statement || sentence.form == .declarativeQuestion else { return false }
        guard let first = openerEnd(of: sentence) else { return concludesAfterSubject(sentence) }
        let threshold = Words.summaryOpeners.contains(text.tokens[first].folded) ? 2 : 1
        var novel = 0
        var content = 0
        var items: [(content: Int, novel: Int)] = [(0, 0)]
        for index in sentence.tokens where index > first {
            // "dus boos en bang tegelijk, wil je daar iets meer over vertellen?": the
            // summary ends where a question to the client starts after a comma.
            if opensQuestionAfterComma(at: index, in: sentence) { break }
            if text.tokens[index].kind == .punctuation, text.tokens[index].folded == "," { items.append((0, 0)) }
            guard text.tokens[index].kind == .word, !blocked[index] else { continue }
            let word = text.tokens[index].folded
            if Words.concludingWords.contains(word), !clientWords.contains(word) { return true }
            guard ContentWords.isContentWord(word) else { continue }
            content += 1
            items[items.count - 1].content += 1
            if !clientWords.containsStem(of: word) {
                novel += 1
                items[items.count - 1].novel += 1
            }
        }
        if isList(items, colonAfter: first) {
            let ownItem = items.contains { $0.content >= 2 && $0.novel == $0.content }
            return (ownItem || novel * 2 >= content) && novel > 0 && !offeredForCheck()
        }
        // A long summary paraphrases a word or two ("... wijzen naar elkaar"); a conclusion
        // is mostly new words. So the new words must also be more than a fifth of them.
        return novel >= threshold && novel * 5 > content && !offeredForCheck()
    }

    /// Whether the summary is a list of the client's facts: three items or more, or two
    /// after a colon ("dus: de brief, en nu die boete"); items without a content word
    /// ("..., en toen, ...") do not count.
    private func isList(_ items: [(content: Int, novel: Int)], colonAfter opener: Int) -> Bool {
        let counted = items.filter { $0.content > 0 }.count
        let colon =
            opener + 1 < text.tokens.count && text.tokens[opener + 1].kind == .punctuation
            && text.tokens[opener + 1].folded == ":"
        return counted >= 3 || (colon && counted >= 2)
    }

    /// Whether a comma at `index` is followed by a question verb and its subject ("..., wil je
    /// ...", "..., klopt dat?"): what follows asks the client, it adds nothing to the summary.
    private func opensQuestionAfterComma(at index: Int, in sentence: Sentence) -> Bool {
        guard text.tokens[index].kind == .punctuation, text.tokens[index].folded == ",",
            index + 2 < sentence.tokens.upperBound, text.tokens[index + 1].isWord, text.tokens[index + 2].isWord,
            QuestionDetector.Lookups.questionVerbs.contains(text.tokens[index + 1].folded)
        else { return false }
        // The subjects that make it a question of its own: "wil je", "klopt dat", "mag ik".
        return SentenceSplitter.clauseSubjects.contains(text.tokens[index + 2].folded)
    }

    /// "Uw ex was dus eigenlijk controlerend": a "dus" after the subject and verb, followed
    /// closely by a word that makes it the listener's reading, is a label in a summary. Only
    /// those words count here: "u was dus om tien uur thuis" paraphrases.
    private func concludesAfterSubject(_ sentence: Sentence) -> Bool {
        var words = 0
        var dus: Int?
        for index in sentence.tokens where text.tokens[index].kind == .word {
            words += 1
            if let after = dus {
                if words > after + 2 { return false }
                let word = text.tokens[index].folded
                if Self.labellingWords.contains(word), !blocked[index], !clientWords.contains(word) { return true }
            } else if words > 5 {
                return false
            } else if words >= 3, text.tokens[index].folded == "dus", !blocked[index] {
                dus = words
            }
        }
        return false
    }

    /// Words that turn a summary into the listener's reading of the client's story.
    private static let labellingWords = Words.labellingWords

    /// The first words of the openers, to turn most sentences away at their first word.
    private static let openerFirstWords = Set(Words.conclusionOpeners.map { $0[0] })

    /// The index of the opener's last word, when the sentence opens with one.
    private func openerEnd(of sentence: Sentence) -> Int? {
        guard let first = sentence.tokens.first(where: { text.tokens[$0].kind == .word }),
            Self.openerFirstWords.contains(text.tokens[first].folded)
        else { return nil }
        let words = sentence.tokens.filter { text.tokens[$0].kind == .word }
        for opener in Words.conclusionOpeners where words.count > opener.count {
            let head = words.prefix(opener.count)
            if zip(head, opener).allSatisfy({ text.tokens[$0.0].folded == $0.1 && !blocked[$0.0] }) {
                return head.last
            }
        }
        return nil
    }
}
