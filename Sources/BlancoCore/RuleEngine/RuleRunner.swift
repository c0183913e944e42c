/// Runs the rules of a compiled rule book over one response: token patterns first, then
/// the checks that look at whole sentences and at the flags found so far. A class, so
/// handing it to the signal detector and to closures shares it instead of copying its
/// dozen arrays (each copy retains and releases every one of them).
final class RuleRunner {
    let book: CompiledRuleBook
    let text: ResponseText
    let blocked: [Bool]
    let clientWords: ClientWords
    /// Per sentence: its first word to its last word or closing mark.
    let sentenceBounds: [ClosedRange<Int>?]
    let matcher: PatternMatcher
    /// The matcher an exception asks: it reads the client's echoed and quoted words too, since
    /// an exception names what the words around a match are ("een vast contract", "hij zag
    /// het niet?"), and those words are often the client's own where the match is not (a
    /// listener particle such as "vast" is never blocked). The same matcher as `matcher`
    /// when nothing is blocked; made only when an exception is first asked.
    private(set) lazy var exceptionMatcher: PatternMatcher =
        blocked.contains(true)
        ? PatternMatcher(text: text, blocked: [Bool](repeating: false, count: blocked.count), book: book) : matcher

    /// Per anchor of the book's exceptions (`CompiledRuleBook.exceptionAnchors`), whether a
    /// word of the response holds it, as the exception matcher reads the words; found when
    /// an exception is first asked.
    private lazy var exceptionAnchorsPresent: [Bool] = book.exceptionAnchors.present(
        ids: exceptionMatcher.ids, flags: exceptionMatcher.flags)

    /// Where a bare check closes the response ("..., klopt dat?"), as the echo pass found it:
    /// the "dus ..." sentences before it are a summary offered for checking.
    private let summaryClosing: Int?

    /// The runner for `text`, after the echo pass over it.
    convenience init(book: CompiledRuleBook, text: ResponseText, clientWords: ClientWords) {
        self.init(
            book: book, text: text, echoes: EchoDetector.read(text, clientWords: clientWords), clientWords: clientWords)
    }

    init(book: CompiledRuleBook, text: ResponseText, echoes: EchoDetector.Reading, clientWords: ClientWords) {
        self.book = book
        self.text = text
        self.blocked = echoes.blocked
        summaryClosing = echoes.summaryClosing
        self.clientWords = clientWords
        matcher = PatternMatcher(text: text, blocked: blocked, book: book)
        sentenceBounds = text.sentences.map { sentence in
            guard let first = sentence.tokens.first(where: { text.tokens[$0].isWord }) else { return nil }
            var last = first
            for index in sentence.tokens where index > first {
                let token = text.tokens[index]
                if token.isWord || (token.kind == .punctuation && SentenceSplitter.isTerminator(token.folded)) {
                    last = index
                }
            }
            return first...last
        }
    }

    func findings() -> [RuleFinding] {
        var findings = Self.oneFindingPerOverlap(patternFindings())
        findings += inferenceFindings(after: findings)
        return findings
    }

    /// Where two patterns of one rule match overlapping words, the match that starts first
    /// (and is longest) speaks for the rule.
    static func oneFindingPerOverlap(_ findings: [RuleFinding]) -> [RuleFinding] {
        guard findings.count > 1 else { return findings }
        let sorted = findings.sorted {
            ($0.ruleIndex, $0.span.start, -$0.span.end) < ($1.ruleIndex, $1.span.start, -$1.span.end)
        }
        var kept: [RuleFinding] = []
        for finding in sorted {
            if let last = kept.last, last.ruleIndex == finding.ruleIndex, last.span.overlaps(finding.span) { continue }
            kept.append(finding)
        }
        return kept.sorted { $0.span < $1.span }
    }

