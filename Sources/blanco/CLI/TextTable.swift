import BlancoCore

/// A plain-text table with left-aligned columns, for `list`; widths are terminal columns,
/// so titles with wide characters still line up.
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
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        var text = ""
        for row in all {
            var line = ""
            for (index, cell) in row.enumerated() {
                line += cell
                if index < row.count - 1 {
                    line += String(repeating: " ", count: widths[index] + 2 - DisplayWidth.of(cell))
                }
            }
            text += line + "\n"
        }
        return text
    }
}
