/// The two inline SVG charts of the HTML export, drawn as plain markup (no script, no
/// external file): grades over time, and self versus coach per skill.
enum HTMLCharts {
    /// A line of the finished attempts' grades on a 1–10 scale, with the pass mark 5,5 dashed.
    static func grades(_ grades: [Double], labels: [String]) -> String {
        guard !grades.isEmpty else { return "<p class=\"muted\">Nog geen afgeronde pogingen met een cijfer.</p>" }
        let width = 480.0
        let height = 200.0
        let left = 30.0
        let right = 10.0
        let top = 12.0
        let bottom = 28.0
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        func x(_ index: Int) -> Double {
            grades.count == 1 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(grades.count - 1)
        }
        func y(_ grade: Double) -> Double { top + plotHeight * (10 - min(10, max(1, grade))) / 9 }
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"grades-title\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"grades-title\">Cijfers over de tijd, van 1 tot 10</title>"
        for mark in [1.0, 4.0, 7.0, 10.0] {
            svg +=
                "<line x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(y(mark)))\" y2=\"\(n(y(mark)))\" class=\"grid\"/>"
            svg +=
                "<text x=\"\(n(left - 6))\" y=\"\(n(y(mark) + 4))\" text-anchor=\"end\" class=\"axis\">\(Int(mark))</text>"
        }
        svg +=
            "<line x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(y(5.5)))\" y2=\"\(n(y(5.5)))\" class=\"pass\"/>"
        let points = grades.indices.map { "\(n(x($0))),\(n(y(grades[$0])))" }.joined(separator: " ")
        if grades.count > 1 { svg += "<polyline points=\"\(points)\" class=\"line\"/>" }
        for index in grades.indices {
            let label = index < labels.count ? labels[index] + ": " : ""
            svg +=
                "<circle cx=\"\(n(x(index)))\" cy=\"\(n(y(grades[index])))\" r=\"4\" class=\"dot\"><title>"
                + HTMLText.escape(label + ExportText.grade(grades[index])) + "</title></circle>"
        }
        svg += "<text x=\"\(n(left))\" y=\"\(n(height - 8))\" class=\"axis\">eerste poging</text>"
        svg +=
            "<text x=\"\(n(width - right))\" y=\"\(n(height - 8))\" text-anchor=\"end\" class=\"axis\">laatste</text>"
        return svg + "</svg>"
    }

    /// Per skill two bars on a 1–5 scale: the trainee's own rating and the coach's.
    static func selfVersusCoach(own: [Skill: Double], coach: [Skill: Double], title: String, id: String) -> String {
        // Each skill: its name on a line of its own, then the two bars, so a phone has room.
        let width = 480.0
        let rowHeight = 78.0
        let left = 0.0
        let right = 44.0
        let top = 4.0
        let height = top + rowHeight * Double(Skill.allCases.count) + 24
        let barWidth = width - left - right
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(id)\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"\(id)\">" + HTMLText.escape(title) + "</title>"
        for (row, skill) in Skill.allCases.enumerated() {
            let base = top + rowHeight * Double(row)
            svg += "<text x=\"0\" y=\"\(n(base + 16))\" class=\"label\">" + HTMLText.escape(skill.dutchName) + "</text>"
            for (offset, entry) in [("self", own[skill]), ("coach", coach[skill])].enumerated() {
                let y = base + 26 + Double(offset) * 22
                svg += "<rect x=\"\(n(left))\" y=\"\(n(y))\" width=\"\(n(barWidth))\" height=\"18\" class=\"track\"/>"
                guard let value = entry.1 else {
                    svg += "<text x=\"\(n(left + 6))\" y=\"\(n(y + 14))\" class=\"axis\">niet ingevuld</text>"
                    continue
                }
                let length = barWidth * min(5, max(0, value)) / 5
                svg +=
                    "<rect x=\"\(n(left))\" y=\"\(n(y))\" width=\"\(n(length))\" height=\"18\" class=\"\(entry.0)\"/>"
                svg +=
                    "<text x=\"\(n(left + length + 4))\" y=\"\(n(y + 14))\" class=\"axis\">"
                    + ResponseScore.dutchDecimal(value) + "</text>"
            }
        }
        let legendY = height - 6
        svg += "<rect x=\"\(n(left))\" y=\"\(n(legendY - 10))\" width=\"12\" height=\"12\" class=\"self\"/>"
        svg += "<text x=\"\(n(left + 16))\" y=\"\(n(legendY))\" class=\"axis\">zelf</text>"
        svg += "<rect x=\"\(n(left + 70))\" y=\"\(n(legendY - 10))\" width=\"12\" height=\"12\" class=\"coach\"/>"
        svg += "<text x=\"\(n(left + 86))\" y=\"\(n(legendY))\" class=\"axis\">coach</text>"
        return svg + "</svg>"
    }

    /// A coordinate with at most one decimal and a point, as SVG wants.
    private static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
