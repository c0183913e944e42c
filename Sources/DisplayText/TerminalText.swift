/// Makes untrusted text (exercise files, trainee input, journal records) safe to write to
/// a terminal: control characters and escape sequences are never passed through raw.
public enum TerminalText {
    /// Replaces every C0/C1 control character except newline with a visible caret
    /// notation (`^[` for ESC), so an escape sequence in a file cannot recolour the screen or
    /// move the cursor. Tabs become spaces, a CR before a newline is dropped, and
    /// bidirectional overrides become spaces; other characters are kept.
    public static func sanitize(_ text: String, keepNewlines: Bool = true) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x0A:
                result.append(keepNewlines ? scalar : " ")
            case 0x09:
                result.append(" ")
            case 0x0D:
                if index + 1 < scalars.count, scalars[index + 1].value == 0x0A { continue }
                result.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                result.append(contentsOf: visible(scalar).unicodeScalars)
            case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                // Line separators and bidirectional overrides can disguise text.
                result.append(" ")
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `^[` style caret notation for C0 controls, `<U+0085>` for C1 controls.
    private static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F: "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
        case 0x7F: "^?"
        default: "<U+" + String(scalar.value, radix: 16, uppercase: true) + ">"
        }
    }
}
