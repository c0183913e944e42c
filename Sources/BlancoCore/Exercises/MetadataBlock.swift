/// The `key: value` block between two `---` lines that opens a lecturer's Markdown file
/// (an exercise, a profile), read the same way for each: text after a `#` is a comment,
/// keys are case-insensitive, and an unknown or repeated key is a problem that names the
/// closest valid key.
struct MetadataBlock {
    /// Each key's value and line (1-based).
    var fields: [String: (value: String, line: Int)] = [:]
    /// The index of the first line after the block.
    var bodyStart = 0
    /// Whether the file opens with a block at all; without one, each missing field would
    /// only repeat the same problem.
    var isPresent = true
    /// The block has no closing `---`: everything after it would be read as metadata, so
    /// that one problem is the only one worth reporting.
    var isUnclosed = false

    /// Reads the block from `lines`, reporting each problem with its line. `guide` names
    /// the documentation of the format, `example` a line of the block; `canonicalKey`
    /// maps a key's accepted spellings to the key.
    init(
        lines: [Substring], keys: [String], guide: String, example: String, canonicalKey: (String) -> String = { $0 },
        report: (Int, String) -> Void
    ) {
        guard let first = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
            Self.trimmed(lines[first]) == "---"
        else {
            report(1, "het bestand moet beginnen met metadata tussen twee regels '---' (zie \(guide))")
            isPresent = false
            return
        }
        guard let close = lines[(first + 1)...].firstIndex(where: { Self.trimmed($0) == "---" }) else {
            var message = "de metadata wordt niet afgesloten met een regel '---'"
            if let heading = lines[(first + 1)...].firstIndex(where: { $0.hasPrefix("#") }) {
                message += "; zet die regel vóór regel \(heading + 1)"
            }
            report(first + 1, message)
            isUnclosed = true
            bodyStart = lines.count
            return
        }
        bodyStart = close + 1
        for index in (first + 1)..<close {
            let content = Self.trimmed(Self.withoutComment(lines[index]))
            if content.isEmpty { continue }
            guard let colon = content.firstIndex(of: ":") else {
                report(index + 1, "verwacht 'veld: waarde', bijvoorbeeld '\(example)'")
                continue
            }
            let key = canonicalKey(Self.trimmed(content[..<colon]).lowercased())
            let value = Self.trimmed(content[content.index(after: colon)...])
            guard keys.contains(key) else {
                var message = "onbekend veld '\(key)'"
                if let close = EditDistance.closest(to: key, in: keys) {
                    message += "; bedoelde je '\(close)'?"
                } else {
                    message += "; geldige velden: " + keys.joined(separator: ", ")
                }
                report(index + 1, message)
                continue
            }
            if let earlier = fields[key] {
                report(index + 1, "het veld '\(key)' staat er twee keer in (ook op regel \(earlier.line))")
                continue
            }
            fields[key] = (value, index + 1)
        }
    }

    /// The line without a comment: a `#` after a space, or at the start, and all after it.
    /// With `keepingHeading`, a `#` that opens the line is a Markdown heading, not a comment.
    static func withoutComment(_ line: Substring, keepingHeading: Bool = false) -> Substring {
        var previous: Character = " "
        var hasContent = false
        for index in line.indices {
            if line[index] == "#", previous.isWhitespace, hasContent || !keepingHeading { return line[..<index] }
            if !line[index].isWhitespace { hasContent = true }
            previous = line[index]
        }
        return line
    }

    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }
}
