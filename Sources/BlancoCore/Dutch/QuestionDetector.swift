/// Tells questions from statements, also without a question mark: a question word at the
/// start ("wat gebeurde er toen"), or a finite verb followed by its subject ("heb je de
/// brief nog").
public enum QuestionDetector {
    /// The form of the sentence made of `range` in `tokens`.
    public static func form(of range: Range<Int>, in tokens: [Token]) -> (Sentence.Form, firstWord: Int?) {
        guard let first = firstWordIndex(in: range, tokens) else { return (.statement, nil) }
        let terminal = lastPunctuation(in: range, tokens)
        let hasQuestionMark = terminal == "?"
        let firstWord = tokens[first].folded
        let second = nextWord(after: first, in: range, tokens)
        let third = second.flatMap { nextWord(after: $0, in: range, tokens) }

        if let second, opensFreeRelative(firstWord, second, range, tokens) {
            return (hasQuestionMark ? .declarativeQuestion : .statement, first)
        }
        if opensContentQuestion(firstWord, second.map { tokens[$0].folded }, third.map { tokens[$0].folded }) {
            if terminal == "!" { return (.statement, first) }
            return (.contentQuestion, first)
        }
        if let second, opensYesNoQuestion(firstWord, tokens[second].folded) {
            if terminal == "." || terminal == "!" { return (.statement, first) }
            // "is helemaal niet erg hoor": chat drops the subject of a statement.
            if !hasQuestionMark, endsWithStatementTag(range, tokens) { return (.statement, first) }
            // "vind ik echt belachelijk": chat drops the "dat" before the listener's own view.
            if !hasQuestionMark, dropsObjectOfOwnView(firstWord, tokens[second].folded) { return (.statement, first) }
            return (.yesNoQuestion, first)
        }
        return (hasQuestionMark ? .declarativeQuestion : .statement, first)
    }

    /// A question word, or a preposition and a question word, with no exclamation after it
    /// ("wat een gedoe" and "wat erg" are exclamations).
    static func opensContentQuestion(_ first: String, _ second: String?, _ third: String?) -> Bool {
        if Lookups.questionWords.contains(first) {
            guard let second else { return first != "wat" && first != "hoe" }
            if first == "wat" || first == "hoe" {
                // "wat vervelnd zeg" exclaims whatever the adjective's spelling: a tag that
                // only closes a statement follows it, where a question has its verb.
                if first == "wat", let third, Lookups.statementTags.contains(third),
                    !Lookups.questionVerbs.contains(second)
                {
                    return false
                }
                // "Wat erg is ..." and "Hoe zwaar was ..." ask; "Wat erg!" exclaims.
                return Lookups.questionVerbs.contains(second) || !isExclamationWord(second)
                    || (second != "een" && third.map(Lookups.questionVerbs.contains) == true)
            }
            return true
        }
        if Lookups.questionPrepositions.contains(first), let second {
            return Lookups.questionWords.contains(second) && second != "wat"
        }
        return false
    }

    /// "Wat hij zei is ontzettend respectloos", "wat u beschrijft is een vorm van ...", "hoe
    /// ze reageerde was echt niet oké": "wat" or "hoe" with a subject right after it opens a
    /// clause with its verb at the end, which is the subject of a copula later in the
    /// sentence. A question has its verb right after the question word ("wat zei hij"), so
    /// such a sentence is a statement, or with a question mark a declarative question. "er"
    /// is left out: "wat er toen gebeurd is" is typed as a question without its mark.
    static func opensFreeRelative(_ first: String, _ second: Int, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard first == "wat" || first == "hoe" else { return false }
        let subject = tokens[second].folded
        guard subject != "een", subject != "er",
            Lookups.subjectPronouns.contains(subject) || Lookups.determiners.contains(subject)
        else { return false }
        var index = second + 2
        while index < range.upperBound {
            if tokens[index].isWord, freeRelativeCopulas.contains(tokens[index].folded) { return true }
            index += 1
        }
        return false
    }

    /// The copulas a free relative is the subject of: "wat hij zei is ..." (`free-relative-copulas`).
    static let freeRelativeCopulas = WordLookup(Words.freeRelativeCopulas)

    /// The question words that ask for a reason: "waarom", "waarvoor", "hoezo".
    public static func isWhyWord(_ word: String) -> Bool {
        word == "waarom" || word == "waarvoor" || word == "hoezo"
    }

