import DisplayText
/// Draws the live projector view as lines of text for a window of `width` × `height`:
/// a title with the number of hand-ins, the vignette, a bar per flagged category, the
/// phrases said most, the spread of grades, then the panel the lecturer chose (answers,
/// one answer with its analysis, or a typed answer), and the keys at the bottom. Every
/// text from a file is sanitised and cut to the width; names appear only when asked.
public enum ClassLiveScreen {
    /// One answer in the class, for the answer list and the step-through.
    public struct Answer: Sendable {
        public let student: String?
        public let turn: PracticeTurn
    }

    /// The answers of one exercise: every hand-in's turns, hand-in by hand-in.
    public static func answers(_ feed: ClassLiveFeed.ExerciseFeed) -> [Answer] {
        feed.handIns.flatMap { handIn in handIn.turns.map { Answer(student: handIn.handIn.student, turn: $0) } }
    }

    public static let keys =
        "a antwoorden · → volgende antwoord · ← vorige · t typ een antwoord · o volgende oefening · q stoppen"
    public static let typingKeys = "Enter analyseer · Backspace, Ctrl-W, Ctrl-U wissen · Ctrl-C terug"

    public static func render(_ feed: ClassLiveFeed, state: ClassLiveState, width: Int, height: Int) -> [String] {
        let width = max(20, width)
        var top: [String] = []
        let current = feed.exercises.indices.contains(state.exerciseIndex) ? feed.exercises[state.exerciseIndex] : nil
        guard let current else {
            top.append(fit("BLANCO KLAS LIVE", width))
            top.append(String(repeating: "─", count: width))
            top.append("Nog geen inleveringen. Studenten leveren in met: blanco practice --hand-in MAP")
            top.append("Dit scherm ververst vanzelf zodra er bestanden binnenkomen.")
            return frame(top, panel: [], footer: keys, width: width, height: height)
        }
        let exercise = current.exercise
        let count = current.handIns.count
        let position = feed.exercises.count > 1 ? "  (oefening \(state.exerciseIndex + 1)/\(feed.exercises.count))" : ""
        let right = "\(count) \(count == 1 ? "inlevering" : "inleveringen")"
        let title = fit(
            "BLANCO KLAS LIVE · " + clean(exercise.title) + position, max(1, width - DisplayWidth.of(right) - 2))
        top.append(
            title + String(repeating: " ", count: max(2, width - DisplayWidth.of(title) - DisplayWidth.of(right)))
                + right)
        top.append(String(repeating: "─", count: width))
        let vignette = clean(exercise.client.name) + ": “" + clean(exercise.opening) + "”"
        top.append(contentsOf: wrapped(vignette, width: width, maximumLines: 3))
        top.append("")

        let summary = ClassExerciseSummary(exercise: exercise, handIns: current.handIns, anonymous: !state.showNames)
        let labelWidth = (summary.categories.map { DisplayWidth.of($0.category.dutchName) }.max() ?? 10) + 1
        let most = max(1, summary.categories.map(\.flags).max() ?? 1)
        let room = max(5, width - labelWidth - 8)
        top.append("VLAGGEN")
        for category in summary.categories {
            let bar = String(repeating: "█", count: category.flags == 0 ? 0 : max(1, category.flags * room / most))
            top.append(
                fit(
                    category.category.dutchName.rightPadded(to: labelWidth) + " " + bar + " " + String(category.flags),
                    width))
        }
        top.append("")
        top.append("VAAK GEZEGD")
        let phrases = summary.phrases.map { "\(clean($0.text)) ×\($0.count)" }
        top.append(
            contentsOf: phrases.isEmpty
                ? ["(nog niets gemarkeerd)"] : wrapped(phrases.joined(separator: " · "), width: width, maximumLines: 2))
        top.append("")
        if let grades = summary.grades {
            let spark = Sparkline.render(
                grades.bands.map(Double.init), scale: 0...Double(max(1, grades.bands.max() ?? 1)), ascii: false)
            top.append(
                fit(
                    "CIJFERS  1 \(spark) 10   mediaan \(ClassFormat.grade(grades.median)) · kwartielen \(ClassFormat.grade(grades.lowerQuartile))–\(ClassFormat.grade(grades.upperQuartile)) · \(grades.passing)/\(grades.count) voldoende",
                    width))
        } else {
            top.append("CIJFERS  (nog geen)")
        }

        var panel: [String] = []
        let answers = Self.answers(current)
        var footer = keys
        switch state.panel {
        case .overview:
            break
        case .answers:
            panel.append("ANTWOORDEN (nieuwste eerst)")
            for answer in answers.reversed().prefix(max(1, height / 3)) {
                panel.append(
                    fit(
                        prefix(answer, showNames: state.showNames) + "“" + clean(answer.turn.response) + "”"
                            + categories(answer.turn.analysis), width))
            }
            if answers.isEmpty { panel.append("(nog geen antwoorden)") }
        case .step(let index):
            if answers.indices.contains(index) {
                let answer = answers[index]
                panel.append(
                    "ANTWOORD \(index + 1) VAN \(answers.count)"
                        + (state.showNames ? " · " + clean(answer.student ?? "anoniem") : ""))
                panel.append(contentsOf: analysis(answer.turn.response, answer.turn.analysis, width: width))
            }
        case .typing(let line):
            panel.append("TYP OF PLAK EEN ANTWOORD UIT DE ZAAL")
            panel.append(contentsOf: wrapped("> " + clean(line) + "▏", width: width, maximumLines: 4))
            footer = typingKeys
        case .typed(let text, let result):
            panel.append("ANTWOORD UIT DE ZAAL")
            panel.append(contentsOf: analysis(text, result, width: width))
        }
        return frame(top, panel: panel, footer: footer, width: width, height: height)
    }

