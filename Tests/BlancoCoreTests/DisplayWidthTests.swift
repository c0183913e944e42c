import DisplayText
import Testing

@testable import BlancoCore

@Suite("Display width in terminal columns")
struct DisplayWidthTests {
    @Test("plain ASCII and Dutch accented letters take one column each")
    func latin() {
        #expect(DisplayWidth.of("Wat is er gebeurd?") == 18)
        #expect(DisplayWidth.of("ëéïöü") == 5)
    }

    @Test("a letter with a separate combining accent takes one column")
    func combining() {
        let decomposed = "e\u{0308}"  // e + combining diaeresis
        #expect(decomposed.unicodeScalars.count == 2)
        #expect(DisplayWidth.of(decomposed) == 1)
    }

    @Test("CJK ideographs, Hangul and fullwidth forms take two columns")
    func eastAsianWide() {
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("ＡＢ") == 4)
    }

    @Test("emoji take two columns, with skin tones, joiners, flags and variation selectors")
    func emoji() {
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("👩‍👩‍👧") == 2)
        #expect(DisplayWidth.of("🇳🇱") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("❤") == 1)
    }

    @Test("zero-width and control characters take no columns")
    func zeroWidth() {
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("\u{7}\t") == 0)
    }

    @Test("colour escape sequences take no columns")
    func escapes() {
        #expect(DisplayWidth.of("\u{1B}[1;31mjij>\u{1B}[0m ") == 5)
    }
}
