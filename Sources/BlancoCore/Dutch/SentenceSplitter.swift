/// Splits tokens into sentences. Copes with how trainees type: missing full stops, all
/// lower case, a line break instead of punctuation, and "oké, wat gebeurde er" where a
/// question starts after a comma.
public enum SentenceSplitter {
    /// Token ranges of the sentences, in order; together they cover every token.
    public static func split(_ tokens: [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let words = ClauseWords.classes(of: tokens)
        var start = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            var endsHere = false
            switch token.kind {
            case .lineBreak:
                endsHere = true
            case .punctuation:
                if isTerminator(token.folded) {
                    endsHere = !(token.folded == "." && index > start && isAbbreviation(tokens[index - 1]))
                } else if token.folded == ",",
                    startsQuestion(tokens, words, at: index + 1)
                        || startsYesNoQuestionAfterQuestion(tokens, words, at: index + 1, after: start..<index),
                    !continuesCorrelative(tokens, at: index + 1, after: start..<index)
                {
                    endsHere = true
                }
            case .word:
                // "hoe voel je je daar nu bij je bent vast boos": a new main clause after a
                // question, with no punctuation between them; see `startsClause`.
                if index - start >= 3, startsClause(tokens, words, at: index, after: start..<index) {
                    ranges.append(start..<index)
                    start = index
                }
            default:
                break
            }
            index += 1
            if endsHere {
                // Keep a run of terminators and closing marks with the sentence they end.
                while index < tokens.count, isTrailing(tokens[index]) { index += 1 }
                ranges.append(start..<index)
                start = index
            }
        }
        if start < tokens.count { ranges.append(start..<tokens.count) }
        return ranges
    }

    static func isTerminator(_ text: String) -> Bool {
        text == "." || text == "?" || text == "!" || text == "…" || text == ";"
    }

    private static func isTrailing(_ token: Token) -> Bool {
        switch token.kind {
        case .punctuation: isTerminator(token.folded) || token.folded == ")"
        case .quote(let mark): mark.canClose && !mark.canOpen
        case .lineBreak: true
        default: false
        }
    }

    private static let abbreviations = WordLookup(Words.abbreviations)

    private static func isAbbreviation(_ token: Token) -> Bool {
        token.kind == .word && abbreviations.contains(token.folded)
    }

    /// Subjects that open a main clause: "... je bent vast boos", "... dat is toch erg".
    static let clauseSubjects = WordLookup(Words.clauseSubjects)
    /// Singular finite verbs that follow such a subject in a main clause. Plural and
    /// infinitive forms ("volgens u moeten ze") never agree with these subjects.
    private static let clauseVerbs = WordLookup(Words.clauseVerbs)

    /// Whether a subject and a finite verb start a new main clause at `index`, after a
    /// word that does not bind them to the clause before, or after a comma ("hoe lang
    /// speelt dit al, je bent vast doodmoe").
    private static func startsMainClause(_ tokens: [Token], _ words: [ClauseWords], at index: Int) -> Bool {
        guard subjectThenVerb(tokens, words, at: index) else { return false }
        let previous = tokens[index - 1]
        switch previous.kind {
        case .word:
            // "wat was er gebeurd voor ze dat zei": after a personal pronoun, "dat" or "het"
            // is the object of a clause with its verb at the end; only a personal subject
            // starts a clause there ("hoe is dat nu voor je | je bent vast bang").
            if personalSubjects.contains(previous.folded), !personalSubjects.contains(tokens[index].folded) {
                return false
            }
            return !words[index - 1].contains(.clauseContinuer)
        case .punctuation: return previous.folded == ","
        default: return false
        }
    }

