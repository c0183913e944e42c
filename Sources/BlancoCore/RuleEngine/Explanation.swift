/// Why the analyzer flagged what it flagged and kept silent elsewhere: every match of every
/// pattern with what became of it, the whole-sentence checks that fired and the client's
/// words it did not read. `blanco analyze --uitleg` prints it, so a false alarm can be
/// traced to one pattern in seconds.
public struct Explanation: Sendable {
    /// What became of one match.
    public enum Outcome: Sendable, Equatable {
        /// It is a flag of the analysis.
        case flagged
        /// The rule does not look at this kind of sentence.
        case outOfScope(Rule.Scope)
        /// One of the rule's exceptions matched: its name and why.
        case exception(name: String, reason: String)
        /// The matched words are the client's own, and the rule yields to them.
        case echo
        /// An earlier or longer match of the same rule covers these words.
        case coveredBySameRule
        /// Another rule of the same category already speaks for these words.
        case sameCategory(ruleID: String)
        /// At the late stage an opinion-question is a good move, not a flag.
        case lateStage
        /// An earlier pattern of the same rule found the same words.
        case samePlace(pattern: String)
    }

    public struct Match: Sendable {
        public let ruleID: String
        public let pattern: TokenPattern
        public let sentence: Int
        public let span: TextSpan
        public let text: String
        public let outcome: Outcome
    }

    /// The analysis itself, as `analyze` gives it.
    public let analysis: Analysis
    /// The sentences of the response, as the analyzer split them.
    public let sentences: [(span: TextSpan, text: String)]
    /// Every pattern match, in order of sentence and position.
    public let matches: [Match]
    /// Flags of whole-sentence checks (their pattern is the check's name), by sentence.
    public let checks: [(sentence: Int, flag: Flag)]
    /// The client's words the patterns did not read: quoted or echoed.
    public let unread: [(span: TextSpan, text: String)]
    /// Every match of a good-move pattern (`Rules/nl/signals/`), in order of sentence and
    /// position.
    public let signalMatches: [SignalMatch]

    /// A match of a good-move pattern, and whether the analysis counts the move: a flag in
    /// the same sentence takes it away.
    public struct SignalMatch: Sendable {
        public let kind: Signal.Kind
        public let pattern: TokenPattern
        public let sentence: Int
        public let span: TextSpan
        public let text: String
        public let earned: Bool
    }
}

extension Analyzer {
    /// The analysis of `response` with the trace behind it.
    public func explain(_ response: String, context: String = "", stage: Stage = .opening) -> Explanation {
        let analysis = analyze(response, context: context, stage: stage)
        let text = ResponseText(response)
        let clientWords = ClientWords(context)
        let runner = RuleRunner(book: book, text: text, clientWords: clientWords)
        let blocked = runner.blocked
        let rules = book.book.rules

        let sentences = text.sentences.map { sentence -> (span: TextSpan, text: String) in
            let range = sentence.tokens.lowerBound...max(sentence.tokens.lowerBound, sentence.tokens.upperBound - 1)
            return (text.span(ofTokens: range), text.slice(tokens: range))
        }
        let checkRules = Set(rules.filter { if case .inference = $0.detection { true } else { false } }.map(\.id))
        let checks = analysis.flags.filter { checkRules.contains($0.ruleID) }.map { flag in
            (sentences.firstIndex { $0.span.start <= flag.span.start && flag.span.start < $0.span.end } ?? 0, flag)
        }
        var matches: [Explanation.Match] = []
        var seen: [String: String] = [:]
        for traced in runner.tracedMatches() {
            let rule = rules[traced.ruleIndex]
            let pattern = book.pattern(traced.pattern)
            var outcome = traced.outcome
            let key = "\(traced.ruleIndex) \(traced.span.start) \(traced.span.end)"
            if outcome == .flagged {
                if let earlier = seen[key] {
                    outcome = .samePlace(pattern: earlier)
                } else {
                    seen[key] = pattern.name
                    outcome = Self.fate(
                        rule: rule, span: traced.span, pattern: pattern.name, in: analysis, stage: stage)
                }
            }
            matches.append(
                Explanation.Match(
                    ruleID: rule.id, pattern: pattern, sentence: traced.sentence, span: traced.span,
                    text: text.slice(tokens: traced.spanTokens), outcome: outcome))
        }
        var unread: [(span: TextSpan, text: String)] = []
        var index = 0
        while index < text.tokens.count {
            guard blocked[index], text.tokens[index].isWord else {
                index += 1
                continue
            }
            var last = index
            while last + 1 < text.tokens.count, blocked[last + 1] || !text.tokens[last + 1].isWord,
                text.sentenceOfToken[last + 1] == text.sentenceOfToken[index]
            {
                last += 1
            }
            while last > index, !(blocked[last] && text.tokens[last].isWord) { last -= 1 }
            unread.append((text.span(ofTokens: index...last), text.slice(tokens: index...last)))
            index = last + 1
        }
        var signalMatches: [Explanation.SignalMatch] = []
        for (index, sentence) in text.sentences.enumerated() {
            for match in runner.signalMatches(in: sentence) {
                let kind = book.signalPatterns[match.entry].kind
                let span = text.span(ofTokens: match.tokens)
                signalMatches.append(
                    Explanation.SignalMatch(
                        kind: kind, pattern: book.signalPattern(match.entry), sentence: index, span: span,
                        text: text.slice(tokens: match.tokens),
                        earned: analysis.signals.contains {
                            $0.kind == kind && $0.span.start <= span.start && span.end <= $0.span.end
                        }))
            }
        }
        return Explanation(
            analysis: analysis, sentences: sentences, matches: matches, checks: checks, unread: unread,
            signalMatches: signalMatches)
    }

