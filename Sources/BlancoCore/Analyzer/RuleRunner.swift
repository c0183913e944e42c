/// Runs the rules of a compiled rule book over one response: token patterns first, then
/// the checks that look at whole sentences and at the flags found so far.
struct RuleRunner {
    let book: CompiledRuleBook
    let text: ResponseText
    let blocked: [Bool]
    let clientWords: ClientWords

    func findings() -> [RuleFinding] {
        var findings = patternFindings()
        findings += inferenceFindings(after: findings)
        return findings
    }

    private var matcher: PatternMatcher { PatternMatcher(text: text, blocked: blocked) }

    private func patternFindings() -> [RuleFinding] {
        var findings: [RuleFinding] = []
        let matcher = self.matcher
        let tokens = text.tokens
        var seen = Set<Int64>()
        for index in tokens.indices where tokens[index].isWord && !blocked[index] {
            let candidates = (book.byStartWord[tokens[index].folded] ?? []) + book.unindexed
            if candidates.isEmpty { continue }
            let sentenceIndex = text.sentenceOfToken[index]
            let sentence = text.sentences[sentenceIndex]
            for entry in candidates {
                let rule = book.book.rules[entry.rule]
                guard rule.scope.admits(sentence) else { continue }
                guard let last = matcher.match(book.pattern(entry), at: index) else { continue }
                let first = firstMatched(from: index, to: last)
                let range = first...max(first, last)
                if isExcepted(rule, range, sentence, matcher) { continue }
                let span = extent(of: rule, range, sentence)
                // One finding per rule and span, however many patterns found it.
                let key = Int64(entry.rule) << 48 | Int64(span.start) << 24 | Int64(span.end & 0xFFFFFF)
                if !seen.insert(key).inserted { continue }
                findings.append(RuleFinding(ruleIndex: entry.rule, rule: rule, tokens: range, sentence: sentenceIndex, span: span))
            }
        }
        return findings
    }

    /// A match starts at its first word; anchors before it take no tokens.
    private func firstMatched(from index: Int, to last: Int) -> Int {
        var first = index
        while first < last, !text.tokens[first].isWord { first += 1 }
        return first
    }

    private func isExcepted(_ rule: Rule, _ range: ClosedRange<Int>, _ sentence: Sentence, _ matcher: PatternMatcher) -> Bool {
        for antipattern in rule.antipatterns {
            let window: ClosedRange<Int>
            switch antipattern.reach {
            case .overlapping: window = max(sentence.tokens.lowerBound, range.lowerBound - 8)...range.upperBound
            case .sameSentence:
                window = max(sentence.tokens.lowerBound, range.lowerBound - 40)...min(sentence.tokens.upperBound - 1, range.upperBound + 40)
            }
            for start in window where text.tokens[start].isWord {
                guard let end = matcher.match(antipattern.pattern, at: start) else { continue }
                switch antipattern.reach {
                case .sameSentence: return true
                case .overlapping: if start <= range.upperBound && end >= range.lowerBound { return true }
                }
            }
        }
        return false
    }

    func extent(of rule: Rule, _ range: ClosedRange<Int>, _ sentence: Sentence) -> TextSpan {
        switch rule.extent {
        case .match: return text.span(ofTokens: range)
        case .sentence: return sentenceSpan(sentence) ?? text.span(ofTokens: range)
        }
    }

    /// From the first word of a sentence to its last word or closing mark.
    func sentenceSpan(_ sentence: Sentence) -> TextSpan? {
        let tokens = text.tokens
        guard let first = sentence.tokens.first(where: { tokens[$0].isWord }) else { return nil }
        var last = first
        for index in sentence.tokens where index > first {
            let token = tokens[index]
            if token.isWord || (token.kind == .punctuation && SentenceSplitter.isTerminator(token.folded)) {
                last = index
            }
        }
        return text.span(ofTokens: first...last)
    }

    // MARK: Whole-sentence checks

    private func inferenceFindings(after patternFindings: [RuleFinding]) -> [RuleFinding] {
        var findings: [RuleFinding] = []
        let rules = book.book.rules
        var inferenceRules: [Inference: Int] = [:]
        for (index, rule) in rules.enumerated() {
            if case .inference(let inference) = rule.detection { inferenceRules[inference] = index }
        }
        var categoriesBySentence: [Int: Set<Category>] = [:]
        for finding in patternFindings { categoriesBySentence[finding.sentence, default: []].insert(finding.rule.category) }

        for (sentenceIndex, sentence) in text.sentences.enumerated() {
            let found = categoriesBySentence[sentenceIndex] ?? []
            func add(_ inference: Inference) {
                guard let ruleIndex = inferenceRules[inference], let span = sentenceSpan(sentence),
                    let first = sentence.tokens.first(where: { text.tokens[$0].isWord && !blocked[$0] })
                else { return }
                findings.append(
                    RuleFinding(
                        ruleIndex: ruleIndex, rule: rules[ruleIndex], tokens: first...(sentence.tokens.upperBound - 1),
                        sentence: sentenceIndex, span: span))
            }
            if inferenceRules[.conclusionBeyondClientWords] != nil, !found.contains(.interpretation),
                ConclusionCheck(text: text, blocked: blocked, clientWords: clientWords).goesBeyondClientWords(sentence)
            {
                add(.conclusionBeyondClientWords)
            }
            if found.contains(.leadingQuestion) {
                if found.contains(.judgment) || found.contains(.prematureOpinion) {
                    if !found.contains(.prematureOpinion) { add(.agreementBid) }
                } else if !found.contains(.interpretation) {
                    add(.assumedAnswer)
                }
            } else if sentence.isQuestion, found.contains(.interpretation) || found.contains(.judgment),
                endsWithConfirmationTag(sentence)
            {
                add(.confirmationTag)
            }
        }
        return findings
    }

    private func endsWithConfirmationTag(_ sentence: Sentence) -> Bool {
        let words = sentence.tokens.filter { text.tokens[$0].isWord && !blocked[$0] }.suffix(3).map { text.tokens[$0].folded }
        guard let last = words.last else { return false }
        if ["toch", "he", "waar", "niet"].contains(last) { return true }
        return words.count >= 2 && words[words.count - 2] == "klopt" && ["dat", "het"].contains(last)
    }
}
