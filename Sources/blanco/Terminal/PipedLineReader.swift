import Platform

/// Reads lines from a standard input that is not a terminal (a file, a pipe): no raw
/// mode and no escape codes. A trailing CR is dropped, invalid UTF-8 becomes U+FFFD and
/// a last line without a newline still counts. Linear in the input, however long a line,
/// and memory stays bounded: of a line longer than `maximumLineBytes` only that many
/// bytes are kept (enough for the caller to see it is over its limit), the rest skipped.
final class PipedLineReader {
    private let fileDescriptor: FileDescriptor
    private var bytes: [UInt8] = []
    /// Where the unread part of `bytes` starts.
    private var start = 0
    /// How far past `start` is known to hold no newline.
    private var scanned = 0
    private var reachedEnd = false
    private let maximumLineBytes: Int
    /// Inside a line that went over the limit: its kept part, until its newline comes.
    private var truncatedLine: String?

    init(fileDescriptor: FileDescriptor = .standardInput, maximumLineBytes: Int = 1 << 20) {
        self.fileDescriptor = fileDescriptor
        self.maximumLineBytes = maximumLineBytes
    }

    /// The next line, or nil at the end of the input.
    func nextLine() -> String? {
        while true {
            if let newline = bytes[(start + scanned)...].firstIndex(of: 0x0A) {
                let line = take(upTo: newline)
                start = newline + 1
                if let truncated = truncatedLine {
                    truncatedLine = nil
                    return truncated
                }
                return line
            }
            scanned = bytes.count - start
            if bytes.count - start > maximumLineBytes {
                if truncatedLine == nil { truncatedLine = take(upTo: start + maximumLineBytes) }
                bytes.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            }
            if reachedEnd, let truncated = truncatedLine {
                truncatedLine = nil
                start = bytes.count
                return truncated
            }
            if reachedEnd {
                guard start < bytes.count else { return nil }
                let line = take(upTo: bytes.count)
                start = bytes.count
                return line
            }
            readMore()
        }
    }

    private func take(upTo end: Int) -> String {
        var lineEnd = end
        if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        scanned = 0
        return String(decoding: bytes[start..<lineEnd], as: UTF8.self)
    }

    private func readMore() {
        // Drop what was consumed once it is most of the buffer: amortised linear.
        if start > 0, start >= bytes.count / 2 {
            bytes.removeSubrange(..<start)
            start = 0
        }
        switch fileDescriptor.read(appendingTo: &bytes, maximum: 1 << 16) {
        case .success(let count) where count > 0: return
        default: reachedEnd = true
        }
    }
}
