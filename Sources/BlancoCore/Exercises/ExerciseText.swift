/// Turns the raw bytes of an exercise file into numbered lines, refusing what is not a
/// text file: empty, too large, binary (NUL bytes) or invalid UTF-8. A BOM and CRLF or CR
/// line endings are accepted and removed.
enum ExerciseText {
    static func lines(of bytes: [UInt8], file: String) -> Result<[Substring], ExerciseProblem> {
        func problem(_ line: Int, _ message: String) -> Result<[Substring], ExerciseProblem> {
            .failure(ExerciseProblem(file: file, line: line, message: message))
        }
        if bytes.count > ExerciseFormat.maximumFileSize {
            return problem(1, "het bestand is \(bytes.count / 1_000_000) MB; een oefening mag hoogstens 1 MB zijn")
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
        // "\r\n" is one Character in Swift, so splitting on all newline kinds handles CRLF.
        return .success(text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline))
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