    /// Whether a new sentence starts at `index`, right after `range`, with no punctuation
    /// between them.
    /// - "echt kansloos zeg je wat zei je voogd": a content question, after any clause.
    /// - "hoe voel je je daar nu bij je bent vast boos", "wanneer kwam die brief want je
    ///   moet …", "hebt u al een indicatie dan kunt u …": after a question, a subject and
    ///   its verb, "want"/"maar" with a clause, or "dan"/"anders" with a verb.
    /// - "ik vind het zelf een schande vindt u dat ook": a yes/no question, after a clause
    ///   with a finite verb of its own and no subordinate clause left open.
    private static func startsClause(_ tokens: [Token], _ words: [ClauseWords], at index: Int, after range: Range<Int>)
        -> Bool
    {
        if isWord(tokens, words, at: index - 1, .hesitation) || bindsNextWord(tokens, words, at: index - 1) {
            return false
        }
        if startsContentQuestion(tokens, words, at: index) { return !opensWithFrontedClause(tokens, range) }
        // What follows must look like a clause's start before the words before it are read:
        // reading them at every word would make a long unpunctuated response quadratic.
        let mainClause = startsMainClause(tokens, words, at: index)
        let coordinated = startsCoordinatedClause(tokens, words, at: index)
        let followUp = startsFollowUp(tokens, words, at: index)
        let afterAdverbs = startsAfterAdverbs(tokens, words, at: index)
        let yesNoQuestion = startsYesNoQuestion(tokens, words, at: index)
        let pronounClause = startsPronounClause(tokens, words, at: index)
        guard mainClause || coordinated || followUp || afterAdverbs || yesNoQuestion || pronounClause else {
            return false
        }
        let afterWord = tokens[index - 1].kind == .word
        guard QuestionDetector.form(of: range, in: tokens).0 != .statement else {
            guard hasFiniteVerb(tokens, range), !hasSubordinateClause(tokens, range),
                !opensWithFrontedClause(tokens, range)
            else { return false }
            if afterWord, mainClause { return true }
            return yesNoQuestion && !followsPhrase(tokens, at: index)
                && hasFiniteVerb(tokens, lastSegment(of: range, tokens))
        }
        if coordinated { return true }
        guard !hasSubordinateClause(tokens, range) else { return false }
        // After a question, a yes/no question starts only right after a word, not a quote.
        return mainClause || pronounClause || followUp || afterAdverbs && hasFiniteVerb(tokens, range)
            || yesNoQuestion && afterWord && hasFiniteVerb(tokens, range) && !opensWithFrontedClause(tokens, range)
    }

    /// How many words before a preposition a stranding adverb may stand ("er zelf nu van").
    private static let strandingReach = 5

    /// Whether the word at `index` is a preposition whose object is the word after it ("de
    /// manier waarop de gemeente met u heeft gecommuniceerd"), not one left at the end of its
    /// clause by an "er", "daar" or "hier" a few words before it in the same clause ("hoe
    /// voelt u zich daar nu bij | u bent vast woedend"). Reads at most `strandingReach` words
    /// back, and not past a comma or a word that joins clauses, so the splitter stays linear.
    private static func bindsNextWord(_ tokens: [Token], _ words: [ClauseWords], at index: Int) -> Bool {
        guard index >= 0, isWord(tokens, words, at: index, .bindingPreposition) else { return false }
        var before = index - 1
        while before >= 0, index - before <= strandingReach, tokens[before].kind == .word,
            !words[before].contains(.coordinator), !clauseJoiners.contains(tokens[before].folded)
        {
            if words[before].contains(.strandingAdverb) { return false }
            before -= 1
        }
        return true
    }

    /// "en" and "of" join two clauses: an "er" before them belongs to the first ("hoe laat
    /// zijn ze er meestal en met hoeveel zijn ze"); `clause-joiners`.
    private static let clauseJoiners = WordLookup(Words.clauseJoiners)

    /// "dat" and "die" at the start are mostly demonstratives ("die boete omdat ...").
    private static let frontedClauseOpeners = WordLookup(
        Words.frontedClauseOpeners.union(Words.subordinators).subtracting(Words.clauseDemonstratives))

    /// Whether `range` opens with a clause put in front of its main clause ("stel dat jij
    /// de baas was", "als je wilt"), so that what follows belongs to the same sentence.
    private static func opensWithFrontedClause(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard let first = QuestionDetector.firstWordIndex(in: range, tokens) else { return false }
        return frontedClauseOpeners.contains(tokens[first].folded)
    }

