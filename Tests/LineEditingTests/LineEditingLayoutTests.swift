import Testing

@testable import LineEditing

@Suite("Line editing: layout of a line wider than the window")
struct LineEditingLayoutTests {
    @Test("a short line stays on the prompt's row")
    func short() {
        let layout = LineLayout.of(prompt: "jij> ", buffer: LineBuffer("hoi"), columns: 80)
        #expect(layout.rows == 1)
        #expect(layout.cursorRow == 0)
        #expect(layout.cursorColumn == 8)
    }

    @Test("a long line wraps over rows and the cursor follows")
    func wraps() {
        var buffer = LineBuffer(String(repeating: "a", count: 25))
        let layout = LineLayout.of(prompt: "> ", buffer: buffer, columns: 10)
        #expect(layout.rows == 3)
        #expect(layout.cursorRow == 2)
        #expect(layout.cursorColumn == 7)
        buffer.moveToStart()
        let atStart = LineLayout.of(prompt: "> ", buffer: buffer, columns: 10)
        #expect(atStart.cursorRow == 0)
        #expect(atStart.cursorColumn == 2)
    }

    @Test("text that exactly fills a row puts the cursor at the start of the next")
    func exactFill() {
        let layout = LineLayout.of(prompt: "> ", buffer: LineBuffer("abcdefgh"), columns: 10)
        #expect(layout.rows == 2)
        #expect(layout.cursorRow == 1)
        #expect(layout.cursorColumn == 0)
    }

    @Test("a wide character that does not fit in the last column starts the next row")
    func wideAtEdge() {
        var buffer = LineBuffer("abcdefg中x")
        let layout = LineLayout.of(prompt: "> ", buffer: buffer, columns: 10)
        #expect(layout.rows == 2)
        #expect(layout.cursorRow == 1)
        #expect(layout.cursorColumn == 3)
        buffer.moveLeft()
        buffer.moveLeft()
        let onWide = LineLayout.of(prompt: "> ", buffer: buffer, columns: 10)
        #expect(onWide.cursorRow == 1)
        #expect(onWide.cursorColumn == 0)
    }

    @Test("coloured prompts are measured by what is visible")
    func colouredPrompt() {
        let layout = LineLayout.of(prompt: "\u{1B}[1mjij>\u{1B}[0m ", buffer: LineBuffer(), columns: 80)
        #expect(layout.cursorColumn == 5)
    }
}
