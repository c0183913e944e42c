/// Splits tokens into sentences. Copes with how trainees type: missing full stops, all
/// lower case, a line break instead of punctuation, and "oké, wat gebeurde er" where a
/// question starts after a comma.
public enum SentenceSplitter {
    /// Token ranges of the sentences, in order; together they cover every token.
    public static func split(_ tokens: [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
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
                } else if token.folded == ",", startsQuestion(tokens, at: index + 1) {
                    endsHere = true
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

    private static let abbreviations = WordLookup(DutchFunctionWords.abbreviations)

    private static func isAbbreviation(_ token: Token) -> Bool {
        token.kind == .word && abbreviations.contains(token.folded)
    }

    /// A question word followed by another word: "..., wat gebeurde er".
    private static func startsQuestion(_ tokens: [Token], at index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index].kind == .word, tokens[index + 1].kind == .word else { return false }
        let word = tokens[index].folded
        guard QuestionDetector.Lookups.questionWords.contains(word), word != "wat" || tokens[index + 1].folded != "een"
        else { return false }
        return !QuestionDetector.isExclamationWord(tokens[index + 1].folded)
            || ["lang", "laat", "vaak", "oud", "veel", "ver"].contains(tokens[index + 1].folded)
    }
}