    /// The response, each flag with its words and a blank alternative, the good moves and the points.
    static func analysis(_ response: String, _ analysis: Analysis, width: Int) -> [String] {
        var lines = wrapped("“" + clean(response) + "”", width: width, maximumLines: 4)
        for flag in analysis.flags {
            lines.append(
                contentsOf: wrapped(
                    "  ✗ \(flag.category.dutchName.uppercased()): “\(clean(flag.text))” — \(clean(flag.suggestion))",
                    width: width, maximumLines: 3))
        }
        let moves = analysis.signals.map(\.kind.dutchName).uniqued()
        if !moves.isEmpty { lines.append(fit("  ✓ " + moves.joined(separator: ", "), width)) }
        if analysis.flags.isEmpty && moves.isEmpty { lines.append("  geen vlag") }
        lines.append("  \(analysis.score.points) punten")
        return lines
    }

    private static func prefix(_ answer: Answer, showNames: Bool) -> String {
        showNames ? clean(answer.student ?? "anoniem") + ": " : "• "
    }

    private static func categories(_ analysis: Analysis) -> String {
        analysis.categories.isEmpty ? "" : "  [" + analysis.categories.map(\.dutchName).joined(separator: ", ") + "]"
    }

    /// The top block, then as much of the panel as fits (the panel wins over the figures'
    /// lower lines), padded to the height, with the keys on the last line.
    static func frame(_ top: [String], panel: [String], footer: String, width: Int, height: Int) -> [String] {
        let height = max(3, height)
        let body = height - 2
        var lines: [String]
        if panel.isEmpty {
            lines = Array(top.prefix(body))
        } else {
            let panelRoom = min(panel.count + 1, max(body / 2, body - top.count))
            lines = Array(top.prefix(max(0, body - panelRoom))) + [""] + Array(panel.prefix(max(0, panelRoom - 1)))
            lines = Array(lines.prefix(body))
        }
        while lines.count < body { lines.append("") }
        lines.append(String(repeating: "─", count: width))
        lines.append(fit(footer, width))
        return lines.map { fit($0, width) }
    }

    static func clean(_ text: String) -> String { TerminalText.sanitize(text, keepNewlines: false) }

    static func wrapped(_ text: String, width: Int, maximumLines: Int) -> [String] {
        let lines = TextWrap.wrap(text, width: width).split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        guard lines.count > maximumLines else { return lines }
        return Array(lines.prefix(maximumLines - 1)) + [fit(lines[maximumLines - 1] + " …", width)]
    }

    /// Cut to `width` display columns, with an ellipsis when cut.
    static func fit(_ text: String, _ width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }
}
