#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading what `blanco analyze` analyzes: all of standard input or a file as UTF-8 text.
enum AnalyzeInput {
    struct Problem: Error {
        let message: String
        /// The bytes were read but are not valid UTF-8 (bad input data, exit 65).
        let isEncoding: Bool
    }

    static func readAll() -> Result<String, Problem> {
        readDescriptor(0)
    }

    static func readFile(_ path: String) -> Result<String, Problem> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            return .failure(Problem(message: errno == ENOENT ? "het bestand bestaat niet" : "geen toegang", isEncoding: false))
        }
        defer { close(descriptor) }
        return readDescriptor(descriptor)
    }

    private static func readDescriptor(_ descriptor: Int32) -> Result<String, Problem> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Problem(message: "leesfout", isEncoding: false))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(Problem(message: "de invoer is geen geldige UTF-8", isEncoding: true))
        }
        return .success(text)
    }
}

/// Reads lines from a file descriptor in large chunks. A line is handed out as a slice of
/// the buffer; a line longer than the limit is skipped to its end without being kept.
struct ChunkedLineReader {
    enum Line {
        case bytes(ArraySlice<UInt8>)
        case tooLong
    }

    let fileDescriptor: Int32
    let maximumLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var skippingLongLine = false
    private(set) var problem: String?

    init(fileDescriptor: Int32, maximumLineBytes: Int) {
        self.fileDescriptor = fileDescriptor
        self.maximumLineBytes = maximumLineBytes
        buffer.reserveCapacity(1 << 20)
    }

    mutating func nextLine() -> Line? {
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                if skippingLongLine {
                    skippingLongLine = false
                    return .tooLong
                }
                return .bytes(line.last == 0x0D ? line.dropLast() : line)
            }
            if atEnd {
                guard start < buffer.count else { return skippingLongLine ? finishLongLine() : nil }
                let line = buffer[start...]
                start = buffer.count
                if skippingLongLine { return finishLongLine() }
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

    private mutating func finishLongLine() -> Line {
        skippingLongLine = false
        return .tooLong
    }

    private mutating func fill() {
        let chunkSize = 1 << 20
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress! + oldCount, chunkSize) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { problem = "leesfout" }
            buffer.removeSubrange((oldCount + max(0, count))...)
            if count <= 0 { atEnd = true }
            return
        }
    }
}
