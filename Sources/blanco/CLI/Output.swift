#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A buffered writer to a file descriptor. Text is written as UTF-8; write errors (a
/// closed pipe, a full disk) are remembered instead of crashing.
final class Output {
    let fileDescriptor: Int32
    private var buffer: [UInt8] = []
    private(set) var failed = false

    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
        buffer.reserveCapacity(1 << 16)
    }

    nonisolated(unsafe) static let standardOutput = Output(fileDescriptor: 1)
    nonisolated(unsafe) static let standardError = Output(fileDescriptor: 2)

    /// Whether this descriptor is a terminal.
    var isTerminal: Bool { isatty(fileDescriptor) == 1 }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Lets a writer append UTF-8 bytes straight to the buffer, with no string in between.
    func writeBytes(_ body: (inout [UInt8]) -> Void) {
        body(&buffer)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// The same for a writer of many megabytes, which hands the buffer back to be written
    /// out (`drain`) whenever it has filled it enough.
    func writeBytes(_ body: (inout [UInt8], _ drain: (inout [UInt8]) -> Void) -> Void) {
        body(&buffer) { self.writeOut(&$0) }
        if buffer.count >= 1 << 16 { flush() }
    }

    func line(_ text: String = "") {
        write(text)
        write("\n")
    }

    func flush() {
        writeOut(&buffer)
    }

    /// Writes `bytes` (this output's buffer, lent out or not) to the descriptor and empties it.
    private func writeOut(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        defer { bytes.removeAll(keepingCapacity: true) }
        if failed { return }
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(fileDescriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                offset += written
            }
        }
    }
}
