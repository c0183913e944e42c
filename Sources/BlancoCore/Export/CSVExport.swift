/// The CSV export: one row per turn, for a spreadsheet. The Dutch form (the default) has a
/// semicolon between cells, a decimal comma and a UTF-8 byte-order mark, which is what
/// Dutch Excel needs to open it with the right columns and accents; the international form
/// (`--csv-comma`) has commas, a decimal point and no byte-order mark. Rows end in CRLF
/// (RFC 4180). A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
/// return gets a leading apostrophe, so a spreadsheet never runs it as a formula.
public struct CSVExport: Sendable {
    public enum Dialect: Sendable {
        case dutch, international
    }

    public let dialect: Dialect

    public init(dialect: Dialect = .dutch) {
        self.dialect = dialect
    }

    private var separator: String { dialect == .dutch ? ";" : "," }

    public static let header = [
        "poging", "datum (UTC)", "oefening", "titel", "beurt", "reactie", "categorieën", "regels", "punten", "cijfer",
    ]

    public func render(_ portfolio: Portfolio) -> [UInt8] {
        var text = ""
        text += row(Self.header)
        for attempt in portfolio.attempts {
            for turn in attempt.turns {
                text += row([
                    attempt.shortID, Self.dateTime(turn.time), attempt.exercise.id, attempt.exercise.displayTitle,
                    String(turn.number), turn.response,
                    turn.categories.map { Category(rawValue: $0)?.dutchName ?? $0 }.joined(separator: ", "),
                    turn.flags.map(\.rule).uniqued().joined(separator: " "), String(turn.points),
                    attempt.grade.map(number) ?? "",
                ])
            }
        }
        let bom: [UInt8] = dialect == .dutch ? [0xEF, 0xBB, 0xBF] : []
        return bom + Array(text.utf8)
    }

    /// `2026-11-25T15:48:00Z` → `2026-11-25 15:48:00`, which spreadsheets read as a date.
    static func dateTime(_ iso: String) -> String {
        String(iso.replacingFirst("T", with: " ").dropLast(iso.hasSuffix("Z") ? 1 : 0))
    }

    private func number(_ value: Double) -> String {
        let text = ResponseScore.dutchDecimal(value)
        return dialect == .dutch ? text : text.replacingFirst(",", with: ".")
    }

    private func row(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: separator) + "\r\n"
    }

    /// One cell: guarded against formulas, quoted when it holds a separator, quote or line break.
    public func cell(_ raw: String) -> String {
        var text = raw
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        let needsQuotes = text.contains {
            $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || String($0) == separator
        }
        guard needsQuotes else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: Character, with replacement: String) -> String {
        guard let index = firstIndex(of: target) else { return self }
        return String(self[..<index]) + replacement + String(self[self.index(after: index)...])
    }
}
