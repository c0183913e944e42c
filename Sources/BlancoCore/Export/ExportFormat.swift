/// The four export formats and what each is for.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// A readable portfolio to paste into a report or hand in as it is.
    case markdown = "md"
    /// One page to open in a browser, read on a phone, or print to PDF.
    case html
    /// One row per response, for a spreadsheet.
    case csv
    /// The full record for tools and class sessions (`blanco.export/1`).
    case json

    /// Accepts `md`, `markdown`, `html`, `htm`, `csv`, `json`.
    public init?(name: String) {
        switch name.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "csv": self = .csv
        case "json": self = .json
        default: return nil
        }
    }

    /// The format a file name's extension suggests, if any.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        self.init(name: String(fileName[fileName.index(after: dot)...]))
    }

    /// The bytes of a portfolio in this format.
    public func render(_ portfolio: Portfolio, generator: String, csvDialect: CSVExport.Dialect = .dutch) -> [UInt8] {
        switch self {
        case .markdown: MarkdownExport().render(portfolio)
        case .html: HTMLExport().render(portfolio)
        case .csv: CSVExport(dialect: csvDialect).render(portfolio)
        case .json: ExportDocument(portfolio, generator: generator).encoded()
        }
    }
}
