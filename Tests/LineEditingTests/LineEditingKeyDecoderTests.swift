import Testing

@testable import LineEditing

@Suite("Line editing: decoding keys from terminal bytes")
struct LineEditingKeyDecoderTests {
    private func decode(_ chunks: [UInt8]...) -> [KeyEvent] {
        var decoder = KeyDecoder()
        return chunks.flatMap { decoder.decode($0) }
    }

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("typed text comes out as text, Enter as enter")
    func text() {
        #expect(decode(bytes("hoi\r")) == [.text("hoi"), .enter])
    }

    @Test("a bracketed paste is marked at its start and end, its line ends kept, also when split over reads")
    func bracketedPaste() {
        #expect(
            decode(bytes("\u{1B}[200~Wat?\nEn toen?\n\u{1B}[201~"))
                == [.pasteStart, .text("Wat?"), .enter, .text("En toen?"), .enter, .pasteEnd])
        #expect(decode(bytes("\u{1B}[20"), bytes("0~a\u{1B}[201~")) == [.pasteStart, .text("a"), .pasteEnd])
    }

    @Test("arrow keys in normal and application mode")
    func arrows() {
        #expect(decode(bytes("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D")) == [.up, .down, .right, .left])
        #expect(decode(bytes("\u{1B}OA\u{1B}OD")) == [.up, .left])
    }

    @Test("Home and End in all their variants")
    func homeEnd() {
        let homes = ["\u{1B}[H", "\u{1B}[1~", "\u{1B}[7~", "\u{1B}OH", "\u{01}"]
        let ends = ["\u{1B}[F", "\u{1B}[4~", "\u{1B}[8~", "\u{1B}OF", "\u{05}"]
        for home in homes { #expect(decode(bytes(home)) == [.home], "\(Array(home.utf8))") }
        for end in ends { #expect(decode(bytes(end)) == [.end], "\(Array(end.utf8))") }
    }

    @Test("Delete, Backspace and the Ctrl keys")
    func controls() {
        #expect(decode(bytes("\u{1B}[3~")) == [.delete])
        #expect(decode([0x7F, 0x08]) == [.backspace, .backspace])
        #expect(
            decode([0x03, 0x04, 0x0B, 0x0C, 0x15, 0x17, 0x10, 0x0E, 0x02, 0x06])
                == [
                    .interrupt, .endOfFile, .killToEnd, .clearScreen, .killToStart, .deleteWordBackward,
                    .up, .down, .left, .right,
                ])
    }

    @Test("Ctrl-arrows and Alt-b/f jump by word")
    func wordJumps() {
        #expect(
            decode(bytes("\u{1B}[1;5D\u{1B}[1;5C\u{1B}b\u{1B}f")) == [.wordLeft, .wordRight, .wordLeft, .wordRight])
    }

    @Test("an escape sequence split over two reads is still one key")
    func splitEscape() {
        #expect(decode([0x1B], [0x5B], [0x44]) == [.left])
        #expect(decode([0x1B, 0x5B, 0x33], [0x7E]) == [.delete])
    }

    @Test("a multi-byte character split over two reads is kept whole")
    func splitCharacter() {
        let thumb = bytes("👍")
        #expect(decode(Array(thumb[..<2]), Array(thumb[2...])) == [.text("👍")])
        #expect(decode([0xC3], [0xAB]) == [.text("ë")])
    }

    @Test("invalid UTF-8 becomes a replacement character, not a crash")
    func invalid() {
        #expect(decode([0x61, 0xFF, 0x62]) == [.text("a\u{FFFD}b")])
        var decoder = KeyDecoder()
        let beforeWaiting = decoder.decode([0x61, 0xE2, 0x82])
        #expect(beforeWaiting == [.text("a")])
        #expect(decoder.hasPendingInput)
        let afterWaiting = decoder.flushPending()
        #expect(afterWaiting == [.text("\u{FFFD}")])
    }

    @Test("a lone Esc waits, then is dropped without eating the next key")
    func loneEscape() {
        var decoder = KeyDecoder()
        let escape = decoder.decode([0x1B])
        let waiting = decoder.hasPendingInput
        let afterWaiting = decoder.flushPending()
        let next = decoder.decode(bytes("a"))
        #expect(escape.isEmpty && waiting && afterWaiting.isEmpty)
        #expect(next == [.text("a")])
    }

    @Test("a pasted block is one text event per line; CR LF is one Enter")
    func paste() {
        let line = String(repeating: "blanco ", count: 10_000)
        #expect(decode(bytes(line + "\r\n" + "tweede")) == [.text(line), .enter, .text("tweede")])
    }

    @Test("escape codes and bidirectional overrides in pasted text never reach the line")
    func hostileText() {
        #expect(decode(bytes("a\u{202E}b\u{1B}[31mc")) == [.text("a b"), .text("c")])
    }

    @Test("a tab becomes a space")
    func tab() {
        #expect(decode(bytes("a\tb")) == [.text("a b")])
    }
}
