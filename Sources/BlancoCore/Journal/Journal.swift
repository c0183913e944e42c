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
    ///
    /// A long journal is summarised once: `JournalIndex` keeps the summary up to the last
    /// whole line, and the next read goes on from there when the index still matches.
    public func read() throws(JournalError) -> JournalSummary {
        let stored = JournalIndex.load(directory: directory)
        var summary = JournalSummary.Builder(path: path)
        var fresh: JournalIndex?
        try withLockedJournal { descriptor throws(JournalError) in
            var start = (offset: 0, lines: 0)
            if let stored, stored.describes(descriptor, path: path) {
                summary = JournalSummary.Builder(path: path, snapshot: stored.summary)
                start = (stored.offset, stored.lines)
            }
            // The snapshot for a new index leaves out a last line with no newline yet.
            var wholeLines: JournalSummary.Builder.Snapshot?
            let end = try stream(descriptor, from: start.offset, lineNumber: start.lines) { line throws(JournalError) in
                if line.isUnterminated { wholeLines = summary.snapshot }
                try summary.add(line)
            }
            if end.offset >= JournalIndex.minimumBytes, end.offset != start.offset {
                fresh = JournalIndex(
                    journal: path, descriptor: descriptor, offset: end.offset, lines: end.lines,
                    summary: wholeLines ?? summary.snapshot)
            }
        }
        fresh?.save(directory: directory)
        return summary.finish()
    }

    /// Every whole record, in order, with the warnings `read()` gives. For exports and
    /// tests: unlike `read()` it holds every record.
    public func records() throws(JournalError) -> JournalContents {
        var summary = JournalSummary.Builder(path: path)
        var records: [JournalRecord] = []
        try withLockedJournal { descriptor throws(JournalError) in
            _ = try stream(descriptor, from: 0, lineNumber: 0) { line throws(JournalError) in
                if let record = try summary.add(line) { records.append(record) }
            }
        }
        return JournalContents(records: records, warnings: summary.finish().warnings)
    }

    /// The whole records on the lines that start at `offsets` (from `JournalDigest`), with
    /// where each starts, in journal order: what practice needs at start-up, read without
    /// the rest of the journal. A line that holds no whole record is left out.
    public func records(at offsets: [Int]) throws(JournalError) -> [(offset: Int, record: JournalRecord)] {
        var found: [(offset: Int, record: JournalRecord)] = []
        let decoder = JSONDecoder()
        try withLockedJournal { descriptor throws(JournalError) in
            for offset in Set(offsets).sorted() {
                guard let line = Self.line(descriptor, at: offset),
                    let record = JournalLineReader.wholeRecord(
                        line[...], previous: found.last?.record, decoder: decoder)
                else { continue }
                found.append((offset, record))
            }
        }
        return found
    }

    /// The line from `offset` to the next newline or the end of the file; nil past the end,
    /// on an error, or when it is longer than `Limits.journalLine`.
    private static func line(_ descriptor: FileDescriptor, at offset: Int) -> [UInt8]? {
        var line: [UInt8] = []
        var chunk = 4_096
        while line.count <= Limits.journalLine.value {
            guard let bytes = descriptor.bytes(at: offset + line.count, count: chunk) else { return nil }
            if let newline = bytes.firstIndex(of: 0x0A) { return line + bytes[..<newline] }
            line += bytes
            if bytes.count < chunk { return line.isEmpty ? nil : line }
            chunk = min(chunk * 4, 1 << 20)
        }
        return nil
    }

    /// Opens the journal (a regular file only, never through a symbolic link) and holds a
    /// shared lock while `body` reads it. A missing journal is empty: `body` is not called.
    private func withLockedJournal(_ body: (FileDescriptor) throws(JournalError) -> Void) throws(JournalError) {
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
        try body(descriptor)
    }

    /// Streams the journal's lines from `offset` (the start of a line; `lineNumber` lines
    /// come before it) to the end. A line longer than `Limits.journalLine` is handed over
    /// as `tooLong`, without its bytes ever being held. Returns where the last line that
    /// ends in a newline ends, and how many lines that is.
    private func stream(
        _ descriptor: FileDescriptor, from offset: Int, lineNumber first: Int,
        _ body: (JournalLine) throws(JournalError) -> Void
    ) throws(JournalError) -> (offset: Int, lines: Int) {
        if offset > 0, case .failure(let error) = descriptor.seek(to: offset) {
            throw .unreadable(path: path, reason: error.description)
        }
        let limit = Limits.journalLine.value
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        // The file offset of buffer[0].
        var bufferOffset = offset
        var start = 0
        var lineNumber = first
        var end = (offset: offset, lines: first)
        var skippingLongLine = false
        var atEnd = false
        while true {
            let found = buffer.withUnsafeBytes { Platform.firstIndex(of: 0x0A, in: $0, from: start) }
            if let newline = found {
                lineNumber += 1
                try body(
                    JournalLine(
                        bytes: buffer[start..<newline], number: lineNumber, offset: bufferOffset + start,
                        isUnterminated: false,
                        isTooLong: skippingLongLine || newline - start > limit))
                skippingLongLine = false
                start = newline + 1
                end = (bufferOffset + start, lineNumber)
                continue
            }
            if atEnd {
                if start < buffer.count || skippingLongLine {
                    lineNumber += 1
                    try body(
                        JournalLine(
                            bytes: buffer[start...], number: lineNumber, offset: bufferOffset + start,
                            isUnterminated: true,
                            isTooLong: skippingLongLine || buffer.count - start > limit))
                }
                return end
            }
            if buffer.count - start > limit {
                // Over the limit: keep nothing of it, just find its end.
                skippingLongLine = true
                bufferOffset += buffer.count
                buffer.removeAll(keepingCapacity: true)
            } else if start > 0 {
                bufferOffset += start
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
