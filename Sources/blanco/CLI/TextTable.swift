import BlancoCore

/// A plain-text table with left-aligned columns, for `list`.
struct TextTable {
    let header: [String]
    let rows: [[String]]

    func render(sanitize: Bool) -> String {
        let clean: ([String]) -> [String] = { row in
            row.map { sanitize ? TerminalText.sanitize($0, keepNewlines: false) : $0 }
        }
        let all = [clean(header)] + rows.map(clean)
        var widths = [Int](repeating: 0, count: header.count)
        for row in all {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var text = ""
        for row in all {
            var line = ""
            for (index, cell) in row.enumerated() {
                line += index == row.count - 1 ? cell : cell.padded(to: widths[index] + 2)
            }
            text += line + "\n"
        }
        return text
    }
}