    /// Sentence adverbs and then a finite verb with its subject ("… waarschijnlijk bent u
    /// …", "… eerlijk gezegd vind ik …"): the word order of a main clause of its own.
    private static func startsAfterAdverbs(_ tokens: [Token], _ words: [ClauseWords], at index: Int) -> Bool {
        guard !words[index - 1].contains(.clauseContinuer) else { return false }
        var first = index
        while isWord(tokens, words, at: first, .frontingAdverb) { first += 1 }
        guard first > index, isWord(tokens, words, at: first, .questionClauseVerb) else { return false }
        return isWord(tokens, words, at: first + 1, .questionClauseSubject)
    }

    /// "dan" or "anders" and a finite verb right after it: "… dan kunt u …".
    private static func startsFollowUp(_ tokens: [Token], _ words: [ClauseWords], at index: Int) -> Bool {
        isWord(tokens, words, at: index, .followUpOpener) && isWord(tokens, words, at: index + 1, .questionClauseVerb)
            && !words[index - 1].contains(.clauseContinuer)
    }

    /// A finite verb and a second-person subject right after it, with a word of the question
    /// after them that is no tag word ("vindt u dat ook", not the tag "vind je ook niet"),
    /// after a word that does not bind it to the clause before: no conjunction ("dan heb
    /// je", "anders ben je"), no question word ("wat heb je"), no verb that ends a fronted
    /// clause ("als je wilt kun je"); or after a closing quote.
    private static func startsYesNoQuestion(_ tokens: [Token], _ words: [ClauseWords], at index: Int) -> Bool {
        if index > 0, case .quote(let mark) = tokens[index - 1].kind, mark.canClose {
            return startsYesNoQuestion(tokens, words, at: index, previous: nil)
        }
        guard index > 0, tokens[index - 1].kind == .word else { return false }
        return startsYesNoQuestion(tokens, words, at: index, previous: index - 1)
    }

    /// `previous` is the index of the word before, if one binds the question to it.
    private static func startsYesNoQuestion(_ tokens: [Token], _ words: [ClauseWords], at index: Int, previous: Int?)
        -> Bool
    {
        guard
            isWord(tokens, words, at: index, .questionClauseVerb),
            isWord(tokens, words, at: index + 1, .secondPerson),
            index + 3 < tokens.count, tokens[index + 2].kind == .word, tokens[index + 3].kind == .word
        else { return false }
        var rest = index + 2
        while rest < tokens.count, tokens[rest].kind == .word, words[rest].contains(.questionTagWord) {
            rest += 1
        }
        guard rest < tokens.count, tokens[rest].kind == .word else { return false }
        guard let previous else { return true }
        return words[previous].isDisjoint(with: [.clauseContinuer, .subordinator, .followUpOpener, .frontingAdverb])
            && !isFiniteVerb(tokens[previous].folded)
    }

    /// Whether the verb at `index` follows a phrase put in front of it: a function word
    /// right before it ("volgens mij heb je"), or a preposition in the three words before
    /// it ("in deze stad vind je"). Then verb and subject are inverted in the same clause.
    private static func followsPhrase(_ tokens: [Token], at index: Int) -> Bool {
        if functionWords.contains(tokens[index - 1].folded) { return true }
        return (max(0, index - 3)..<index).contains {
            tokens[$0].kind == .word && QuestionDetector.Lookups.questionPrepositions.contains(tokens[$0].folded)
        }
    }

    /// The part of `range` after its last comma or colon: "ik denk dat het kan, via het
    /// bedrijf", "je zegt: de eerste week" (a phrase fronted before its verb, "stond je
    /// buiten", which opens no question).
    private static func lastSegment(of range: Range<Int>, _ tokens: [Token]) -> Range<Int> {
        guard
            let comma = range.last(where: {
                tokens[$0].kind == .punctuation && (tokens[$0].folded == "," || tokens[$0].folded == ":")
            })
        else {
            return range
        }
        return (comma + 1)..<range.upperBound
    }

