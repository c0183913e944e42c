/// Checks that bytes are well-formed UTF-8 (no overlong forms, surrogates or code points
/// past U+10FFFF, as `String(validating:)` judges) without building a string, so a line of
/// many megabytes is checked without a copy. Bytes may be fed in pieces; a character may
/// run over the cut between two pieces.
public struct UTF8Validator: Sendable {
    private var remaining = 0
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF
    private var failed = false

    public init() {}

    /// Whether all bytes fed so far are well-formed and no character is left unfinished.
    public var isValid: Bool { !failed && remaining == 0 }

    /// Whether these bytes, on their own, are well-formed UTF-8.
    public static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
        var validator = UTF8Validator()
        bytes.withUnsafeBytes { validator.feed($0) }
        return validator.isValid
    }

    public mutating func feed(_ buffer: UnsafeRawBufferPointer) {
        guard !failed else { return }
        var index = 0
        let count = buffer.count
        while index < count {
            if remaining == 0 {
                // ASCII runs, the common case, eight bytes at a time.
                while index + 8 <= count,
                    buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                guard index < count else { return }
                let byte = buffer[index]
                index += 1
                switch byte {
                case 0x00...0x7F: continue
                case 0xC2...0xDF: expect(1, 0x80, 0xBF)
                case 0xE0: expect(2, 0xA0, 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: expect(2, 0x80, 0xBF)
                case 0xED: expect(2, 0x80, 0x9F)
                case 0xF0: expect(3, 0x90, 0xBF)
                case 0xF1...0xF3: expect(3, 0x80, 0xBF)
                case 0xF4: expect(3, 0x80, 0x8F)
                default:
                    failed = true
                    return
                }
            } else {
                let byte = buffer[index]
                index += 1
                guard byte >= lower, byte <= upper else {
                    failed = true
                    return
                }
                expect(remaining - 1, 0x80, 0xBF)
            }
        }
    }

    private mutating func expect(_ continuationBytes: Int, _ lower: UInt8, _ upper: UInt8) {
        remaining = continuationBytes
        self.lower = lower
        self.upper = upper
    }
}
