import BlancoCore
import Platform

/// Reading what `blanco analyze` analyzes: all of standard input or a file as UTF-8 text.
enum AnalyzeInput {
    // The limits are `Limits.response` and `Limits.context` (one place for all limits).

    struct Problem: Error {
        let message: String
        /// The bytes were read but are not valid UTF-8 (bad input data, exit 65).
        let isEncoding: Bool
    }

    /// All of standard input; a final line break (of the last line typed) is left off.
    static func readAll() -> Result<String, Problem> {
        readDescriptor(.standardInput, droppingFinalNewline: true, limit: Limits.response)
    }

    /// A context file (`--context-file`).
    static func readFile(_ path: String) -> Result<String, Problem> {
        let descriptor: FileDescriptor
        switch FileDescriptor.open(readingFrom: path) {
        case .success(let opened): descriptor = opened
        case .failure(let error):
            return .failure(Problem(message: SystemErrorText.dutch(error.code), isEncoding: false))
        }
        defer { descriptor.close() }
        return readDescriptor(descriptor, droppingFinalNewline: false, limit: Limits.context)
    }

    /// Reads in pieces of a megabyte and checks them as they come, then copies them once
    /// into the string: a long input costs about twice its size at the peak, briefly.
    private static func readDescriptor(_ descriptor: FileDescriptor, droppingFinalNewline: Bool, limit: Limits.Limit)
        -> Result<String, Problem>
    {
        let pieceSize = 1 << 18
        var pieces: [[UInt8]] = []
        var validator = UTF8Validator()
        var total = 0
        var atEnd = false
        while !atEnd {
            var piece = [UInt8](repeating: 0, count: pieceSize)
            var filled = 0
            while filled < pieceSize {
                let result = piece.withUnsafeMutableBytes {
                    descriptor.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]))
                }
                guard case .success(let count) = result else {
                    if case .failure(let error) = result {
                        return .failure(Problem(message: SystemErrorText.dutch(error.code), isEncoding: false))
                    }
                    return .failure(Problem(message: "leesfout", isEncoding: false))
                }
                if count == 0 {
                    atEnd = true
                    break
                }
                filled += count
            }
            piece.removeSubrange(filled...)
            piece.withUnsafeBytes { validator.feed($0) }
            total += filled
            if total > limit.value {
                return .failure(Problem(message: "de tekst is te groot: \(limit.message)", isEncoding: true))
            }
            if filled > 0 { pieces.append(piece) }
        }
        guard validator.isValid else {
            return .failure(Problem(message: "de invoer is geen geldige UTF-8", isEncoding: true))
        }
        // "\r\n" is one character: a final CR LF is kept, as `hasSuffix("\n")` would.
        if droppingFinalNewline, pieces.last?.last == 0x0A, byte(at: total - 2, in: pieces) != 0x0D { total -= 1 }
        let text = String(unsafeUninitializedCapacity: total) { buffer in
            var offset = 0
            for index in pieces.indices {
                let count = min(pieces[index].count, total - offset)
                pieces[index].withUnsafeBufferPointer { piece in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[offset..<(offset + count)]).initialize(
                        from: piece[0..<count])
                }
                offset += count
                pieces[index] = []
            }
            return offset
        }
        return .success(text)
    }

    private static func byte(at offset: Int, in pieces: [[UInt8]]) -> UInt8? {
        guard offset >= 0 else { return nil }
        var remaining = offset
        for piece in pieces {
            if remaining < piece.count { return piece[remaining] }
            remaining -= piece.count
        }
        return nil
    }
}

/// Reads lines from a file descriptor in large chunks. A line is handed out as a slice of
/// the buffer; a line longer than the limit is skipped to its end without being kept.
struct ChunkedLineReader {
    enum Line {
        case bytes(ArraySlice<UInt8>)
        case tooLong
    }

    let fileDescriptor: FileDescriptor
    let maximumLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var skippingLongLine = false
    private(set) var problem: String?

    init(fileDescriptor: FileDescriptor, maximumLineBytes: Int) {
        self.fileDescriptor = fileDescriptor
        self.maximumLineBytes = maximumLineBytes
        buffer.reserveCapacity(1 << 20)
    }

    mutating func nextLine() -> Line? {
        var searchFrom = start
        while true {
            if let newline = Self.firstNewline(in: buffer, from: searchFrom) {
                let line = buffer[start..<newline]
                start = newline + 1
                if skippingLongLine || line.count > maximumLineBytes {
                    skippingLongLine = false
                    return .tooLong
                }
                return .bytes(line.last == 0x0D ? line.dropLast() : line)
            }
            if atEnd {
                guard start < buffer.count else { return skippingLongLine ? finishLongLine() : nil }
                let line = buffer[start...]
                start = buffer.count
                if skippingLongLine || line.count > maximumLineBytes { return finishLongLine() }
                return .bytes(line.last == 0x0D ? line.dropLast() : line)
            }
            if buffer.count - start > maximumLineBytes {
                skippingLongLine = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
            } else if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            searchFrom = buffer.count
            fill()
        }
    }

    /// The index of the first line feed at or after `start`, found with `memchr`.
    private static func firstNewline(in buffer: [UInt8], from start: Int) -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBytes { Platform.firstIndex(of: 0x0A, in: $0, from: start) }
    }

    /// After a long line, lets go of the buffer that grew to hold it (once the line
    /// handed out is no longer used), keeping only what is still unread.
    mutating func releaseLargeBuffer() {
        guard buffer.capacity > 4 << 20 else { return }
        var smaller: [UInt8] = []
        smaller.reserveCapacity(max(1 << 20, buffer.count - start))
        smaller.append(contentsOf: buffer[start...])
        buffer = smaller
        start = 0
    }

    private mutating func finishLongLine() -> Line {
        skippingLongLine = false
        return .tooLong
    }

    private mutating func fill() {
        let chunkSize = 1 << 20
        let oldCount = buffer.count
        if buffer.capacity < oldCount + chunkSize {
            // Grow by a quarter rather than double, so a long line costs less spare room.
            buffer.reserveCapacity(max(oldCount + chunkSize, buffer.capacity + buffer.capacity / 4))
        }
        switch fileDescriptor.read(appendingTo: &buffer, maximum: chunkSize) {
        case .success(let count) where count > 0: return
        case .success: atEnd = true
        case .failure(let error):
            problem = error.description
            atEnd = true
        }
    }
}
