import BlancoCore
import DisplayText

/// The readable report of `blanco analyze`: the response with its flagged spans
/// highlighted (on a colour terminal), each flag with its explanation, the good moves and
/// the score with every deduction and bonus.
enum AnalyzeTextReport {
    static let highlight = "\u{1B}[1;4;31m"
    static let bold = "\u{1B}[1m"
    static let reset = "\u{1B}[0m"

    /// Writes the report of an analysis of any length as its flags, signals and score lines
    /// are handed over, so none of them needs to be held whole.
    static func write(_ analysis: some AnalysisParts, to out: Output, colors: Bool, width: Int = 80) {
        var report = Report(out: out, colors: colors, width: width)
        report.header(stage: analysis.stage)
        var spans: [TextSpan] = []
        if colors {
            spans.reserveCapacity(analysis.flagCount)
            analysis.forEachFlagSpan { spans.append($0) }
        }
        report.response(analysis.response, spans: spans)
        spans = []
        report.flagsHeader(count: analysis.flagCount)
        analysis.forEachFlag { report.flag($0) }
        report.signalsHeader(count: analysis.signalCount)
        analysis.forEachSignal { report.signal($0) }
        report.scoreHeader(points: analysis.points, gradeText: analysis.gradeText)
        analysis.forEachScoreLine { report.scoreLine($0) }
    }

    /// Writes the parts of the report in order; each rule's wrapped explanation is
    /// worked out once, however often the rule flags.
    private struct Report {
        let out: Output
        let colors: Bool
        let width: Int
        var wrapped: [String: String] = [:]

        init(out: Output, colors: Bool, width: Int) {
            self.out = out
            self.colors = colors
            self.width = width
        }

        mutating func paragraph(_ text: String) -> String {
            if let known = wrapped[text] { return known }
            let result = TextWrap.wrap(TerminalText.sanitize(text, keepNewlines: false), width: width, indent: "    ")
            wrapped[text] = result
            return result
        }

        func header(stage: Stage) {
            out.line(
                (colors ? bold : "") + "Reactie" + (colors ? reset : "")
                    + " (fase: \(stage == .late ? "laat" : "opening"))")
        }

        /// The response, sanitized, with flagged spans wrapped in colour codes, written in
        /// pieces of at most `pieceScalars` scalars.
        func response(_ response: String, spans unsorted: [TextSpan]) {
            out.write("  ")
            let spans = colors ? unsorted.sorted() : []
            var segment = String.UnicodeScalarView()
            var flagged = false
            var next = 0
            var offset = 0
            var segmentCount = 0
            for scalar in response.unicodeScalars {
                while next < spans.count, spans[next].end <= offset { next += 1 }
                let inside = next < spans.count && spans[next].start <= offset && offset < spans[next].end
                if inside != flagged {
                    out.write(TerminalText.sanitize(String(segment), keepNewlines: false))
                    out.write(inside ? highlight : reset)
                    segment = String.UnicodeScalarView()
                    segmentCount = 0
                    flagged = inside
                } else if segmentCount >= AnalyzeTextReport.pieceScalars, segment.last != "\r" {
                    // A cut between CR and LF would change how the pair is sanitized.
                    out.write(TerminalText.sanitize(String(segment), keepNewlines: false))
                    segment = String.UnicodeScalarView()
                    segmentCount = 0
                }
                segment.append(scalar)
                segmentCount += 1
                offset += 1
            }
            out.write(TerminalText.sanitize(String(segment), keepNewlines: false))
            out.line(flagged ? reset : "")
            out.line()
        }

        func flagsHeader(count: Int) {
            if count == 0 {
                out.line(
                    "Geen oordeel, interpretatie, voorbarige meningsvraag, advies, waaromvraag of suggestieve vraag gevonden."
                )
            } else {
                out.line("Gevonden (\(count)):")
            }
        }

        mutating func flag(_ flag: Flag) {
            let quote = TerminalText.sanitize(flag.text, keepNewlines: false)
            out.line(
                "  • \(flag.category.dutchName): \u{201C}\(quote)\u{201D}  [\(flag.span.start)–\(flag.span.end), \(flag.ruleID)]"
            )
            out.line(paragraph(flag.message))
            out.line(paragraph("Blanco alternatief: " + flag.suggestion))
        }

        func signalsHeader(count: Int) {
            guard count > 0 else { return }
            out.line()
            out.line("Goed:")
        }

        func signal(_ signal: Signal) {
            let quote = TerminalText.sanitize(signal.text, keepNewlines: false)
            out.line("  + \(signal.kind.dutchName)" + (quote.isEmpty ? "" : ": \u{201C}\(quote)\u{201D}"))
        }

        func scoreHeader(points: Int, gradeText: String) {
            out.line()
            out.line("Score: \(points) van 100, cijfer \(gradeText)")
        }

        func scoreLine(_ line: ResponseScore.Line) {
            let sign = line.points < 0 ? "−" : "+"
            out.line("  \(sign)\(abs(line.points))  " + TerminalText.sanitize(line.label, keepNewlines: false))
        }
    }

    /// The longest piece of the response sanitized and written at once.
    static let pieceScalars = 16_384
}
