/// Finds the words a response quotes ("Je zegt dat het 'onterecht' voelt"): those are the
/// client's words, not the listener's, so rules do not match them.
public enum QuoteDetector {
    /// For each token, whether it stands inside quotation marks (the marks included).
    /// A quotation opens at a mark that can open and closes at the next mark of the same
    /// family that can close, within one line; an unclosed mark quotes nothing.
    public static func quotedTokens(_ tokens: [Token]) -> [Bool] {
        var quoted = [Bool](filledWith: false, count: tokens.count)
        var openIndex: Int?
        var openFamily: QuoteMark.Family = .double
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .quote(let mark):
                if let start = openIndex {
                    if mark.family == openFamily, mark.canClose {
                        for i in start...index { quoted[i] = true }
                        openIndex = nil
                    }
                } else if mark.canOpen {
                    openIndex = index
                    openFamily = mark.family
                }
            case .lineBreak:
                openIndex = nil
            default:
                break
            }
        }
        return quoted
    }
}
