/// Minimal JSON string escaping, fast enough to stream analyses at tens of megabytes a
/// second without Foundation.
public enum JSONText {
    /// `text` as a JSON string literal, quotes included. Control characters are escaped;
    /// everything else is written as UTF-8.
    public static func quoted(_ text: String) -> String {
        var result: [UInt8] = [UInt8(ascii: "\"")]
        result.reserveCapacity(text.utf8.count + 2)
        appendEscaped(text, to: &result)
        result.append(UInt8(ascii: "\""))
        return String(decoding: result, as: UTF8.self)
    }

    /// The escaping of `quoted`, appended as UTF-8 bytes. Only ASCII bytes are ever escaped,
    /// and no byte of a multi-byte character is ASCII, so working byte by byte is exact.
    public static func appendEscaped(_ text: String, to result: inout [UInt8]) {
        var text = text
        let plain = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return false }
            result.append(contentsOf: bytes)
            return true
        }
        if plain { return }
        for byte in text.utf8 {
            switch byte {
            case 0x22: result.append(contentsOf: [0x5C, 0x22])
            case 0x5C: result.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: result.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: result.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: result.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: result.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: result.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                result.append(contentsOf: [
                    0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)],
                    hex[Int(byte & 0xF)],
                ])
            default: result.append(byte)
            }
        }
    }
}