    private func patternFindings() -> [RuleFinding] {
        var findings: [RuleFinding] = []
        var seen = Set<Int64>()
        // Read once here rather than through `book` and `text` at every step, which would
        // retain and release each array every time.
        let ids = matcher.ids
        let flags = matcher.flags
        let sentenceOfToken = text.sentenceOfToken
        let sentences = text.sentences
        let byStartWord = book.byStartWord
        let patternRule = book.patternRule
        let scopes = book.scopes
        let patterns = book.patterns
        let secondWords = book.secondWords
        let wordBits = book.wordBits
        // Whether the words each pattern needs besides its first are here.
        let anchors = book.anchors
        let present = anchors.present(ids: ids, flags: flags)
        // The patterns tried at every word whose needed words are here: the same at every
        // word, so chosen once rather than asked again at each.
        var unindexed: [Int] = []
        anchors.appendViable(book.unindexed, present: present, to: &unindexed)
        // The patterns filed under a token's word whose needed words are here.
        var filed: [Int] = []
        for index in ids.indices where flags[index].contains(.matchable) {
            let id = ids[index]
            if id < 0 && unindexed.isEmpty { continue }
            let sentenceIndex = sentenceOfToken[index]
            let sentence = sentences[sentenceIndex]
            filed.removeAll(keepingCapacity: true)
            if id >= 0 { anchors.appendViable(byStartWord[Int(id)], present: present, to: &filed) }
            for pass in 0..<2 {
                if pass == 0 && filed.isEmpty || pass == 1 && unindexed.isEmpty { continue }
                for patternIndex in pass == 0 ? filed : unindexed {
                    let ruleIndex = patternRule[patternIndex]
                    guard scopes[ruleIndex].admits(sentence) else { continue }
                    // The pattern's first word is this token's (it is filed under it); its
                    // second must be the next token's, as the matcher would find.
                    if pass == 0, let second = secondWords[patternIndex] {
                        let next = index + 1
                        guard next < sentence.tokens.upperBound, flags[next].contains(.matchable),
                            second.contains(ids[next], in: wordBits)
                        else { continue }
                    }
                    guard let last = matcher.match(patterns[patternIndex], at: index) else { continue }
                    let first = firstMatched(from: index, to: last)
                    let range = first...max(first, last)
                    let shared = book.sharedRules[ruleIndex]
                    let rule = shared.rule
                    if !book.antipatterns[ruleIndex].isEmpty, isExcepted(ruleIndex, range, sentence) {
                        continue
                    }
                    if rule.yieldsToEcho, echoesClient(echoRange(of: rule, range, sentence)) { continue }
                    let spanTokens = extent(of: rule, range, sentenceIndex)
                    // One finding per rule and span, however many patterns found it.
                    let key =
                        Int64(ruleIndex) << 48 | Int64(spanTokens.lowerBound) << 24
                        | Int64(spanTokens.upperBound & 0xFFFFFF)
                    if !seen.insert(key).inserted { continue }
                    findings.append(
                        RuleFinding(
                            ruleIndex: ruleIndex, rule: shared, pattern: patternIndex, tokens: range,
                            sentence: sentenceIndex, spanTokens: spanTokens,
                            span: text.span(ofTokens: spanTokens)))
                }
            }
        }
        return findings
    }

    /// The listener's words for the client, which the client says as "ik", "me", "mijn".
    private static let addressWords = WordLookup(Words.addressWords)
    private static let confirmationTags = WordLookup(Words.confirmationTags)
    private static let summaryOpeners = WordLookup(Words.summaryOpeners)
    private static let echoClauseLinks = WordLookup(Words.echoClauseLinks)
    private static let negations = WordLookup(Words.negations)
    private static let counterfactualModals = WordLookup(Words.counterfactualModals)
    private static let selfEvidentWords = WordLookup(Words.selfEvidentWords)

    private static let feelingVerbs = WordLookup(Words.feelingVerbs)

