import DisplayText
/// Word-wraps text to a terminal width, so long exercises and feedback stay readable in a
/// narrow window. Widths are display columns (`DisplayWidth`), so accented letters, CJK
/// and emoji wrap where the terminal actually runs out of room.
public enum TextWrap {
    /// `text` wrapped to `width` columns, each output line prefixed with `indent`.
    ///
    /// Existing newlines are kept (empty lines stay empty, without the indent). A line that
    /// starts with spaces or a list marker ("- ", "* ", "1. ") continues under its text,
    /// not under the marker. Runs of spaces between words become one space; a word wider
    /// than the room left is broken over lines. Escape sequences take no room.
    public static func wrap(_ text: String, width: Int, indent: String = "") -> String {
        let indentWidth = DisplayWidth.of(indent)
        var output: [String] = []
        // "\r\n" is one Character in Swift, so it is matched as such.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if line.allSatisfy({ $0 == " " }) {
                output.append("")
                continue
            }
            let (lead, hanging, body) = splitLead(line)
            let leadWidth = DisplayWidth.of(String(lead))
            let room = max(1, width - indentWidth - leadWidth)
            for (index, wrapped) in wrapWords(body, room: room).enumerated() {
                output.append(indent + (index == 0 ? String(lead) : hanging) + wrapped)
            }
        }
        return output.joined(separator: "\n")
    }

    /// The leading spaces and list marker, the blank prefix continuation lines get instead,
    /// and the rest of the line.
    private static func splitLead(_ line: Substring) -> (Substring, String, Substring) {
        let spaces = line.prefix(while: { $0 == " " })
        var rest = line.dropFirst(spaces.count)
        var marker: Substring = ""
        if rest.hasPrefix("- ") || rest.hasPrefix("* ") || rest.hasPrefix("• ") {
            marker = rest.prefix(2)
        } else {
            let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
            let afterDigits = rest.dropFirst(digits.count)
            if !digits.isEmpty, digits.count <= 3, afterDigits.hasPrefix(". ") || afterDigits.hasPrefix(") ") {
                marker = rest.prefix(digits.count + 2)
            }
        }
        rest = rest.dropFirst(marker.count)
        let lead = line[line.startIndex..<rest.startIndex]
        return (lead, String(repeating: " ", count: DisplayWidth.of(String(lead))), rest)
    }

    /// Greedy line filling: as many words per line as fit in `room` columns.
    private static func wrapWords(_ body: Substring, room: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in body.split(separator: " ") {
            let wordWidth = DisplayWidth.of(String(word))
            if currentWidth > 0, currentWidth + 1 + wordWidth <= room {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            if wordWidth <= room {
                current = String(word)
                currentWidth = wordWidth
            } else {
                var pieces = breakWord(word, room: room)
                let last = pieces.removeLast()
                lines.append(contentsOf: pieces)
                current = last
                currentWidth = DisplayWidth.of(last)
            }
        }
        if currentWidth > 0 || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Cuts a word into pieces of at most `room` columns, never inside a character.
    private static func breakWord(_ word: Substring, room: Int) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var pieceWidth = 0
        var escape = EscapeSkipper()
        for character in word {
            if escape.consumes(character) {
                piece.append(character)
                continue
            }
            let width = DisplayWidth.of(character)
            if pieceWidth + width > room, pieceWidth > 0 {
                pieces.append(piece)
                piece = ""
                pieceWidth = 0
            }
            piece.append(character)
            pieceWidth += width
        }
        pieces.append(piece)
        return pieces
    }
}
