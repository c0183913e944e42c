/// Turns the raw bytes of an exercise file into numbered lines, refusing what is not a
/// text file: empty, too large, binary (NUL bytes) or invalid UTF-8. A BOM and CRLF or CR
/// line endings are accepted and removed.
///
/// Lines are counted as editors, `grep -n` and git count them: only LF ends a line (CRLF
/// too, and CR in a file with no LF at all, as old Mac files have). A form feed, vertical
/// tab, NEL, U+2028/U+2029 or a stray CR stays inside its line, where the parser reports
/// it, so FILE:LINE always points at the line an editor shows.
enum ExerciseText {
    static func lines(of bytes: [UInt8], file: String) -> Result<[Substring], ExerciseProblem> {
        func problem(_ line: Int, _ message: String) -> Result<[Substring], ExerciseProblem> {
            .failure(ExerciseProblem(file: file, line: line, message: message))
        }
        if bytes.count > Limits.exerciseFile.value {
            return problem(1, tooLargeMessage(size: bytes.count))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = body.firstIndex(of: 0) {
            return problem(lineNumber(in: bytes, at: nul), "dit is geen tekstbestand (het bevat binaire gegevens)")
        }
        if let bad = firstInvalidUTF8(body) {
            return problem(lineNumber(in: bytes, at: bad), "ongeldige UTF-8; sla het bestand op als UTF-8")
        }
        let text = String(decoding: body, as: UTF8.self)
        if text.allSatisfy(\.isWhitespace) {
            return problem(1, "het bestand is leeg; begin met het sjabloon uit Exercises/README.md")
        }
        let separator: UInt8 = body.contains(0x0A) ? 0x0A : 0x0D
        var lines: [Substring] = []
        var lineStart = text.utf8.startIndex
        for index in text.utf8.indices where text.utf8[index] == separator {
            var lineEnd = index
            if separator == 0x0A, lineEnd > lineStart, text.utf8[text.utf8.index(before: lineEnd)] == 0x0D {
                lineEnd = text.utf8.index(before: lineEnd)
            }
            lines.append(text[lineStart..<lineEnd])
            lineStart = text.utf8.index(after: index)
        }
        lines.append(text[lineStart...])
        return .success(lines)
    }

    static func tooLargeMessage(size: Int, limit: Limits.Limit = Limits.exerciseFile) -> String {
        let shown = size >= 1_000_000 ? "\(size / 1_000_000) MB" : "\(max(1, size / 1_000)) kB"
        return "het bestand is \(shown); \(limit.message)"
    }

    private static func lineNumber(in bytes: [UInt8], at index: Int) -> Int {
        bytes[..<index].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// The index of the first byte that does not start or continue valid UTF-8.
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = bytes.startIndex
        var scalarStart = offset
        while true {
            scalarStart = offset
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return scalarStart
            }
        }
    }
}
