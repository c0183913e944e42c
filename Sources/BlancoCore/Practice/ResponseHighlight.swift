import DisplayText
/// Marks the flagged words in a trainee's own sentence, so feedback points at the exact
/// words: with colour codes on a terminal, with `[[ ]]` in plain text. Each piece is
/// sanitized for the terminal before the markers go in, so spans (counted in Unicode
/// scalars of the raw response) stay correct even when the response holds control characters.
public enum ResponseHighlight {
    /// `response` with every span wrapped in `open` … `close`; overlapping spans are merged.
    public static func mark(_ response: String, spans: [TextSpan], open: String, close: String) -> String {
        let scalars = Array(response.unicodeScalars)
        var merged: [TextSpan] = []
        for span in spans.sorted() where !span.isEmpty {
            let start = min(span.start, scalars.count)
            let end = min(span.end, scalars.count)
            guard start < end else { continue }
            if let last = merged.last, start <= last.end {
                merged[merged.count - 1] = TextSpan(start: last.start, end: max(last.end, end))
            } else {
                merged.append(TextSpan(start: start, end: end))
            }
        }
        var result = ""
        var position = 0
        func piece(_ from: Int, _ to: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[from..<to])
            return TerminalText.sanitize(String(view), keepNewlines: false)
        }
        for span in merged {
            result += piece(position, span.start) + open + piece(span.start, span.end) + close
            position = span.end
        }
        return result + piece(position, scalars.count)
    }
}