    /// Words that turn "wat ..." into an exclamation: "wat een", "wat erg", "wat fijn".
    static func isExclamationWord(_ word: String) -> Bool {
        word == "een" || Lookups.exclamationAdjectives.contains(word) || Lexicon.exclamative.contains(word)
    }

    static func opensYesNoQuestion(_ first: String, _ second: String) -> Bool {
        guard !Lookups.notQuestionVerbs.contains(first),
            !Lookups.subjectPronouns.contains(first),
            !Lookups.questionWords.contains(first)
        else { return false }
        if Lookups.questionVerbs.contains(first) {
            return !Lookups.determiners.contains(second) || first == "is" || first == "was"
        }
        return Lookups.secondPerson.contains(second)
            && (first.hasSuffix("t") || first.hasSuffix("d") || first.hasSuffix("n") || first.hasSuffix("l"))
    }

    /// "vind ik echt niet oké", "vond ik knap van je": "vinden" first with "ik" after it is
    /// the listener's own view with its "dat" left out, not a question (a listener does not
    /// ask "vind ik ...?"; "heb ik het goed begrepen" and "begrijp ik" still ask).
    static func dropsObjectOfOwnView(_ first: String, _ second: String) -> Bool {
        (first == "vind" || first == "vond") && second == "ik"
    }

    /// Whether the last word of the range is a tag that only closes a statement ("hoor").
    static func endsWithStatementTag(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let last = range.reversed().first(where: { tokens[$0].isWord }) else { return false }
        return Lookups.statementTags.contains(tokens[last].folded)
    }

    static func firstWordIndex(in range: Range<Int>, _ tokens: [Token]) -> Int? {
        var candidate: Int?
        for index in range where tokens[index].isWord {
            if candidate == nil { candidate = index }
            if isTagAfterOpener(index, range, tokens) { continue }
            if !Lookups.sentenceOpeners.contains(tokens[index].folded) || isFrontedAdverb(index, range, tokens) {
                return index
            }
        }
        return candidate
    }

    /// A statement tag right after an opening interjection belongs to it: "nee hoor ge
    /// overdrijft" opens with "ge", not with the verb "hoor" of "hoor je dat?".
    static func isTagAfterOpener(_ index: Int, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard index > range.lowerBound, Lookups.statementTags.contains(tokens[index].folded) else { return false }
        let previous = tokens[index - 1]
        return previous.isWord && Lookups.sentenceOpeners.contains(previous.folded)
    }

    /// "zo" right before another word is the adverb in first place of a statement ("zo zijn
    /// pubers nu eenmaal", with its verb second), not the interjection of "zo, wat gebeurde er?".
    static func isFrontedAdverb(_ index: Int, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard tokens[index].folded == "zo", index + 1 < range.upperBound, tokens[index + 1].isWord else {
            return false
        }
        return tokens[index + 1].folded != "zo"
    }

    static func nextWord(after index: Int, in range: Range<Int>, _ tokens: [Token]) -> Int? {
        var i = index + 1
        while i < range.upperBound {
            if tokens[i].isWord { return i }
            if tokens[i].folded == "," { return nil }
            i += 1
        }
        return nil
    }

    static func lastPunctuation(in range: Range<Int>, _ tokens: [Token]) -> String? {
        for index in range.reversed() {
            switch tokens[index].kind {
            case .punctuation:
                let text = tokens[index].folded
                if SentenceSplitter.isTerminator(text) { return text }
            case .word, .number:
                return nil
            default:
                continue
            }
        }
        return nil
    }

    /// The word sets above with fast lookups for ASCII words.
    enum Lookups {
        static let questionWords = WordLookup(Words.questionWords)
        static let questionVerbs = WordLookup(Words.questionVerbs)
        static let questionPrepositions = WordLookup(Words.questionPrepositions)
        static let notQuestionVerbs = WordLookup(Words.notQuestionVerbs)
        static let subjectPronouns = WordLookup(Words.subjectPronouns)
        static let sentenceOpeners = WordLookup(Words.sentenceOpeners)
        static let exclamationAdjectives = WordLookup(Words.exclamationAdjectives)
        static let secondPerson = WordLookup(Words.secondPerson)
        static let determiners = WordLookup(Words.determiners)
        static let statementTags = WordLookup(Words.statementTags)
    }
}
