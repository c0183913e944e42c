import BlancoCore
import Foundation
import Testing

/// The product trims and pads without full Foundation; these helpers must give exactly what
/// Foundation's calls gave, so answers like " 4 " or "ja\u{A0}" are read as before.
@Suite("Trimming and padding without full Foundation")
struct WhitespaceTrimmingTests {
    static let samples = [
        "", " ", "\t", "  4  ", "\tja\t", "ja\u{A0}", "\u{3000}nee\u{2003}", " - ", "a b", "\n4\n", "\r\n ja \r\n",
        "\u{85}x\u{2028}", "\u{2029}", "\u{1680}x\u{202F}", "\u{205F}x\u{180E}", "\u{2000}\u{200A}x",
        "\u{200B}x\u{200B}", "\u{FEFF}x", "é ", " e\u{301}", "👍🏽 ", "\u{B}x\u{C}",
    ]

    @Test("trimmingWhitespace() is trimmingCharacters(in: .whitespaces) on spaces, tabs and odd spaces")
    func whitespaces() {
        for sample in Self.samples {
            #expect(
                sample.trimmingWhitespace() == sample.trimmingCharacters(in: .whitespaces), "\(sample.debugDescription)"
            )
        }
    }

    @Test("trimmingWhitespaceAndNewlines() is trimmingCharacters(in: .whitespacesAndNewlines)")
    func whitespacesAndNewlines() {
        for sample in Self.samples {
            #expect(
                sample.trimmingWhitespaceAndNewlines() == sample.trimmingCharacters(in: .whitespacesAndNewlines),
                "\(sample.debugDescription)")
        }
    }

    @Test("padded(toLength:) is padding(toLength:withPad:startingAt:) for a string that fits")
    func padding() {
        for sample in ["", "4", "–", "Film ophalen", "Oordeel parkeren", "é"] {
            for length in [sample.utf16.count, 4, 20] where length >= sample.utf16.count {
                #expect(
                    sample.padded(toLength: length) == sample.padding(toLength: length, withPad: " ", startingAt: 0))
            }
        }
    }
}
