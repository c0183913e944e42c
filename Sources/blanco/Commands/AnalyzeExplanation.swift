import BlancoCore
import DisplayText

/// `analyze --uitleg`: per sentence, each pattern match and what became of it, so a false
/// alarm (or a miss) is traced to one pattern and one check.
enum AnalyzeExplanation {
    static func write(_ explanation: Explanation, to out: Output) {
        func clean(_ text: String) -> String { TerminalText.sanitize(text, keepNewlines: false) }
        let flags = explanation.analysis.flags
        out.line(
            "Uitleg: \(flags.count) \(flags.count == 1 ? "vlag" : "vlaggen"), fase \(explanation.analysis.stage.rawValue)."
        )
        for (index, sentence) in explanation.sentences.enumerated() {
            out.line()
            out.line(
                "Zin \(index + 1) [\(sentence.span.start)–\(sentence.span.end)]: \u{201C}\(clean(sentence.text))\u{201D}"
            )
            let matches = explanation.matches.filter { $0.sentence == index }
            let checks = explanation.checks.filter { $0.sentence == index }
            let moves = explanation.signalMatches.filter { $0.sentence == index }
            if matches.isEmpty && checks.isEmpty && moves.isEmpty { out.line("  geen patroon vond hier iets") }
            // Flags first, then what stayed silent, each in order of position.
            for match in matches.filter({ $0.outcome == .flagged }) + matches.filter({ $0.outcome != .flagged }) {
                let flagged = match.outcome == .flagged
                out.line(
                    "  \(flagged ? "VLAG" : "stil")  \(match.ruleID) › \(match.pattern.name.isEmpty ? "(zonder naam)" : match.pattern.name)"
                )
                out.line(
                    "        woorden: \u{201C}\(clean(match.text))\u{201D} [\(match.span.start)–\(match.span.end)]")
                if !flagged { out.line("        stil:    " + clean(reason(match.outcome))) }
                if !match.pattern.source.isEmpty { out.line("        patroon: " + clean(match.pattern.source)) }
                if flagged, !match.pattern.why.isEmpty { out.line("        waarom:  " + clean(match.pattern.why)) }
            }
            for (_, flag) in checks {
                out.line("  VLAG  \(flag.ruleID) › \(flag.pattern) (controle van de hele zin)")
                out.line("        woorden: \u{201C}\(clean(flag.text))\u{201D} [\(flag.span.start)–\(flag.span.end)]")
            }
            for move in moves {
                out.line("  \(move.earned ? "GOED" : "stil")  \(move.kind.rawValue) › \(move.pattern.name)")
                out.line("        woorden: \u{201C}\(clean(move.text))\u{201D} [\(move.span.start)–\(move.span.end)]")
                if !move.earned {
                    out.line("        stil:    een regel vlagt iets in deze zin, dus telt de goede zet niet")
                }
                out.line("        patroon: " + clean(move.pattern.source))
            }
        }
        if !explanation.unread.isEmpty {
            out.line()
            out.line("Niet gelezen, want woorden van de cliënt (geciteerd of herhaald):")
            for part in explanation.unread {
                out.line("  \u{201C}\(clean(part.text))\u{201D} [\(part.span.start)–\(part.span.end)]")
            }
        }
    }

    static func reason(_ outcome: Explanation.Outcome) -> String {
        switch outcome {
        case .flagged: "vlag"
        case .outOfScope(let scope): "buiten bereik: de regel kijkt alleen naar \(scopeName(scope))"
        case .exception(let name, let reason): "uitzondering '\(name)': \(reason)"
        case .echo: "de woorden zijn die van de cliënt (de regel wijkt voor herhaling)"
        case .coveredBySameRule: "een eerdere of langere vondst van dezelfde regel dekt deze woorden"
        case .sameCategory(let ruleID): "\(ruleID) spreekt al voor deze woorden (zelfde categorie)"
        case .lateStage: "in de late fase is een meningsvraag een goede zet, geen vlag"
        case .samePlace(let pattern): "patroon '\(pattern)' van dezelfde regel vond deze woorden eerder"
        }
    }

    static func scopeName(_ scope: Rule.Scope) -> String {
        switch scope {
        case .anySentence: "elke zin"
        case .statements: "mededelingen"
        case .questions: "vragen"
        case .contentQuestions: "vraagwoordvragen"
        case .yesNoQuestions: "ja/nee-vragen"
        case .declarativeQuestions: "mededelingen met een vraagteken"
        case .notContentQuestions: "zinnen die geen vraagwoordvraag zijn"
        case .assertions: "mededelingen (ook met een vraagteken)"
        case .notDeclarativeQuestions: "zinnen die geen mededeling met vraagteken zijn"
        case .exclamations: "uitroepen"
        case .statementsAfterClosedQuestions: "mededelingen direct na een gesloten vraag of een waaromvraag"
        case .statementsAfterWhyQuestions: "mededelingen direct na een waaromvraag"
        }
    }
}
