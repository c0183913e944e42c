import BlancoCore
import DisplayText

/// A plain-text table for `list`; widths are terminal columns, so titles with wide
/// characters still line up. Within `width`, the last column is cut short with "…".
struct TextTable {
    let header: [String]
    let rows: [[String]]
    /// Columns aligned to the right, such as grades ("9,5" under "10,0").
    var rightAligned: Set<Int> = []
    /// The terminal width the table must fit in; nil for no limit.
    var width: Int?

    func render(sanitize: Bool) -> String {
        let clean: ([String]) -> [String] = { row in
            row.map { sanitize ? TerminalText.sanitize($0, keepNewlines: false) : $0 }
        }
        let all = [clean(header)] + rows.map(clean)
        var widths = [Int](repeating: 0, count: header.count)
        for row in all {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        let last = header.count - 1
        if let width, last >= 0 {
            let before = widths.dropLast().reduce(0) { $0 + $1 + 2 }
            widths[last] = max(8, min(widths[last], width - before))
        }
        var text = ""
        for row in all {
            var line = ""
            for (index, cell) in row.enumerated() {
                if index == last {
                    line += DisplayWidth.truncate(cell, to: widths[index])
                } else {
                    line +=
                        rightAligned.contains(index)
                        ? DisplayWidth.padLeft(cell, to: widths[index]) : DisplayWidth.pad(cell, to: widths[index])
                    line += "  "
                }
            }
            text += line + "\n"
        }
        return text
    }
}
