import DisplayText
import Testing

@testable import BlancoCore

@Suite("Word wrapping to the window width")
struct TextWrapTests {
    @Test("words are filled greedily without any line exceeding the width")
    func greedy() {
        let text = "Ik kwam thuis en de boom voor mijn raam was weg zonder dat iemand iets had gezegd."
        let wrapped = TextWrap.wrap(text, width: 20)
        let lines = wrapped.split(separator: "\n")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 20 })
        #expect(lines.joined(separator: " ") == text)
    }

    @Test("existing newlines and empty lines are kept")
    func newlines() {
        #expect(TextWrap.wrap("een\n\ntwee", width: 40) == "een\n\ntwee")
    }

    @Test("the indent starts every line and counts towards the width")
    func indent() {
        let wrapped = TextWrap.wrap("aaa bbb ccc ddd", width: 9, indent: "  ")
        #expect(wrapped == "  aaa bbb\n  ccc ddd")
    }

    @Test("a word longer than the width is broken, never lost")
    func longWord() {
        let wrapped = TextWrap.wrap("x abcdefghijkl", width: 5)
        #expect(wrapped == "x\nabcde\nfghij\nkl")
    }

    @Test("wide characters wrap by columns, not by character count")
    func wide() {
        let wrapped = TextWrap.wrap("中文中文 中文", width: 8)
        #expect(wrapped == "中文中文\n中文")
        let broken = TextWrap.wrap("中文中", width: 5)
        #expect(broken == "中文\n中")
    }

    @Test("list items continue under their text, not under the dash")
    func hangingIndent() {
        let wrapped = TextWrap.wrap("- een twee drie vier", width: 12)
        #expect(wrapped == "- een twee\n  drie vier")
    }

    @Test("coloured words wrap by what is visible")
    func colour() {
        let red = "\u{1B}[31merg\u{1B}[0m"
        let wrapped = TextWrap.wrap("wat \(red) voor u", width: 7)
        #expect(wrapped == "wat \(red)\nvoor u")
    }
}

extension TextWrapTests {
    @Test("Windows line ends count as line ends")
    func crlf() {
        #expect(TextWrap.wrap("een\r\ntwee", width: 40) == "een\ntwee")
    }
}