    /// Whether the content words of a match are the client's own (four in five of at least
    /// two, or the only one when it is a feeling word the client used or all words are theirs,
    /// or, without content words, every word). A verb that only carries a feeling the client
    /// named ("je voelt je eenzaam" after "ik ben eenzaam") does not count.
    func echoesClient(_ range: ClosedRange<Int>) -> Bool {
        guard !clientWords.isEmpty else { return false }
        var content = 0
        var echoed = 0
        var echoedFeeling = false
        var everyWordEchoed = true
        var carryingVerbs = 0
        for index in range where text.tokens[index].kind == .word {
            let word = text.tokens[index].folded
            var isClients = clientWords.containsStem(of: word)
            // "ook", "echt", "gewoon": a particle or intensifier is the client's only next to
            // the word they said it with ("zo zat" after "ik ben het zo zat"); a "gewoon" or
            // "echt" the client used elsewhere does not make "die mensen lachten je gewoon
            // uit" or "dat is ook echt naar" theirs.
            if isClients, ClientWords.pairedWords.contains(word) {
                isClients = clientWords.saidWithNeighbour(index, in: text.tokens, within: text.tokens.indices)
            }
            // A compound found by a list's ending ("integriteitsprocedure" by "-procedure")
            // is the client's only if they used the compound, not only its first part
            // ("integriteit"): the ending is the listener's own word.
            if isClients, book.vocabulary.isCompoundHead(matcher.ids[index]) {
                isClients = clientWords.containsCompound(word)
            }
            // "je noemt het oneerlijk, omdat ...": the listener's reporting verb after "je" or
            // "u" frames the client's words; it is no word of the listener's reading.
            if !isClients, SentenceSplitter.reportingVerbs.contains(word), index > range.lowerBound,
                text.tokens[index - 1].kind == .word, Self.addressWords.contains(text.tokens[index - 1].folded)
            {
                continue
            }
            if !isClients, Self.feelingVerbs.contains(word) {
                carryingVerbs += 1
                continue
            }
            // "dus" opening a summary is the listener's link, as "je" and "u" are their words
            // for the client: "dus je bent hier omdat je vader het wil" gives the client's
            // reason back. A "dat" opening the match links the listener's frame to a clause
            // the same way: "ik snap dat het zwaar is" after "het is zo zwaar".
            let linksClause = index == range.lowerBound && Self.echoClauseLinks.contains(word)
            if !Self.addressWords.contains(word), !Self.summaryOpeners.contains(word), !linksClause, !isClients {
                everyWordEchoed = false
            }
            guard ContentWords.isContentWord(word) else { continue }
            content += 1
            if isClients {
                echoed += 1
                if Lexicon.emotion.contains(word) { echoedFeeling = true }
            }
        }
        // The verbs count as the listener's own words unless they carry the client's feeling.
        if carryingVerbs > 0, !echoedFeeling {
            content += carryingVerbs
            everyWordEchoed = false
        }
        // A lone content word is the client's own only if it is a feeling they named or every
        // word around it is theirs too: "U bent er zo boos" and "U staat er alleen voor" repeat
        // "ik ben er zo boos" and "ik sta er alleen voor", but "ligt het aan de mentor?" adds a cause.
        if content == 1 { return echoed == 1 && (echoedFeeling || everyWordEchoed) }
        // "U bent het zat" after "ik ben het zo zat": no content word, every word the client's.
        if content == 0 { return everyWordEchoed && range.contains { text.tokens[$0].kind == .word } }
        return content >= 2 && echoed * 5 >= content * 4
    }

    /// The words the echo check reads for a match of `rule`: the match itself, or, for a rule
    /// whose echo check reads the clause (`Rule.echoReadsClause`), the clause the match
    /// closes: from the sentence's start, or from the last comma before it, to the last word
    /// before the closing tag (`confirmation-tags`), which is the listener's and no part of
    /// the clause. A comma right before the match ("..., he?") closes the clause the tag
    /// confirms, so the clause starts at the comma before that one.
    func echoRange(of rule: Rule, _ range: ClosedRange<Int>, _ sentence: Sentence) -> ClosedRange<Int> {
        guard rule.echoReadsClause else { return range }
        var end = range.upperBound
        while end > sentence.tokens.lowerBound,
            !text.tokens[end].isWord || Self.confirmationTags.contains(text.tokens[end].folded)
        {
            end -= 1
        }
        var start = range.lowerBound
        var wordSeen = false
        var index = range.lowerBound - 1
        while index >= sentence.tokens.lowerBound {
            let token = text.tokens[index]
            if token.folded == "," || token.folded == ":" {
                if wordSeen { break }
            } else if token.isWord {
                wordSeen = true
                start = index
            }
            index -= 1
        }
        return start...max(start, end)
    }

    /// A match starts at its first word; anchors before it take no tokens.
    func firstMatched(from index: Int, to last: Int) -> Int {
        var first = index
        while first < last, !text.tokens[first].isWord { first += 1 }
        return first
    }

