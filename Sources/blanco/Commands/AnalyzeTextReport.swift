import BlancoCore

/// The readable report of `blanco analyze`: the response with its flagged spans
/// highlighted (on a colour terminal), each flag with its explanation, the good moves and
/// the score with every deduction and bonus.
enum AnalyzeTextReport {
    static let highlight = "\u{1B}[1;4;31m"
    static let bold = "\u{1B}[1m"
    static let reset = "\u{1B}[0m"

    static func write(_ analysis: Analysis, to out: Output, colors: Bool, width: Int = 80) {
        func paragraph(_ text: String) -> String {
            TextWrap.wrap(TerminalText.sanitize(text, keepNewlines: false), width: width, indent: "    ")
        }
        out.line((colors ? bold : "") + "Reactie" + (colors ? reset : "") + " (fase: \(analysis.stage == .late ? "laat" : "opening"))")
        out.line("  " + highlighted(analysis, colors: colors))
        out.line()
        if analysis.flags.isEmpty {
            out.line("Geen oordeel, interpretatie, voorbarige meningsvraag, advies, waaromvraag of suggestieve vraag gevonden.")
        } else {
            out.line("Gevonden (\(analysis.flags.count)):")
            for flag in analysis.flags {
                let quote = TerminalText.sanitize(flag.text, keepNewlines: false)
                out.line("  • \(flag.category.dutchName): \u{201C}\(quote)\u{201D}  [\(flag.span.start)–\(flag.span.end), \(flag.ruleID)]")
                out.line(paragraph(flag.message))
                out.line(paragraph("Blanco alternatief: " + flag.suggestion))
            }
        }
        if !analysis.signals.isEmpty {
            out.line()
            out.line("Goed:")
            for signal in analysis.signals {
                let quote = TerminalText.sanitize(signal.text, keepNewlines: false)
                out.line("  + \(signal.kind.dutchName)" + (quote.isEmpty ? "" : ": \u{201C}\(quote)\u{201D}"))
            }
        }
        out.line()
        out.line("Score: \(analysis.score.points) van 100, cijfer \(analysis.score.gradeText)")
        for line in analysis.score.lines {
            let sign = line.points < 0 ? "−" : "+"
            out.line("  \(sign)\(abs(line.points))  " + TerminalText.sanitize(line.label, keepNewlines: false))
        }
    }

    /// The response, sanitized, with flagged spans wrapped in colour codes.
    static func highlighted(_ analysis: Analysis, colors: Bool) -> String {
        let response = analysis.response
        guard colors, !analysis.flags.isEmpty else { return TerminalText.sanitize(response, keepNewlines: false) }
        var result = ""
        var segment = String.UnicodeScalarView()
        var flagged = false
        let spans = analysis.flags.map(\.span).sorted()
        var next = 0
        var offset = 0
        for scalar in response.unicodeScalars {
            while next < spans.count, spans[next].end <= offset { next += 1 }
            let inside = next < spans.count && spans[next].start <= offset && offset < spans[next].end
            if inside != flagged {
                result += TerminalText.sanitize(String(segment), keepNewlines: false) + (inside ? highlight : reset)
                segment = String.UnicodeScalarView()
                flagged = inside
            }
            segment.append(scalar)
            offset += 1
        }
        result += TerminalText.sanitize(String(segment), keepNewlines: false) + (flagged ? reset : "")
        return result
    }
}
