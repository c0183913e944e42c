import Testing

@testable import LineEditing

@Suite("Line editing: the line buffer")
struct LineEditingBufferTests {
    @Test("typing, moving left and inserting edits in the middle")
    func insertInMiddle() {
        var buffer = LineBuffer()
        buffer.insert("Wat erg")
        for _ in 0..<3 { buffer.moveLeft() }
        buffer.insert("heel ")
        #expect(buffer.text == "Wat heel erg")
        #expect(buffer.cursor == 9)
    }

    @Test("Backspace and Delete remove whole characters: ë, emoji with skin tone, flags")
    func graphemes() {
        var buffer = LineBuffer("zeë👍🏽🇳🇱")
        #expect(buffer.characters.count == 5)
        buffer.deleteBackward()
        #expect(buffer.text == "zeë👍🏽")
        buffer.moveLeft()
        buffer.moveLeft()
        buffer.deleteForward()
        #expect(buffer.text == "ze👍🏽")
    }

    @Test("a combining accent typed after a letter joins it")
    func combiningJoins() {
        var buffer = LineBuffer("e")
        buffer.insert("\u{0308}")
        #expect(buffer.characters.count == 1)
        buffer.deleteBackward()
        #expect(buffer.isEmpty)
    }

    @Test("Home, End and word jumps")
    func movement() {
        var buffer = LineBuffer("hoe ging dat?")
        buffer.moveToStart()
        #expect(buffer.cursor == 0)
        buffer.moveWordRight()
        #expect(buffer.cursor == 3)
        buffer.moveToEnd()
        buffer.moveWordLeft()
        #expect(buffer.cursor == 9)
        #expect(buffer.cursor == 9)
    }

    @Test("the cursor never leaves the line")
    func bounds() {
        var buffer = LineBuffer("ab")
        let movedPastEnd = buffer.moveRight()
        buffer.moveToStart()
        let movedBeforeStart = buffer.moveLeft()
        let deletedBeforeStart = buffer.deleteBackward()
        buffer.moveToEnd()
        let deletedPastEnd = buffer.deleteForward()
        #expect(!movedPastEnd && !movedBeforeStart && !deletedBeforeStart && !deletedPastEnd)
        #expect(buffer.text == "ab")
        #expect(buffer.cursor == 2)
    }

    @Test("Ctrl-K, Ctrl-U and Ctrl-W delete to the end, to the start and the word before")
    func kills() {
        var buffer = LineBuffer("wat is er gebeurd")
        for _ in 0..<8 { buffer.moveLeft() }
        var toEnd = buffer
        toEnd.deleteToEnd()
        #expect(toEnd.text == "wat is er")
        var toStart = buffer
        toStart.deleteToStart()
        #expect(toStart.text == " gebeurd")
        #expect(toStart.cursor == 0)
        var word = buffer
        word.deleteWordBackward()
        #expect(word.text == "wat is  gebeurd")
        word.deleteWordBackward()
        #expect(word.text == "wat  gebeurd")
    }

    @Test("pasting a megabyte is one linear edit")
    func largePaste() {
        var buffer = LineBuffer("begin  einde")
        for _ in 0..<6 { buffer.moveLeft() }
        let paste = String(repeating: "abcdefghij", count: 100_000)
        buffer.insert(paste)
        #expect(buffer.characters.count == 12 + 1_000_000)
        #expect(buffer.text.hasSuffix("abcdefghij einde"))
        #expect(buffer.cursor == 6 + 1_000_000)
    }
}
