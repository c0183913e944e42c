/// Folds words so that rules compare like with like: lower case, no diacritics
/// ("cliënt" → "client", "één" → "een"), and one apostrophe for the typographic ones.
///
/// Folding works per scalar, so it never needs the whole text normalised first: a
/// combining mark (the NFD form of "ë") is simply dropped, which gives the same folded word
/// as the precomposed (NFC) form.
public enum TextFolding {
    /// The folded form of a run of scalars.
    public static func fold<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var result = String.UnicodeScalarView()
        for scalar in scalars { append(scalar, to: &result) }
        return String(result)
    }

    /// The folded form of a string.
    public static func fold(_ text: String) -> String { fold(text.unicodeScalars) }

    /// Whether a scalar is an apostrophe, straight or typographic.
    public static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x2019, 0x2018, 0x02BC, 0x00B4, 0x0060: true
        default: false
        }
    }

    /// Whether a scalar is a combining mark (a diacritic typed as a separate scalar).
    public static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: true
        default: false
        }
    }

    static func append(_ scalar: Unicode.Scalar, to result: inout String.UnicodeScalarView) {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A {
                result.append(Unicode.Scalar(value + 0x20)!)
            } else {
                result.append(scalar)
            }
            return
        }
        if isCombiningMark(scalar) { return }
        if isApostrophe(scalar) {
            result.append("'")
            return
        }
        if value >= 0xC0 && value <= 0x17F, let base = latinBase(value) {
            result.append(contentsOf: base.unicodeScalars)
            return
        }
        // Rarer letters: lower-cased; their diacritics are not folded.
        result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
    }

    /// The plain base letters of a Latin-1 or Latin Extended-A letter, lower-cased.
    private static func latinBase(_ value: UInt32) -> String? {
        switch value {
        case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: "a"
        case 0xC6, 0xE6: "ae"
        case 0xC7, 0xE7, 0x106...0x10D: "c"
        case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: "e"
        case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: "i"
        case 0xD1, 0xF1, 0x143...0x148: "n"
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8, 0x14C...0x151: "o"
        case 0x152, 0x153: "oe"
        case 0xD9...0xDC, 0xF9...0xFC, 0x168...0x173: "u"
        case 0xDD, 0xFD, 0xFF, 0x176...0x178: "y"
        case 0xDF: "ss"
        case 0x10E...0x111: "d"
        case 0x11C...0x123: "g"
        case 0x132, 0x133: "ij"
        case 0x139...0x142: "l"
        case 0x154...0x159: "r"
        case 0x15A...0x161: "s"
        case 0x162...0x167: "t"
        case 0x179...0x17E: "z"
        default: nil
        }
    }
}