    /// What became of a match that no check kept silent.
    private static func fate(rule: Rule, span: TextSpan, pattern: String, in analysis: Analysis, stage: Stage)
        -> Explanation.Outcome
    {
        if analysis.flags.contains(where: { $0.ruleID == rule.id && $0.span == span && $0.pattern == pattern }) {
            return .flagged
        }
        if rule.category == .prematureOpinion, stage == .late { return .lateStage }
        if let other = analysis.flags.first(where: {
            $0.category == rule.category && $0.ruleID != rule.id && $0.span.overlaps(span)
        }) {
            return .sameCategory(ruleID: other.ruleID)
        }
        return .coveredBySameRule
    }
}

extension CompiledRuleBook {
    /// The pattern value behind a compiled pattern's index.
    func pattern(_ index: Int) -> TokenPattern {
        let rule = book.rules[patternRule[index]]
        guard case .patterns(let patterns) = rule.detection else { preconditionFailure("a pattern of a check rule") }
        return patterns[index - firstPattern(of: patternRule[index])]
    }

    /// The good-move pattern behind an entry of `signalPatterns`.
    func signalPattern(_ entry: Int) -> TokenPattern {
        var index = entry
        for signal in book.signals {
            if index < signal.patterns.count { return signal.patterns[index] }
            index -= signal.patterns.count
        }
        preconditionFailure("no signal pattern \(entry)")
    }

    func firstPattern(of ruleIndex: Int) -> Int {
        patternRule.firstIndex(of: ruleIndex) ?? 0
    }
}

/// One match of one pattern, before the analysis decides what it becomes.
struct TracedMatch {
    let ruleIndex: Int
    let pattern: Int
    let tokens: ClosedRange<Int>
    let spanTokens: ClosedRange<Int>
    let sentence: Int
    let span: TextSpan
    /// `.flagged` when no check kept it silent; the analysis decides the rest.
    let outcome: Explanation.Outcome
}

extension RuleRunner {
    /// Every match of every pattern at every word, with the checks that kept it silent:
    /// scope, exceptions, echo. Slow (every pattern at every word) and only for explaining.
    func tracedMatches() -> [TracedMatch] {
        var result: [TracedMatch] = []
        let rules = book.book.rules
        for index in text.tokens.indices where matcher.flags[index].contains(.matchable) {
            let sentenceIndex = text.sentenceOfToken[index]
            let sentence = text.sentences[sentenceIndex]
            for (patternIndex, pattern) in book.patterns.enumerated() {
                guard let last = matcher.match(pattern, at: index) else { continue }
                let ruleIndex = book.patternRule[patternIndex]
                let rule = rules[ruleIndex]
                let first = firstMatched(from: index, to: last)
                let range = first...max(first, last)
                var outcome = Explanation.Outcome.flagged
                if !book.scopes[ruleIndex].admits(sentence) {
                    outcome = .outOfScope(rule.scope)
                } else if let exception = exception(ruleIndex, range, sentence) {
                    outcome = .exception(
                        name: rule.antipatterns[exception].name, reason: rule.antipatterns[exception].reason)
                } else if rule.yieldsToEcho, echoesClient(echoRange(of: rule, range, sentence)) {
                    outcome = .echo
                }
                let spanTokens = extent(of: rule, range, sentenceIndex)
                result.append(
                    TracedMatch(
                        ruleIndex: ruleIndex, pattern: patternIndex, tokens: range, spanTokens: spanTokens,
                        sentence: sentenceIndex,
                        span: text.span(ofTokens: spanTokens), outcome: outcome))
            }
        }
        return result
    }
}
