/// Dutch wording the Markdown and HTML exports share, so both say the same thing.
public enum ExportText {
    public static let title = "Portfolio blanco luisteren"

    /// `25-11-2026 15:48 (UTC)` from an ISO 8601 UTC timestamp; the input unchanged when it is not one.
    public static func date(_ iso: String, withTime: Bool = true) -> String {
        let scalars = Array(iso.unicodeScalars)
        guard scalars.count >= 16 else { return iso }
        func part(_ from: Int, _ to: Int) -> String { String(String.UnicodeScalarView(scalars[from..<to])) }
        let day = part(8, 10) + "-" + part(5, 7) + "-" + part(0, 4)
        return withTime ? day + " " + part(11, 16) + " (UTC)" : day
    }

    /// `7,4`, or a dash when there is no grade.
    public static func grade(_ value: Double?) -> String {
        value.map(ResponseScore.dutchDecimal) ?? "–"
    }

    /// `4`, or a dash.
    public static func rating(_ value: Int?) -> String {
        value.map(String.init) ?? "–"
    }

    /// A category's Dutch name from its guideline name.
    public static func category(_ name: String) -> String {
        Category(rawValue: name)?.dutchName ?? name
    }

    /// The kind note when self and coach differ by two or more on a skill, else nil.
    public static func gapNote(self own: Int?, coach: Int?) -> String? {
        guard let own, let coach, abs(own - coach) >= 2 else { return nil }
        return own < coach
            ? "je bent strenger voor jezelf dan de coach"
            : "de coach ziet hier nog ruimte om te groeien; de nabespreking laat zien waar"
    }

    /// `3 van de 4 kernfeiten gehoord, 1 hint` (or `geen hints`).
    public static func film(found: Int, total: Int, hints: Int?) -> String {
        var text = "\(found) van de \(total) kernfeiten gehoord"
        if let hints { text += hints == 0 ? ", geen hints" : ", \(hints) \(hints == 1 ? "hint" : "hints")" }
        return text
    }

    /// `0,8` per 10 turns.
    public static func perTen(_ value: Double) -> String {
        ResponseScore.dutchDecimal(value)
    }

    /// A learning goal's line: the goal, its status and the figures behind it.
    public static func goalStatus(_ goal: LearningGoal) -> String {
        var text = goal.status.dutchName
        if let category = goal.category.map(category) {
            var figures: [String] = []
            if let before = goal.before {
                figures.append("toen \(before.flags) × \(category) in \(before.turns) beurten")
            }
            if let after = goal.after { figures.append("daarna \(after.flags) in \(after.turns) beurten") }
            if !figures.isEmpty { text += " (" + figures.joined(separator: ", ") + ")" }
        }
        return text
    }
}

extension ExportText {
    /// What the debrief says about the learning goal set before this attempt: progress on
    /// its category where it names one, else an invitation to judge it yourself.
    public static func goalProgress(_ goal: LearningGoal) -> String {
        let quoted = "\u{201C}" + goal.text + "\u{201D}"
        guard let name = goal.category.map(category) else {
            return "Je leerdoel was \(quoted). Kijk zelf terug: is het gelukt?"
        }
        let now =
            goal.after.map { "deze keer \($0.flags) × \(name) in \($0.turns) \($0.turns == 1 ? "beurt" : "beurten")" }
            ?? ""
        let then = goal.before.map { ", de vorige keer \($0.flags) in \($0.turns)" } ?? ""
        switch goal.status {
        case .met:
            return "Je leerdoel was \(quoted): \(now)\(then). Dat is vooruitgang, mooi!"
        case .notMet:
            return "Je leerdoel was \(quoted): \(now)\(then). Nog niet minder; let er de volgende keer weer op."
        case .notYetPractised, .noCategory:
            return "Je leerdoel was \(quoted)."
        }
    }
}
