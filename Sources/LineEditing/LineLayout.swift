import DisplayText

/// Where a prompt and the line being edited land on a terminal of a given width: how many
/// rows they take and the row and column of the cursor. The editor redraws from this, so
/// a line longer than the window wraps and the cursor still ends up in the right place.
///
/// It follows what terminals do: a character that does not fit in what is left of a row
/// (a wide one in the last column) starts the next row, and a row filled to its last
/// column only moves on to the next row when more text follows.
public struct LineLayout: Sendable, Equatable {
    /// Rows from the prompt's row to the row the text ends on, at least 1. When the text
    /// exactly fills its last row, the editor moves to a fresh row below, which counts.
    public let rows: Int
    /// The cursor's row, counted from the prompt's row (0).
    public let cursorRow: Int
    /// The cursor's column (0-based).
    public let cursorColumn: Int
    /// The row the text ends on (where the editor's cursor is after writing it all).
    public let endRow: Int
    /// The column the text ends at.
    public let endColumn: Int

    public init(rows: Int, cursorRow: Int, cursorColumn: Int, endRow: Int, endColumn: Int) {
        self.rows = rows
        self.cursorRow = cursorRow
        self.cursorColumn = cursorColumn
        self.endRow = endRow
        self.endColumn = endColumn
    }

    /// The layout of a prompt `promptWidth` columns wide followed by characters of the
    /// given widths, with the cursor before character `cursor`, in `columns` columns.
    public static func compute(promptWidth: Int, characterWidths: [Int], cursor: Int, columns: Int) -> LineLayout {
        let columns = max(1, columns)
        var row = promptWidth / columns
        var column = promptWidth % columns
        if promptWidth > 0, column == 0 {
            // A prompt that fills its row leaves the cursor waiting in the last column.
            row -= 1
            column = columns
        }
        var cursorPosition: (Int, Int)?
        for (index, width) in characterWidths.enumerated() {
            if column + width > columns {
                row += 1
                column = 0
            }
            if index == cursor { cursorPosition = (row, column) }
            column += width
        }
        // After the last character: a full row moves on to a fresh row below.
        if column >= columns {
            row += 1
            column = 0
        }
        let (cursorRow, cursorColumn) = cursorPosition ?? (row, column)
        return LineLayout(
            rows: row + 1, cursorRow: cursorRow, cursorColumn: cursorColumn, endRow: row, endColumn: column)
    }

    /// The layout of `prompt` and `buffer` in `columns` columns.
    public static func of(prompt: String, buffer: LineBuffer, columns: Int) -> LineLayout {
        compute(
            promptWidth: DisplayWidth.of(prompt), characterWidths: buffer.characters.map(DisplayWidth.of),
            cursor: buffer.cursor, columns: columns)
    }
}
