import BlancoCore
import LineEditing
import Platform

/// One line being edited on the screen: the buffer, and where the cursor is relative to
/// the prompt's row, so a redraw can go back to the prompt, clear and write it again.
/// Redraws are deferred (`redrawIfNeeded`) so a paste is drawn once, not per key.
struct EditingSession {
    let prompt: String
    private(set) var buffer = LineBuffer()
    private var columns: Int
    /// The cursor's row on screen, counted from the prompt's row.
    private var cursorRow = 0
    private var needsRedraw = false

    init(prompt: String, columns: Int) {
        self.prompt = prompt
        self.columns = columns
    }

    /// Applies an edit; the line is drawn again once the input is drained.
    mutating func edit(_ change: (inout LineBuffer) -> some Any) {
        _ = change(&buffer)
        needsRedraw = true
    }

    mutating func redrawIfNeeded() {
        if needsRedraw { redraw() }
    }

    /// Goes back to the prompt's row, clears to the end of the screen, and writes the
    /// prompt, the line and the cursor position again.
    mutating func redraw() {
        let layout = LineLayout.of(prompt: prompt, buffer: buffer, columns: columns)
        var output = "\r"
        if cursorRow > 0 { output += "\u{1B}[\(cursorRow)A" }
        output += "\u{1B}[J" + prompt + buffer.text
        if layout.endColumn == 0, layout.endRow > 0 {
            // The text filled its last row: move the cursor to the next one explicitly.
            output += "\r\n"
        }
        if layout.endRow > layout.cursorRow { output += "\u{1B}[\(layout.endRow - layout.cursorRow)A" }
        output += "\r"
        if layout.cursorColumn > 0 { output += "\u{1B}[\(layout.cursorColumn)C" }
        cursorRow = layout.cursorRow
        needsRedraw = false
        Self.write(output)
    }

    /// A new window width: the terminal has re-flowed the line, so find the cursor by the
    /// new width and draw again.
    mutating func resize(columns: Int) {
        self.columns = columns
        cursorRow = LineLayout.of(prompt: prompt, buffer: buffer, columns: columns).cursorRow
        redraw()
    }

    mutating func clearScreen() {
        Self.write("\u{1B}[H\u{1B}[2J")
        cursorRow = 0
        redraw()
    }

    /// Leaves the cursor on a fresh line below the text, ready for the program's output.
    mutating func finish() {
        redrawIfNeeded()
        let layout = LineLayout.of(prompt: prompt, buffer: buffer, columns: columns)
        var output = ""
        if layout.endRow > cursorRow { output += "\u{1B}[\(layout.endRow - cursorRow)B" }
        output += layout.endColumn == 0 && layout.endRow > 0 ? "\r" : "\r\n"
        cursorRow = 0
        Self.write(output)
    }

    private static func write(_ text: String) {
        // A terminal that cannot be written to shows nothing either way; the line is still read.
        _ = FileDescriptor.standardOutput.write(Array(text.utf8))
    }
}
