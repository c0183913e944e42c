/// A table on the HTML pages (the student export and the class report), written the same
/// way on both: wrapped so it scrolls sideways on a phone, numbers right-aligned (`num`),
/// a bar column (`bar-cell`) without a heading. Headings and text cells are escaped here;
/// markup cells carry HTML the caller built from escaped parts.
struct HTMLTable {
    /// A column: its heading and how its cells are set.
    enum Column {
        case text(String)
        case number(String)
        /// Bars, as `ClassReportHTML` draws them; no heading.
        case bar
    }

    /// One cell's content, and a class it adds to the column's (`mismatch`).
    struct Cell {
        let markup: String
        let extraClass: String?

        static func text(_ text: String, extraClass: String? = nil) -> Cell {
            Cell(markup: HTMLText.escape(text), extraClass: extraClass)
        }

        static func number(_ value: Int) -> Cell { Cell(markup: String(value), extraClass: nil) }

        static func markup(_ markup: String) -> Cell { Cell(markup: markup, extraClass: nil) }
    }

    private let columns: [Column]
    private var rows = ""

    init(_ columns: Column...) {
        self.columns = columns
    }

    /// Adds a row: one cell per column, in the columns' order.
    mutating func row(_ cells: Cell...) {
        precondition(cells.count == columns.count, "a row has one cell per column")
        rows += "<tr>"
        for (column, cell) in zip(columns, cells) {
            let classes = [column.cellClass, cell.extraClass].compactMap { $0 }.joined(separator: " ")
            rows += (classes.isEmpty ? "<td>" : "<td class=\"\(classes)\">") + cell.markup + "</td>"
        }
        rows += "</tr>\n"
    }

    /// The category's colour square before its name.
    static func swatch(_ category: Category) -> String {
        "<span class=\"swatch cat-\(category.rawValue)\"></span>"
    }

    var html: String {
        var html = "<div class=\"table-wrap\"><table>\n<thead><tr>"
        for column in columns {
            switch column {
            case .text(let heading): html += "<th>\(HTMLText.escape(heading))</th>"
            case .number(let heading): html += "<th class=\"num\">\(HTMLText.escape(heading))</th>"
            case .bar: html += "<th></th>"
            }
        }
        return html + "</tr></thead>\n<tbody>\n" + rows + "</tbody></table></div>\n"
    }
}

extension HTMLTable.Column {
    fileprivate var cellClass: String? {
        switch self {
        case .text: nil
        case .number: "num"
        case .bar: "bar-cell"
        }
    }
}
