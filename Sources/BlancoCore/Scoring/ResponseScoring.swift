extension ResponseScore {
    /// Scores flags and signals with the given weights: one line per deduction and per
    /// bonus, in Dutch.
    public static func compute(flags: [Flag], signals: [Signal], weights: ScoringWeights = .standard) -> ResponseScore {
        var lines: [Line] = []
        var points = weights.base
        for flag in flags {
            let deduction = weights.deduction(for: flag.category, severity: flag.severity)
            guard deduction > 0 else { continue }
            points -= deduction
            lines.append(deductionLine(category: flag.category, text: flag.text, deduction: deduction))
        }
        var counted: Set<Signal.Kind> = []
        for signal in signals where counted.insert(signal.kind).inserted {
            let bonus = weights.bonus[signal.kind] ?? 0
            guard bonus > 0 else { continue }
            points += bonus
            lines.append(Line(label: signal.kind.dutchName, points: bonus))
        }
        let clamped = min(100, max(0, points))
        return ResponseScore(points: clamped, grade: weights.grade(forPoints: clamped), lines: lines)
    }

    /// The line for one flag's deduction: its category and the trainee's words.
    static func deductionLine(category: Category, text: String, deduction: Int) -> Line {
        // Labels hold the trainee's words raw; whoever prints them sanitizes for the medium.
        Line(label: category.dutchName + ": \u{201C}" + shortened(text) + "\u{201D}", points: -deduction)
    }

    /// The grade with a Dutch decimal comma: "7,3".
    public var gradeText: String { Self.dutchDecimal(grade) }

    /// A number with one decimal and a comma: 7.25 → "7,3".
    public static func dutchDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10),\(abs(tenths % 10))"
    }

    private static func shortened(_ text: String) -> String {
        guard text.utf8.count > 60 else { return text }
        // In ASCII text a scalar is a byte: cut the bytes rather than rebuild from scalars.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: text.utf8.prefix(57), as: UTF8.self) + "…" }
        let scalars = text.unicodeScalars
        guard scalars.count > 60 else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(57))) + "…"
    }
}
