import Platform

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The append-only journal of a trainee's practice: `journal.jsonl` in the data directory,
/// one JSON record a line.
///
/// Every record is written with one `write(2)` of the whole line to a file opened with
/// `O_APPEND`, under an exclusive `flock`, then `fsync`ed. So a process killed at any
/// moment leaves at most one torn last line, and two sessions writing at once never mix
/// their lines. A torn line is sealed by the next record and skipped when reading.
///
/// Reading summarises as it streams (`JournalSummary`): a journal of years of use is read
/// in pieces of a megabyte, never held whole.
public struct Journal: Sendable {
    public static let fileName = "journal.jsonl"

    public let directory: String
    public var path: String { directory + "/" + Self.fileName }

    public init(directory: String) {
        self.directory = directory
    }

    /// Appends one record and waits until it is on disk. A symbolic link at the journal's
    /// path is not followed, and a dangling one creates nothing.
    public func append(_ record: JournalRecord) throws(JournalError) {
        let line: [UInt8]
        do {
            line = try record.encodedLine()
        } catch {
            throw .writeFailed(path: path, reason: "\(error)")
        }
        if case .failure(let error) = Directory.create(directory) {
            throw .cannotCreateDirectory(path: directory, reason: error.description)
        }
        let descriptor: FileDescriptor
        switch SafeWrite.openForAppending(path) {
        case .success(let opened): descriptor = opened.descriptor
        case .failure(let error): throw writeError(error)
        }
        defer { descriptor.close() }
        if case .failure(let error) = descriptor.lock(.exclusive) { throw writeError(error) }
        defer { descriptor.unlock() }

        // A torn line left by a killed writer is sealed, so this record starts a line.
        let bytes = endsWithNewline(descriptor) ? line : [0x0A] + line
        if case .failure(let error) = descriptor.write(bytes) { throw writeError(error) }
        if case .failure(let error) = descriptor.synchronize() { throw writeError(error) }
    }

    /// Reads the journal as a summary: progress per exercise and a warning for every line
    /// skipped. A missing journal is empty. A torn, blank or over-long line is skipped
    /// with a warning; only a line that is plainly not from a journal (not JSON at all)
    /// makes the file `corrupt`, so Blanco never appends to someone else's file.
    public func read() throws(JournalError) -> JournalSummary {
        var summary = JournalSummary.Builder(path: path)
        try forEachLine { line throws(JournalError) in try summary.add(line) }
        return summary.finish()
    }

    /// Every whole record, in order, with the warnings `read()` gives. For exports and
    /// tests: unlike `read()` it holds every record.
    public func records() throws(JournalError) -> JournalContents {
        var summary = JournalSummary.Builder(path: path)
        var records: [JournalRecord] = []
        let decoder = JSONDecoder()
        try forEachLine { line throws(JournalError) in
            guard try summary.add(line) else { return }
            // The fast reader knows the common records; anything else goes to JSONDecoder.
            if let record = JournalLineReader.record(line.bytes, previous: records.last)
                ?? (try? decoder.decode(JournalRecord.self, from: Data(line.bytes)))
            {
                records.append(record)
            }
        }
        return JournalContents(records: records, warnings: summary.finish().warnings)
    }

    /// Streams the journal's lines under a shared lock. A line longer than
    /// `Limits.journalLine` is handed over as `tooLong`, without its bytes ever being held.
    private func forEachLine(_ body: (JournalLine) throws(JournalError) -> Void) throws(JournalError) {
        if RegularFile.kind(atPath: path) == .symbolicLink {
            throw .unreadable(path: path, reason: SystemError.symbolicLink.description)
        }
        let descriptor: FileDescriptor
        switch RegularFile.openForReading(path) {
        case .success(let opened): descriptor = opened.0
        case .failure(.missing): return
        case .failure(.notRegular(let kind)):
            throw .unreadable(path: path, reason: "het is \(kind.dutch), geen gewoon bestand")
        case .failure(.tooLarge): return
        case .failure(.failed(let error)): throw .unreadable(path: path, reason: error.description)
        }
        defer { descriptor.close() }
        if case .failure(let error) = descriptor.lock(.shared) {
            throw .unreadable(path: path, reason: error.description)
        }
        defer { descriptor.unlock() }

        let limit = Limits.journalLine.value
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        var start = 0
        var lineNumber = 0
        var skippingLongLine = false
        var atEnd = false
        while true {
            let found = buffer.withUnsafeBytes { Platform.firstIndex(of: 0x0A, in: $0, from: start) }
            if let newline = found {
                lineNumber += 1
                try body(
                    JournalLine(
                        bytes: buffer[start..<newline], number: lineNumber, isUnterminated: false,
                        isTooLong: skippingLongLine || newline - start > limit))
                skippingLongLine = false
                start = newline + 1
                continue
            }
            if atEnd {
                if start < buffer.count || skippingLongLine {
                    lineNumber += 1
                    try body(
                        JournalLine(
                            bytes: buffer[start...], number: lineNumber, isUnterminated: true,
                            isTooLong: skippingLongLine || buffer.count - start > limit))
                }
                return
            }
            if buffer.count - start > limit {
                // Over the limit: keep nothing of it, just find its end.
                skippingLongLine = true
                buffer.removeAll(keepingCapacity: true)
            } else if start > 0 {
                buffer.removeSubrange(0..<start)
            }
            start = 0
            switch descriptor.read(appendingTo: &buffer, maximum: 1 << 20) {
            case .success(0): atEnd = true
            case .success: break
            case .failure(let error): throw .unreadable(path: path, reason: error.description)
            }
        }
    }

    private func endsWithNewline(_ descriptor: FileDescriptor) -> Bool {
        guard case .success(let status) = descriptor.status(), status.size > 0 else { return true }
        return descriptor.byte(at: status.size - 1).map { $0 == 0x0A } ?? true
    }

    private func writeError(_ error: SystemError) -> JournalError {
        error.isDiskFull
            ? .diskFull(path: path, reason: error.description) : .writeFailed(path: path, reason: error.description)
    }
}
