/// How many terminal columns text takes: East Asian wide characters and emoji take two,
/// combining marks and zero-width characters none, everything else one. The line editor
/// and the word wrapper need this because `String.count` (characters) and
/// `utf8.count` (bytes) both disagree with what the terminal shows for "ë", "中" or "👍🏽".
///
/// Widths are per grapheme cluster (a Swift `Character`), so "e" + U+0301 is one column and
/// a family emoji joined with U+200D is two. ANSI escape sequences (`ESC [ … m`) and other
/// control characters take no columns, so coloured text measures like plain text.
public enum DisplayWidth {
    /// The total width of `text` in terminal columns.
    public static func of(_ text: String) -> Int {
        var total = 0
        var escape = EscapeSkipper()
        for character in text {
            if escape.consumes(character) { continue }
            total += of(character)
        }
        return total
    }

    /// The width of one grapheme cluster: 0, 1 or 2 columns.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.isASCII {
            // The common case; "\r\n" is one Character and must still measure 0.
            return first.value >= 0x20 && first.value < 0x7F ? 1 : 0
        }
        if scalars.count > 1 {
            if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }  // a flag: two regional indicators
            // A variation selector 16 asks for emoji presentation: "❤️", "1️⃣".
            if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
            // An emoji modifier or zero-width joiner sequence is drawn as one emoji.
            if first.properties.isEmoji,
                scalars.contains(where: { $0.properties.isEmojiModifier || $0.value == 0x200D })
            {
                return 2
            }
        }
        // The first scalar with a width decides: "e" + combining acute is one column.
        for scalar in scalars {
            let width = of(scalar)
            if width > 0 { return width }
        }
        return 0
    }

    /// The width of one Unicode scalar on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if value < 0x300 { return 1 }  // Latin-1 and Latin Extended: no marks before U+0300
        if isZeroWidth(scalar) { return 0 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            break
        }
        switch scalar.value {
        case 0x1160...0x11FF, 0xD7B0...0xD7FF:
            // Hangul medial vowels and final consonants join the preceding syllable.
            return true
        case 0x200B, 0x2060, 0xFE00...0xFE0F, 0xE0100...0xE01EF:
            return true
        default:
            return false
        }
    }

    /// East Asian Wide and Fullwidth blocks (Unicode `EastAsianWidth.txt`, W and F),
    /// condensed to ranges; emoji are covered by their presentation property.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F,  // Hangul Jamo initial consonants
            0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
            0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols
            0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compat
            0x3400...0x4DBF,  // CJK Extension A
            0x4E00...0x9FFF,  // CJK Unified Ideographs
            0xA000...0xA4CF,  // Yi
            0xA960...0xA97F,  // Hangul Jamo Extended-A
            0xAC00...0xD7A3,  // Hangul syllables
            0xF900...0xFAFF,  // CJK Compatibility Ideographs
            0xFE10...0xFE19, 0xFE30...0xFE6F,  // vertical forms, CJK compatibility forms
            0xFF00...0xFF60, 0xFFE0...0xFFE6,  // fullwidth forms
            0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,  // Tangut, Kana supplement
            0x1F200...0x1F2FF,  // enclosed ideographic supplement
            0x20000...0x2FFFD, 0x30000...0x3FFFD:  // CJK Extensions B and beyond
            return true
        default:
            return false
        }
    }
}

/// Recognises ANSI escape sequences character by character so they can be measured as
/// zero columns: CSI (`ESC [ … final`), OSC (`ESC ] … BEL`) and two-character escapes.
public struct EscapeSkipper {
    private enum State { case text, escape, controlSequence, operatingSystemCommand }
    private var state = State.text

    public init() {}

    /// Whether `character` belongs to an escape sequence (and so takes no columns).
    public mutating func consumes(_ character: Character) -> Bool {
        let value = character.unicodeScalars.first!.value
        switch state {
        case .text:
            if value == 0x1B {
                state = .escape
                return true
            }
            return false
        case .escape:
            state = character == "[" ? .controlSequence : character == "]" ? .operatingSystemCommand : .text
            return true
        case .controlSequence:
            if value >= 0x40 && value <= 0x7E { state = .text }
            return true
        case .operatingSystemCommand:
            if value == 0x07 || value == 0x1B { state = value == 0x1B ? .escape : .text }
            return true
        }
    }
}
