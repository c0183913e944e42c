/// One thing the user did at the keyboard, decoded from the bytes a terminal sends.
/// The line editor turns these into edits; keeping them apart makes both testable.
public enum KeyEvent: Sendable, Equatable {
    /// Printable text: one typed character, or a whole pasted run at once.
    case text(String)
    /// Enter or Return.
    case enter
    /// Backspace: delete the character before the cursor.
    case backspace
    /// Delete: the character under the cursor.
    case delete
    /// Left arrow or Ctrl-B.
    case left
    /// Right arrow or Ctrl-F.
    case right
    /// Ctrl-Left or Alt-B: to the start of the word before the cursor.
    case wordLeft
    /// Ctrl-Right or Alt-F: past the end of the word after the cursor.
    case wordRight
    /// Home or Ctrl-A.
    case home
    /// End or Ctrl-E.
    case end
    /// Up arrow or Ctrl-P: the previous history entry.
    case up
    /// Down arrow or Ctrl-N: the next history entry.
    case down
    /// Ctrl-K: delete from the cursor to the end of the line.
    case killToEnd
    /// Ctrl-U: delete from the start of the line to the cursor.
    case killToStart
    /// Ctrl-W or Alt-Backspace: delete the word before the cursor.
    case deleteWordBackward
    /// Ctrl-L: clear the screen and redraw the line.
    case clearScreen
    /// Ctrl-C.
    case interrupt
    /// Ctrl-D: end of input on an empty line, delete otherwise.
    case endOfFile
    /// Ctrl-Z: stop the program for now, as in any shell program (`fg` brings it back).
    case suspend
    /// The start of a bracketed paste (`ESC [ 200 ~`): what follows, line ends included,
    /// is one pasted block.
    case pasteStart
    /// The end of a bracketed paste (`ESC [ 201 ~`).
    case pasteEnd
}