    /// Whether `range` has a finite verb of its own.
    private static func hasFiniteVerb(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        range.contains { tokens[$0].kind == .word && isFiniteVerb(tokens[$0].folded) }
    }

    /// Whether "want" or "maar" at `index` opens a main clause of its own: a subject and a
    /// finite verb follow ("want ik zou ..."), or an imperative ("maar bel anders even ..."),
    /// or sentence adverbs and then the verb before its subject ("want eerlijk gezegd vind
    /// ik ...").
    private static func startsCoordinatedClause(_ tokens: [Token], _ words: [ClauseWords], at index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index].kind == .word, words[index].contains(.coordinator),
            tokens[index + 1].kind == .word
        else { return false }
        if words[index + 1].contains(.imperativeVerb) { return true }
        if subjectThenVerb(tokens, words, at: index + 1) { return true }
        var first = index + 1
        while first < tokens.count, tokens[first].kind == .word, words[first].contains(.clauseAdverb) {
            first += 1
        }
        guard first > index + 1 else { return false }
        return subjectThenVerb(tokens, words, at: first) || verbThenSubject(tokens, words, at: first)
    }

    /// Whether a content question starts at `index` ("wat vind je", "hoe vaak komt u", "en
    /// waarom heeft u"): a question word, with "en" before it or a measure word after it,
    /// then a finite verb and its subject. With its subject before the verb ("ik weet niet
    /// wat je bedoelt", "alles wat er gebeurde"), or after a conjunction ("dan", "als"), a
    /// question word opens a subordinate clause instead.
    private static func startsContentQuestion(_ tokens: [Token], _ words: [ClauseWords], at index: Int) -> Bool {
        guard index > 0, tokens[index - 1].kind != .punctuation else { return false }
        var word = index
        if tokens[word].folded == "en" {
            word += 1
        } else if words[index - 1].contains(.questionBinder) {
            return false
        }
        guard isWord(tokens, words, at: word, .questionWord) else { return false }
        word += 1
        if word < tokens.count, words[word].contains(.questionMeasureWord) { word += 1 }
        return isWord(tokens, words, at: word, .questionClauseVerb)
            && isWord(tokens, words, at: word + 1, .questionClauseSubject)
    }

    /// A word of `clause-subjects` at `index` and a finite verb right after it.
    private static func subjectThenVerb(_ tokens: [Token], _ words: [ClauseWords], at index: Int) -> Bool {
        isWord(tokens, words, at: index, .clauseSubject) && isWord(tokens, words, at: index + 1, .clauseVerb)
    }

    /// A finite verb at `index` and its subject right after it ("vind ik").
    private static func verbThenSubject(_ tokens: [Token], _ words: [ClauseWords], at index: Int) -> Bool {
        isWord(tokens, words, at: index, .clauseVerb) && isWord(tokens, words, at: index + 1, .clauseSubject)
    }

    /// A subject pronoun after a comma, and a finite verb of `question-verbs` right after
    /// it: "waarom heb je niet eerder gebeld, je wist toch ...", "..., ze woont toch bij u".
    /// Only after a question: its comma then closes it, so the statement after it is read
    /// as one. A demonstrative is no such subject ("..., dat werk en die meldplicht").
    private static func startsPronounClause(_ tokens: [Token], _ words: [ClauseWords], at index: Int) -> Bool {
        guard tokens[index - 1].kind == .punctuation, tokens[index - 1].folded == ",",
            isWord(tokens, words, at: index, .clauseSubject), !demonstratives.contains(tokens[index].folded)
        else { return false }
        return isWord(tokens, words, at: index + 1, .questionClauseVerb)
    }

    /// A finite verb and a second-person subject after the comma of a question: a second
    /// question ("waarom zat je op, kon je niet slapen"), read on its own.
    private static func startsYesNoQuestionAfterQuestion(
        _ tokens: [Token], _ words: [ClauseWords], at index: Int, after range: Range<Int>
    ) -> Bool {
        guard isWord(tokens, words, at: index, .questionClauseVerb), isWord(tokens, words, at: index + 1, .secondPerson)
        else { return false }
        return QuestionDetector.form(of: range, in: tokens).0 == .contentQuestion
    }

    /// Whether the token at `index` is a word of `list` (`words` holds each token's lists).
    private static func isWord(_ tokens: [Token], _ words: [ClauseWords], at index: Int, _ list: ClauseWords) -> Bool {
        index < tokens.count && tokens[index].kind == .word && words[index].contains(list)
    }

    /// Words that open a subordinate clause, in which a pronoun before the verb is its
    /// object ("dat niemand u heeft gebeld"), not a new subject.
    static let subordinators = WordLookup(Words.questionWords.union(Words.subordinators))

    /// Whether a subordinate clause is still open at the end of `range`: a word after the
    /// first (interjections aside) opens one ("vind je het erg dat niemand u ..."), and no
    /// finite verb has closed it since ("kun je vertellen wat er gebeurde | je bent ...").
    /// "dat" or "die" right after a finite verb or a preposition is a demonstrative, not a
    /// conjunction ("hoe is dat nu voor je | je bent vast bang", "wanneer gaat hij naar dat
    /// internaat | je bent vast bang").
    private static func hasSubordinateClause(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard let first = QuestionDetector.firstWordIndex(in: range, tokens) else { return false }
        var open = false
        var previous: String?
        // The previous word was a finite verb that closed a subordinate clause ("dat u bang
        // was | dat de tolk ..."): a "dat" after it opens the next one.
        var closedByPrevious = false
        for index in range where index > first && tokens[index].kind == .word {
            let word = tokens[index].folded
            let conjunctionPlace = closedByPrevious || previous.map { reportingVerbs.contains($0) } == true
            closedByPrevious = false
            if subordinators.contains(word),
                !isDemonstrative(tokens, at: index, after: conjunctionPlace ? nil : previous)
            {
                open = true
            } else if open, isFiniteVerb(word), !subordinators.contains(previous ?? "") {
                open = false
                closedByPrevious = true
            }
            previous = word
        }
        return open
    }

    private static let demonstratives = WordLookup(Words.clauseDemonstratives)

    /// Verbs that report what someone said or thinks ("je moeder zegt dat je je moet
    /// schamen"): a "dat" right after one is the conjunction of the reported clause when a
    /// pronoun, an article or an adverb follows it, as anywhere else. The rule engine reads
    /// the same lookup for a listener reporting what a third party said.
    static let reportingVerbs = WordLookup(Words.reportingVerbs)

    /// Whether the word before `index` is a superlative in -ste after an article, an
    /// adjective used as a noun ("het belangrijkste dat de IND van u moet horen", "de
    /// laatste die"), which the -te ending would otherwise take for a past tense.
    private static func isNounedAdjective(_ tokens: [Token], before index: Int) -> Bool {
        guard index >= 2, tokens[index - 1].kind == .word, tokens[index - 2].kind == .word else { return false }
        let word = tokens[index - 1].folded
        return word.hasSuffix("ste") && nounedAdjectiveArticles.contains(tokens[index - 2].folded)
            && !clauseVerbs.contains(word) && !QuestionDetector.Lookups.questionVerbs.contains(word)
    }

    /// The articles before such a superlative (`superlative-articles`).
    private static let nounedAdjectiveArticles = WordLookup(Words.superlativeArticles)

    /// Whether "dat" or "die" at `index` is a demonstrative: right after a finite verb, with
    /// no personal pronoun after it ("hoe is dat", not "ik snap dat u"), or a preposition
    /// ("naar dat internaat"), or right before a content word
    /// ("hoe zagen die sloten eruit"), where a conjunction or relative word has a pronoun,
    /// an article, an adverb or an indefinite subject after it ("dat je", "die de brief",
    /// "die nog", "dat niemand").
    private static func isDemonstrative(_ tokens: [Token], at index: Int, after previous: String?) -> Bool {
        guard demonstratives.contains(tokens[index].folded) else { return false }
        let personFollows =
            index + 1 < tokens.count && tokens[index + 1].kind == .word
            && personalSubjects.contains(tokens[index + 1].folded)
        if let previous,
            isFiniteVerb(previous) && !isNounedAdjective(tokens, before: index) && !personFollows
                || QuestionDetector.Lookups.questionPrepositions.contains(previous)
        {
            return true
        }
        return index + 1 < tokens.count && tokens[index + 1].kind == .word
            && !functionWords.contains(tokens[index + 1].folded) && !isFiniteVerb(tokens[index + 1].folded)
            && !indefiniteSubjects.contains(tokens[index + 1].folded)
    }

    private static let indefiniteSubjects = WordLookup(Words.indefiniteSubjects)

    /// Personal subject pronouns ("je", "u", "hij", "ze"): a "dat" between a finite verb and
    /// one of these is the conjunction ("ik snap dat u het wilt opgeven"), where before a
    /// noun it may be a demonstrative object ("heb je dat boek").
    private static let personalSubjects = WordLookup(
        Words.clauseSubjects.intersection(Words.subjectPronouns).subtracting(["het"]))

    private static let functionWords = WordLookup(Words.functionWords)

    /// A finite verb that ends a subordinate clause: the question verbs, or a past tense
    /// in -de/-te ("gebeurde", "belde").
    private static func isFiniteVerb(_ word: String) -> Bool {
        clauseVerbs.contains(word) || QuestionDetector.Lookups.questionVerbs.contains(word)
            || (word.count > 4 && (word.hasSuffix("de") || word.hasSuffix("te")) && !nonVerbsInDeTe.contains(word))
    }

    /// Common words in -de/-te that are no verbs.
    private static let nonVerbsInDeTe = WordLookup(Words.nonVerbsInDeTe)

    /// Whether the words at `index` close a correlative "hoe ... , hoe ..." whose first half
    /// is `range`: "hoe eerder je belt, hoe beter", "hoe langer je wacht, hoe moeilijker het
    /// wordt". Both halves open with "hoe" and a comparative (a word in -er of at least four
    /// letters: "eerder", "meer", "beter"); the second "hoe" asks nothing, so no question
    /// starts at the comma. "hoe ver is het, hoe lang duurt het?" asks twice and is cut.
    private static func continuesCorrelative(_ tokens: [Token], at index: Int, after range: Range<Int>) -> Bool {
        func opensCorrelative(at word: Int) -> Bool {
            guard word + 1 < tokens.count, tokens[word].kind == .word, tokens[word].folded == "hoe",
                tokens[word + 1].kind == .word
            else { return false }
            let comparative = tokens[word + 1].folded
            return comparative.count >= 4 && comparative.hasSuffix("er")
        }
        guard opensCorrelative(at: index) else { return false }
        let segment = lastSegment(of: range, tokens)
        guard let first = segment.first(where: { tokens[$0].kind == .word }) else { return false }
        // "..., en hoe eerder, hoe beter": a conjunction may stand before the first "hoe".
        let opener = opensCorrelative(at: first) ? first : first + 1
        guard opener + 1 < segment.upperBound, opensCorrelative(at: opener) else { return false }
        // The first half puts its verb last ("hoe eerder je belt"); a finite verb right after
        // the comparative makes it a question ("hoe langer duurt het nog, ...").
        let next = opener + 2
        return next >= segment.upperBound || tokens[next].kind != .word || !isFiniteVerb(tokens[next].folded)
    }

    /// A question word followed by another word that is no subject: "..., wat gebeurde er".
    private static func startsQuestion(_ tokens: [Token], _ words: [ClauseWords], at index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index].kind == .word, tokens[index + 1].kind == .word else {
            return false
        }
        guard words[index].contains(.questionWord), tokens[index].folded != "wat" || tokens[index + 1].folded != "een"
        else { return false }
        // A subject right after the question word puts the verb at the end: an indirect
        // question that belongs to the clause before ("wat vindt u er zelf van, hoe het
        // bedrijf met u is omgegaan?"), not a question of its own ("..., hoe ging dat?").
        if words[index + 1].contains(.questionClauseSubject) { return false }
        return !QuestionDetector.isExclamationWord(tokens[index + 1].folded)
            || words[index + 1].contains(.questionMeasureWord)
    }
}
