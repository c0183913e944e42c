import Platform

/// A small JSON reader over UTF-8 bytes: enough to read one flat object a line and skip
/// whatever else it holds. Every byte is looked at a bounded number of times.
struct JSONReader {
    struct Failure: Error {
        let message: String
    }

    let bytes: ArraySlice<UInt8>
    var position: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    mutating func readObject(_ field: (String, inout JSONReader) throws -> Void) throws {
        skipSpace()
        guard peek() == UInt8(ascii: "{") else {
            throw Failure(message: "ongeldige JSON: een regel moet een object {...} zijn")
        }
        position += 1
        skipSpace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            skipSpace()
            guard peek() == UInt8(ascii: "\"") else {
                throw Failure(message: "ongeldige JSON: naam van een veld verwacht")
            }
            let key = try readString()
            skipSpace()
            guard peek() == UInt8(ascii: ":") else {
                throw Failure(message: "ongeldige JSON: ':' verwacht na \"\(key)\"")
            }
            position += 1
            skipSpace()
            try field(key, &self)
            skipSpace()
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                return
            default: throw Failure(message: "ongeldige JSON: ',' of '}' verwacht")
            }
        }
    }

    mutating func expectEnd() throws {
        skipSpace()
        guard position == bytes.endIndex else {
            throw Failure(message: "ongeldige JSON: tekst na het einde van het object")
        }
    }

    mutating func readStringOrNull(reusing known: [String] = []) throws -> String? {
        if peek() == UInt8(ascii: "n") {
            try expectWord("null")
            return nil
        }
        guard peek() == UInt8(ascii: "\"") else {
            throw Failure(message: "ongeldige JSON: tekst tussen aanhalingstekens verwacht")
        }
        return try readString(reusing: known)
    }

    /// A string or number as a JSON literal to write back unchanged in meaning.
    mutating func readLiteralForEcho() throws -> String? {
        switch peek() {
        case UInt8(ascii: "\""):
            // Without an escape or a control byte the literal is its own bytes, quotes and
            // all, as `quoted` would write them again; only a string with escapes is rebuilt.
            let quote = position
            let end = Self.plainRunEnd(bytes, from: position + 1)
            if end < bytes.endIndex, bytes[end] == UInt8(ascii: "\"") {
                position = end + 1
                return String(decoding: bytes[quote..<position], as: UTF8.self)
            }
            return JSONText.quoted(try readString())
        case UInt8(ascii: "n"):
            try expectWord("null")
            return nil
        default:
            let start = position
            try skipValue()
            let literal = String(decoding: bytes[start..<position], as: UTF8.self)
            // Valid JSON, but beyond a double (1e9991): many readers refuse it, so it is
            // not echoed (fuzz finding).
            if isNumberStart(bytes[start]), !(Double(literal)?.isFinite ?? false) {
                throw Failure(message: "ongeldige JSON: getal buiten bereik")
            }
            return literal
        }
    }

    /// A string; when it has the very bytes of one of `known` (say the contexts of the
    /// lines before), that string itself, so no new string is built.
    mutating func readString(reusing known: [String] = []) throws -> String {
        position += 1  // opening quote
        let start = position
        position = Self.plainRunEnd(bytes, from: position)
        // Fast path: no escapes.
        while position < bytes.endIndex {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                for candidate in known where Self.same(bytes[start..<position], candidate) {
                    position += 1
                    return candidate
                }
                let text = String(decoding: bytes[start..<position], as: UTF8.self)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw Failure(message: "ongeldige JSON: een stuurteken in tekst moet ge-escaped zijn") }
            position += 1
        }
        var buffer = Array(bytes[start..<position])
        while position < bytes.endIndex {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < bytes.endIndex else { break }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escape)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "u"):
                    var value = try readHex4()
                    if (0xD800...0xDBFF).contains(value), position + 1 < bytes.endIndex,
                        bytes[position] == UInt8(ascii: "\\"),
                        bytes[position + 1] == UInt8(ascii: "u")
                    {
                        position += 2
                        let low = try readHex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            buffer.append(contentsOf: [0xEF, 0xBF, 0xBD])
                            value = low
                        }
                    }
                    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                    buffer.append(contentsOf: String(scalar).utf8)
                default:
                    throw Failure(message: "ongeldige JSON: onbekende escape \\\(Character(Unicode.Scalar(escape)))")
                }
            default:
                if byte < 0x20 {
                    throw Failure(message: "ongeldige JSON: een stuurteken in tekst moet ge-escaped zijn")
                }
                buffer.append(byte)
            }
        }
        throw Failure(message: "ongeldige JSON: tekst zonder afsluitend aanhalingsteken")
    }

    /// The index of the first quote, backslash or control byte at or after `start` (or
    /// the end): a string's plain run, skipped eight bytes at a time.
    static func plainRunEnd(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            let count = raw.count
            var index = start - bytes.startIndex
            // Bit tricks over eight bytes at once: `hit` is nonzero whenever one of them is
            // below 0x20 or a '"' or '\\' (the classic "has a zero byte" test: the first
            // such byte always sets its high bit; now and then a hit is false), so only the
            // words with a hit need a look byte by byte.
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let quote = word ^ (ones &* 0x22)
                let backslash = word ^ (ones &* 0x5C)
                let hit = ((word &- ones &* 0x20) | (quote &- ones) | (backslash &- ones)) & ~word & highs
                if hit != 0 {
                    for offset in index..<(index + 8) where Self.endsPlainRun(raw[offset]) {
                        return offset + bytes.startIndex
                    }
                }
                index += 8
            }
            while index < count, !Self.endsPlainRun(raw[index]) { index += 1 }
            return index + bytes.startIndex
        }
    }

    @inline(__always)
    private static func endsPlainRun(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x5C || byte < 0x20
    }

    private static func same(_ bytes: ArraySlice<UInt8>, _ text: String) -> Bool {
        guard bytes.count == text.utf8.count else { return false }
        guard !bytes.isEmpty else { return true }
        let same = bytes.withUnsafeBufferPointer { slice in
            text.utf8.withContiguousStorageIfAvailable {
                Platform.bytesEqual(UnsafeRawBufferPointer(slice), UnsafeRawBufferPointer($0))
            }
        }
        return same ?? bytes.elementsEqual(text.utf8)
    }

    private mutating func readHex4() throws -> UInt32 {
        guard position + 4 <= bytes.endIndex else {
            throw Failure(message: "ongeldige JSON: \\u verwacht vier hexadecimale cijfers")
        }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            position += 1
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw Failure(message: "ongeldige JSON: \\u verwacht vier hexadecimale cijfers")
            }
            value = value << 4 | digit
        }
        return value
    }

    /// Steps over one value. With `uniqueKeys`, an object anywhere in it that names a key
    /// twice is an error: which of the two counts is a reader's choice, so a record that
    /// must read the same everywhere cannot have one.
    mutating func skipValue(depth: Int = 0, uniqueKeys: Bool = false) throws {
        guard depth < InputLimits.jsonDepth else { throw Failure(message: "ongeldige JSON: te diep genest") }
        skipSpace()
        switch peek() {
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "{"):
            var keys: Set<String> = []
            try readObject { key, reader in
                if uniqueKeys, !keys.insert(key).inserted {
                    throw Failure(message: "ongeldige JSON: het veld \"\(key)\" staat er twee keer")
                }
                try reader.skipValue(depth: depth + 1, uniqueKeys: uniqueKeys)
            }
        case UInt8(ascii: "["):
            position += 1
            skipSpace()
            if peek() == UInt8(ascii: "]") {
                position += 1
                return
            }
            while true {
                try skipValue(depth: depth + 1, uniqueKeys: uniqueKeys)
                skipSpace()
                switch peek() {
                case UInt8(ascii: ","): position += 1
                case UInt8(ascii: "]"):
                    position += 1
                    return
                default: throw Failure(message: "ongeldige JSON: ',' of ']' verwacht")
                }
            }
        case UInt8(ascii: "t"): try expectWord("true")
        case UInt8(ascii: "f"): try expectWord("false")
        case UInt8(ascii: "n"): try expectWord("null")
        case let byte? where byte == UInt8(ascii: "-") || Self.isDigit(byte):
            try skipNumber()
        default:
            throw Failure(message: "ongeldige JSON: waarde verwacht")
        }
    }

    /// A number exactly as JSON (RFC 8259) spells it: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    /// Forms Swift's `Double` also accepts (`01`, `-.5`, `1.`, `1.e5`) are refused, so a
    /// number echoed back is always valid JSON.
    mutating func skipNumber() throws {
        let invalid = Failure(message: "ongeldige JSON: ongeldig getal")
        if peek() == UInt8(ascii: "-") { position += 1 }
        guard let first = peek(), Self.isDigit(first) else { throw invalid }
        position += 1
        if first != UInt8(ascii: "0") { skipDigits() } else if let next = peek(), Self.isDigit(next) { throw invalid }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard let next = peek(), Self.isDigit(next) else { throw invalid }
            skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard let next = peek(), Self.isDigit(next) else { throw invalid }
            skipDigits()
        }
    }

    private mutating func skipDigits() {
        while let byte = peek(), Self.isDigit(byte) { position += 1 }
    }

    private func isNumberStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || Self.isDigit(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Steps over a string without building it.
    mutating func skipString() throws {
        position += 1  // opening quote
        while true {
            position = Self.plainRunEnd(bytes, from: position)
            guard position < bytes.endIndex else { break }
            switch bytes[position] {
            case UInt8(ascii: "\""):
                position += 1
                return
            case UInt8(ascii: "\\"):
                position += 1
                guard let escape = peek() else { break }
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "n"), UInt8(ascii: "r"),
                    UInt8(ascii: "t"), UInt8(ascii: "b"), UInt8(ascii: "f"):
                    continue
                case UInt8(ascii: "u"): _ = try readHex4()
                default: throw Failure(message: "ongeldige JSON: onbekende escape")
                }
            default:
                throw Failure(message: "ongeldige JSON: een stuurteken in tekst moet ge-escaped zijn")
            }
        }
        throw Failure(message: "ongeldige JSON: tekst zonder afsluitend aanhalingsteken")
    }

    /// Whether the next value is a number.
    var isAtNumber: Bool {
        guard let byte = peek() else { return false }
        return byte == UInt8(ascii: "-") || Self.isDigit(byte)
    }

    /// A JSON number as a `Double`.
    mutating func readNumber() throws -> Double {
        let start = position
        try skipNumber()
        guard let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else {
            throw Failure(message: "ongeldige JSON: ongeldig getal")
        }
        return value
    }

    private mutating func expectWord(_ word: String) throws {
        for byte in word.utf8 {
            guard position < bytes.endIndex, bytes[position] == byte else {
                throw Failure(message: "ongeldige JSON: '\(word)' verwacht")
            }
            position += 1
        }
    }

    private mutating func skipSpace() {
        while position < bytes.endIndex {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private func peek() -> UInt8? { position < bytes.endIndex ? bytes[position] : nil }
}
