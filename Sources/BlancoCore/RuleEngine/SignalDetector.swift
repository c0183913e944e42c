/// Finds the good moves in a response: open questions, meaning checks, summaries in the
/// client's words, encouragers, silence and experience questions. A sentence with a flag
/// earns no signal: a good question wrapped around a verdict is still a verdict.
struct SignalDetector {
    let text: ResponseText
    let blocked: [Bool]
    let clientWords: ClientWords
    let flaggedSentences: Set<Int>
    let runner: RuleRunner

    private static let encouragerLookup = WordLookup(Words.encouragers)
    private static let silenceLookup = WordLookup(Words.silenceWords)
    private static let invitationLookup = WordLookup(Words.invitationVerbs)

    func signals() -> [Signal] {
        var signals: [Signal] = []
        let tokens = text.tokens
        if tokens.allSatisfy({ !$0.isWord || Self.silenceLookup.contains($0.folded) }) {
            let end = text.text.unicodeScalars.count
            return [Signal(kind: .silence, span: TextSpan(start: 0, end: end), text: text.text)]
        }
        for (sentenceIndex, sentence) in text.sentences.enumerated() where !flaggedSentences.contains(sentenceIndex) {
            guard let spanTokens = runner.sentenceTokens(sentenceIndex, around: sentence.firstWordIndex.map { $0...$0 })
            else {
                continue
            }
            let span = text.span(ofTokens: spanTokens)
            var kinds = runner.patternSignals(in: sentence)
            let words = Array(sentence.tokens.lazy.filter { tokens[$0].isWord }.prefix(200))
            if kinds.isEmpty {
                if words.count <= 6, words.allSatisfy({ Self.encouragerLookup.contains(tokens[$0].folded) }) {
                    kinds.append(.encourager)
                } else if sentence.form == .contentQuestion || isInvitationToTell(words) {
                    kinds.append(.openQuestion)
                } else if isSummary(sentence, words) {
                    kinds.append(.summary)
                }
            }
            for kind in kinds { signals.append(Signal(kind: kind, span: span, text: text.slice(tokens: spanTokens))) }
        }
        return signals
    }

    /// "Kunt u vertellen ...", "Wil je er meer over vertellen?"
    private func isInvitationToTell(_ words: [Int]) -> Bool {
        words.contains { Self.invitationLookup.contains(text.tokens[$0].folded) }
    }

    /// A statement whose content words the client used (at least three, and four in five).
    private func isSummary(_ sentence: Sentence, _ words: [Int]) -> Bool {
        guard !clientWords.isEmpty, sentence.form == .statement else { return false }
        let content = words.map { text.tokens[$0].folded }.filter(ContentWords.isContentWord)
        guard content.count >= 3 else { return false }
        let echoed = content.filter(clientWords.containsStem(of:)).count
        return echoed * 5 >= content.count * 4
    }
}
