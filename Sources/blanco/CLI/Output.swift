import Platform

/// A buffered writer to a file descriptor. Text is written as UTF-8; a write error (a
/// closed pipe, a full disk) is remembered instead of crashing, so the program can stop
/// and say so (`BlancoApp` turns it into a message and exit status 1).
final class Output {
    let fileDescriptor: FileDescriptor
    private var buffer: [UInt8] = []
    /// The first write that failed; later output is dropped.
    private(set) var failure: SystemError?
    var failed: Bool { failure != nil }

    init(fileDescriptor: FileDescriptor) {
        self.fileDescriptor = fileDescriptor
        buffer.reserveCapacity(1 << 16)
    }

    // swift-format-ignore: DontRepeatTypeInStaticProperties
    nonisolated(unsafe) static let standardOutput = Output(fileDescriptor: .standardOutput)
    nonisolated(unsafe) static let standardError = Output(fileDescriptor: .standardError)

    /// Whether this descriptor is a terminal.
    var isTerminal: Bool { Platform.isTerminal(fileDescriptor) }

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
    func writeBytesDraining(_ body: (inout [UInt8], _ drain: (inout [UInt8]) -> Void) -> Void) {
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
        if case .failure(let error) = fileDescriptor.write(bytes) { failure = error }
    }
}