    private func isExcepted(_ ruleIndex: Int, _ range: ClosedRange<Int>, _ sentence: Sentence) -> Bool {
        exception(ruleIndex, range, sentence) != nil
    }

    /// The index of the rule's first exception that matches where it looks, if any.
    func exception(_ ruleIndex: Int, _ range: ClosedRange<Int>, _ sentence: Sentence) -> Int? {
        let matcher = exceptionMatcher
        let ids = matcher.ids
        let flags = matcher.flags
        let wordBits = book.wordBits
        let present = exceptionAnchorsPresent
        let firstNumber = book.firstException[ruleIndex]
        for (index, antipattern) in book.antipatterns[ruleIndex].enumerated() {
            // Without a word it needs in the whole response, it matches nowhere in it.
            guard book.exceptionAnchors.isViable(firstNumber + index, present: present) else { continue }
            let window: ClosedRange<Int>
            switch antipattern.reach {
            case .overlapping: window = max(sentence.tokens.lowerBound, range.lowerBound - 8)...range.upperBound
            case .sameSentence:
                window =
                    max(
                        sentence.tokens.lowerBound, range.lowerBound - 40)...min(
                        sentence.tokens.upperBound - 1, range.upperBound + 40)
            }
            for start in window where text.tokens[start].isWord {
                // The first word is asked here, as the matcher would ask it first.
                if let first = antipattern.firstWords,
                    !(flags[start].contains(.matchable) && first.contains(ids[start], in: wordBits))
                {
                    continue
                }
                guard let end = matcher.match(antipattern.pattern, at: start) else { continue }
                switch antipattern.reach {
                case .sameSentence: return index
                case .overlapping: if start <= range.upperBound && end >= range.lowerBound { return index }
                }
            }
        }
        return nil
    }

    /// The tokens a finding's span covers. A sentence-wide span reaches at most 40 tokens
    /// either side of the match, so an endless sentence cannot make every span endless.
    func extent(of rule: Rule, _ range: ClosedRange<Int>, _ sentenceIndex: Int) -> ClosedRange<Int> {
        switch rule.extent {
        case .match: return range
        case .sentence: return sentenceTokens(sentenceIndex, around: range) ?? range
        }
    }

    /// The good moves the signal patterns (`RuleBook.signals`) find in a sentence: a
    /// meaning check, an experience question.
    func patternSignals(in sentence: Sentence) -> [Signal.Kind] {
        var kinds: [Signal.Kind] = []
        for index in sentence.tokens where matcher.flags[index].contains(.matchable) && matcher.ids[index] >= 0 {
            for entry in book.signalsByStartWord[Int(matcher.ids[index])] {
                let kind = book.signalPatterns[entry].kind
                if !kinds.contains(kind), matcher.match(book.signalPatterns[entry].pattern, at: index) != nil {
                    kinds.append(kind)
                }
            }
        }
        return kinds
    }

    /// The matches of the signal patterns in a sentence, as `--uitleg` and the examples of
    /// the signal files see them: each pattern's entry in `book.signalPatterns` and the
    /// tokens it matched. As with a rule's patterns, where matches of one kind overlap, the
    /// first pattern (in file order) at the first token speaks for the words.
    func signalMatches(in sentence: Sentence) -> [(entry: Int, tokens: ClosedRange<Int>)] {
        var matches: [(entry: Int, tokens: ClosedRange<Int>)] = []
        var lastEnd: [Signal.Kind: Int] = [:]
        for index in sentence.tokens where matcher.flags[index].contains(.matchable) && matcher.ids[index] >= 0 {
            for entry in book.signalsByStartWord[Int(matcher.ids[index])] {
                let kind = book.signalPatterns[entry].kind
                guard index > lastEnd[kind, default: -1],
                    let end = matcher.match(book.signalPatterns[entry].pattern, at: index)
                else { continue }
                lastEnd[kind] = end
                matches.append((entry, index...end))
            }
        }
        return matches
    }

    /// A sentence's words (and closing mark), clamped to 40 tokens around `range`.
    func sentenceTokens(_ sentenceIndex: Int, around range: ClosedRange<Int>? = nil) -> ClosedRange<Int>? {
        guard let bounds = sentenceBounds[sentenceIndex] else { return nil }
        guard let range else { return bounds }
        var first = max(bounds.lowerBound, range.lowerBound - 40)
        var last = min(bounds.upperBound, range.upperBound + 40)
        while first < range.lowerBound, !text.tokens[first].isWord { first += 1 }
        while last > range.upperBound, !text.tokens[last].isWord, text.tokens[last].kind != .punctuation { last -= 1 }
        return first...last
    }

