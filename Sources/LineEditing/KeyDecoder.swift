import DisplayText

/// Turns the bytes a terminal sends in raw mode into `KeyEvent`s: UTF-8 text, control
/// keys, and the escape sequences of arrows, Home/End and Delete in their xterm, VT220
/// and application-mode variants.
///
/// Bytes arrive in arbitrary chunks, so an escape sequence or a multi-byte character may
/// be split over two reads; the decoder keeps the unfinished part until the next call.
/// Consecutive text comes out as one `.text` event, so a pasted megabyte is one edit.
/// Invalid UTF-8 becomes U+FFFD; control and bidirectional characters never reach the text.
public struct KeyDecoder: Sendable {
    private var escapeBytes: [UInt8] = []
    private var textBytes: [UInt8] = []
    private var afterCarriageReturn = false

    /// The longest escape sequence we wait for; anything longer is garbage and dropped.
    private static let maximumEscapeLength = 32

    public init() {}

    /// Whether an unfinished escape sequence or character is waiting for more bytes. The
    /// caller waits briefly for them, then calls `flushPending()` (a lone Esc key).
    public var hasPendingInput: Bool { !escapeBytes.isEmpty || !textBytes.isEmpty }

    /// The events in `bytes`, given everything decoded before.
    public mutating func decode<Bytes: Sequence>(_ bytes: Bytes) -> [KeyEvent] where Bytes.Element == UInt8 {
        var events: [KeyEvent] = []
        for byte in bytes {
            feed(byte, into: &events)
        }
        flushText(into: &events, holdingIncompleteCharacter: true)
        return events
    }

    /// Gives up waiting: a lone Esc is ignored, an unfinished character becomes U+FFFD.
    public mutating func flushPending() -> [KeyEvent] {
        var events: [KeyEvent] = []
        escapeBytes.removeAll()
        flushText(into: &events, holdingIncompleteCharacter: false)
        return events
    }

    private mutating func feed(_ byte: UInt8, into events: inout [KeyEvent]) {
        if !escapeBytes.isEmpty {
            feedEscape(byte, into: &events)
            return
        }
        if afterCarriageReturn {
            afterCarriageReturn = false
            // A pasted Windows line end is one Enter, not two.
            if byte == 0x0A { return }
        }
        switch byte {
        case 0x20..<0x7F, 0x80...0xFF:
            textBytes.append(byte)
        case 0x09:
            textBytes.append(0x20)
        default:
            flushText(into: &events, holdingIncompleteCharacter: false)
            if byte == 0x1B {
                escapeBytes = [byte]
            } else if let event = Self.controlKey(byte) {
                if byte == 0x0D { afterCarriageReturn = true }
                events.append(event)
            }
        }
    }

    private static func controlKey(_ byte: UInt8) -> KeyEvent? {
        switch byte {
        case 0x01: .home
        case 0x02: .left
        case 0x03: .interrupt
        case 0x04: .endOfFile
        case 0x05: .end
        case 0x06: .right
        case 0x08, 0x7F: .backspace
        case 0x0A, 0x0D: .enter
        case 0x0B: .killToEnd
        case 0x0C: .clearScreen
        case 0x0E: .down
        case 0x10: .up
        case 0x15: .killToStart
        case 0x17: .deleteWordBackward
        case 0x1A: .suspend
        default: nil
        }
    }

    private mutating func feedEscape(_ byte: UInt8, into events: inout [KeyEvent]) {
        if escapeBytes.count == 1 {
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "O"):
                escapeBytes.append(byte)
            case 0x1B:
                break  // Esc Esc: the first one was a lone Esc.
            case UInt8(ascii: "b"):
                escapeBytes.removeAll()
                events.append(.wordLeft)
            case UInt8(ascii: "f"):
                escapeBytes.removeAll()
                events.append(.wordRight)
            case 0x7F, 0x08:
                escapeBytes.removeAll()
                events.append(.deleteWordBackward)
            default:
                escapeBytes.removeAll()  // Alt with a key we do not use.
            }
            return
        }
        if escapeBytes[1] == UInt8(ascii: "O") {
            escapeBytes.removeAll()
            if let event = Self.finalKey(byte, parameters: []) { events.append(event) }
            return
        }
        switch byte {
        case 0x40...0x7E:
            let parameters = Self.parameters(escapeBytes.dropFirst(2))
            escapeBytes.removeAll()
            if let event = Self.finalKey(byte, parameters: parameters) { events.append(event) }
        case 0x20...0x3F where escapeBytes.count < Self.maximumEscapeLength:
            escapeBytes.append(byte)
        default:
            // Not a control sequence after all: drop it and read the byte afresh.
            escapeBytes.removeAll()
            feed(byte, into: &events)
        }
    }

    /// `1;5` becomes `[1, 5]`; missing numbers are 0.
    private static func parameters(_ bytes: ArraySlice<UInt8>) -> [Int] {
        bytes.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).map { part in
            part.reduce(0) { value, digit in
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit)
                    ? min(value * 10 + Int(digit - 48), 9999) : value
            }
        }
    }

    private static func finalKey(_ final: UInt8, parameters: [Int]) -> KeyEvent? {
        // xterm modifiers: 1 + (shift 1, alt 2, ctrl 4); Ctrl or Alt with an arrow jumps a word.
        let modifier = parameters.count > 1 ? parameters[1] - 1 : 0
        let jumpsWord = modifier & 0b110 != 0
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return jumpsWord ? .wordRight : .right
        case UInt8(ascii: "D"): return jumpsWord ? .wordLeft : .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "~"):
            switch parameters.first ?? 0 {
            case 1, 7: return .home
            case 4, 8: return .end
            case 3: return .delete
            case 200: return .pasteStart
            case 201: return .pasteEnd
            default: return nil
            }
        default: return nil
        }
    }

    private mutating func flushText(into events: inout [KeyEvent], holdingIncompleteCharacter: Bool) {
        guard !textBytes.isEmpty else { return }
        var held: [UInt8] = []
        if holdingIncompleteCharacter, let start = Self.incompleteCharacterStart(textBytes) {
            held = Array(textBytes[start...])
            textBytes.removeSubrange(start...)
        }
        if !textBytes.isEmpty {
            let text = String(decoding: textBytes, as: UTF8.self)
            let isPlainASCII = textBytes.allSatisfy { $0 < 0x80 }
            events.append(.text(isPlainASCII ? text : TerminalText.sanitize(text, keepNewlines: false)))
        }
        textBytes = held
    }

    /// Where a UTF-8 character starts that the bytes end before finishing, if any.
    private static func incompleteCharacterStart(_ bytes: [UInt8]) -> Int? {
        var index = bytes.count - 1
        let lowest = max(0, bytes.count - 4)
        while index >= lowest {
            let byte = bytes[index]
            if byte & 0b1100_0000 == 0b1000_0000 {
                index -= 1
                continue
            }
            let expected = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            return bytes.count - index < expected ? index : nil
        }
        return nil
    }
}