    // MARK: Whole-sentence checks

    private func inferenceFindings(after patternFindings: [RuleFinding]) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        let inferenceRules = book.inferenceRules
        var categoriesBySentence = [CategorySet](filledWith: CategorySet(), count: text.sentences.count)
        for finding in patternFindings { categoriesBySentence[finding.sentence].insert(finding.rule.category) }
        let checksConclusions = inferenceRules[.conclusionBeyondClientWords] != nil

        for (sentenceIndex, sentence) in text.sentences.enumerated() {
            let found = categoriesBySentence[sentenceIndex]
            let findingsBefore = findings.count
            func add(_ inference: Inference) {
                guard let ruleIndex = inferenceRules[inference], book.scopes[ruleIndex].admits(sentence),
                    let bounds = sentenceTokens(sentenceIndex), exception(ruleIndex, bounds, sentence) == nil
                else { return }
                let spanTokens = bounds.count > 81 ? bounds.lowerBound...(bounds.lowerBound + 80) : bounds
                findings.append(
                    RuleFinding(
                        ruleIndex: ruleIndex, rule: book.sharedRules[ruleIndex], pattern: -1, tokens: bounds,
                        sentence: sentenceIndex,
                        spanTokens: spanTokens, span: text.span(ofTokens: spanTokens)))
            }
            if checksConclusions, !found.contains(.interpretation),
                ConclusionCheck(text: text, blocked: blocked, clientWords: clientWords).goesBeyondClientWords(
                    sentence,
                    offeredForCheck: patternSignals(in: sentence).contains(.meaningCheck)
                        || summaryClosing.map { EchoDetector.givenBackForCheck(sentence, before: $0) } ?? false)
            {
                add(.conclusionBeyondClientWords)
            }
            if found.contains(.leadingQuestion) {
                if found.contains(.judgment) || found.contains(.prematureOpinion) {
                    if !found.contains(.prematureOpinion), hasCaseVerdict(in: sentenceIndex, patternFindings) {
                        add(.agreementBid)
                    }
                } else if !found.contains(.interpretation) {
                    add(.assumedAnswer)
                }
            } else if sentence.isQuestion, found.contains(.interpretation) || found.contains(.judgment) {
                if endsWithConfirmationTag(sentence) {
                    add(.confirmationTag)
                } else if opensWithVerb(sentence) ? negatesMainClause(sentence) : negatesClauseAfterComma(sentence) {
                    add(.negativeQuestion)
                }
            } else if sentenceIndex > 0, categoriesBySentence[sentenceIndex - 1].contains(.whyQuestion),
                offersExpectedAnswerAfterWhyQuestion(sentence)
            {
                add(.negativeQuestion)
            }
            // The self-evident word is the only sign left: where a rule or check above named
            // what the sentence does ("dat had je natuurlijk moeten doen" is a verdict), it speaks.
            if findings.count == findingsBefore, found.isEmpty, holdsSelfEvidentWord(sentence) {
                add(.selfEvidentAssumption)
            }
        }
        return findings
    }

    /// Whether a sentence holds a verdict on the case rather than only on the client themself:
    /// "u kon er toch niks aan doen?" reassures, "dat is toch schandalig?" asks to agree.
    private func hasCaseVerdict(in sentenceIndex: Int, _ findings: [RuleFinding]) -> Bool {
        findings.contains { $0.sentence == sentenceIndex && $0.rule.category == .judgment && !$0.rule.reassuresClient }
    }

    /// Whether a question opens with its finite verb: "Was dat ...?", and also "Had de school
    /// ...?", which the question detector reads as statement order because a determiner follows.
    private func opensWithVerb(_ sentence: Sentence) -> Bool {
        switch sentence.form {
        case .yesNoQuestion: return true
        case .declarativeQuestion:
            guard let first = sentence.firstWordIndex else { return false }
            return QuestionDetector.Lookups.questionVerbs.contains(text.tokens[first].folded)
        case .statement, .contentQuestion: return false
        }
    }

    /// Whether a negation stands before the first comma or subordinator: "Was dat niet
    /// vreselijk?" is negative, "Vindt u het eerlijk dat zij blijft en u niet?" is not. Right
    /// after the verb "dat" and "die" are the subject ("was dat niet ...", "had die man niet ...").
    private func negatesMainClause(_ sentence: Sentence) -> Bool {
        guard let first = sentence.firstWordIndex else { return false }
        return negatesClause(from: first, in: sentence)
    }

    /// Whether a question not opened by its verb holds, after a comma, a clause that opens
    /// with its verb and is negative: "wat vind gij, is da nie een beetje gemakkelijk van uw
    /// mama?", "die gsm afpakken, is da nie wat streng?".
    private func negatesClauseAfterComma(_ sentence: Sentence) -> Bool {
        for comma in sentence.tokens where text.tokens[comma].folded == "," {
            let next = sentence.tokens[(comma + 1)...].first {
                text.tokens[$0].folded == "," || text.tokens[$0].isWord && !blocked[$0]
            }
            if let next, text.tokens[next].isWord,
                QuestionDetector.Lookups.questionVerbs.contains(text.tokens[next].folded),
                negatesClause(from: next, in: sentence)
            {
                return true
            }
        }
        return false
    }

    /// Whether the clause from `start` to the next comma holds a negation before any
    /// subordinate clause ("heb je niet ...", not "heb je gehoord dat hij niet ...").
    private func negatesClause(from start: Int, in sentence: Sentence) -> Bool {
        var position = 0
        for index in start..<sentence.tokens.upperBound {
            let token = text.tokens[index]
            if token.folded == "," { return false }
            guard token.isWord, !blocked[index] else { continue }
            defer { position += 1 }
            if position > 1, SentenceSplitter.subordinators.contains(token.folded) { return false }
            if Self.negations.contains(token.folded) { return true }
        }
        return false
    }

    /// "waarom heb je het meteen uitgegeven, had je niet eerst iets opzij kunnen zetten?": a
    /// negative clause after a why-question's comma offers the answer it expects. Its question
    /// mark is required: "waarom zat je te kijken, kon je niet slapen ofzo" (typed as a remark,
    /// options offered) is labelled without a leading question. As a sentence of its own after
    /// the why-question's question mark ("waarom heb je hem laten gaan? had je niet eerst de
    /// politie kunnen bellen?") it needs the counterfactual's modal, so a reason guessed
    /// ("waarom belde je toen pas? had je geen bereik?") is left to the interpretation rules.
    /// The caller checks that the sentence before is a why-question.
    private func offersExpectedAnswerAfterWhyQuestion(_ sentence: Sentence) -> Bool {
        (sentence.continuesWhyQuestion || sentence.followsWhyQuestion && holdsCounterfactualModal(sentence))
            && sentence.terminal == "?" && opensWithVerb(sentence) && negatesMainClause(sentence)
    }

    /// Whether a sentence holds the modal of a counterfactual ("had je niet eerst ... kunnen
    /// bellen?", "had u dat niet moeten vragen?"), among the listener's own words.
    private func holdsCounterfactualModal(_ sentence: Sentence) -> Bool {
        sentence.tokens.contains {
            text.tokens[$0].isWord && !blocked[$0] && Self.counterfactualModals.contains(text.tokens[$0].folded)
        }
    }

    /// Whether the listener's own words hold "natuurlijk" or the like (not the client's, quoted or echoed).
    private func holdsSelfEvidentWord(_ sentence: Sentence) -> Bool {
        sentence.tokens.contains {
            text.tokens[$0].isWord && !blocked[$0] && Self.selfEvidentWords.contains(text.tokens[$0].folded)
        }
    }

    private func endsWithConfirmationTag(_ sentence: Sentence) -> Bool {
        let words = sentence.tokens.filter { text.tokens[$0].isWord && !blocked[$0] }.suffix(3).map {
            text.tokens[$0].folded
        }
        guard let last = words.last else { return false }
        if Self.confirmationTags.contains(last) { return true }
        return Words.confirmationQuestions.contains { $0.count <= words.count && words.suffix($0.count) == $0[...] }
    }
}
