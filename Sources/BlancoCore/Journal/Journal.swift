#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// The append-only journal of a trainee's practice: `journal.jsonl` in the data directory,
/// one JSON record a line.
///
/// Every record is written with one `write(2)` of the whole line to a file opened with
/// `O_APPEND`, under an exclusive `flock`, then `fsync`ed. So a process killed at any
/// moment leaves at most one torn last line, and two sessions writing at once never mix
/// their lines. A torn line is sealed by the next record and skipped when reading.
public struct Journal: Sendable {
    public static let fileName = "journal.jsonl"

    public let directory: String
    public var path: String { directory + "/" + Self.fileName }

    public init(directory: String) {
        self.directory = directory
    }

    /// Appends one record and waits until it is on disk.
    public func append(_ record: JournalRecord) throws(JournalError) {
        let line: [UInt8]
        do {
            line = try record.encodedLine()
        } catch {
            throw .writeFailed(path: path, reason: "\(error)")
        }
        try createDirectory()
        let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw writeError(errno) }
        defer { close(descriptor) }
        guard lock(descriptor, LOCK_EX) else { throw writeError(errno) }
        defer { _ = flock(descriptor, LOCK_UN) }

        // A torn line left by a killed writer is sealed, so this record starts a line.
        let bytes = endsWithNewline(descriptor) ? line : [0x0A] + line
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw writeError(errno)
            }
            offset += written
        }
        guard fsync(descriptor) == 0 else { throw writeError(errno) }
    }

    /// Reads every record. A missing journal is empty; a torn line is skipped with a warning;
    /// anything else that is not a record makes the whole journal `corrupt`.
    public func read() throws(JournalError) -> JournalContents {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return JournalContents(records: [], warnings: []) }
            throw .unreadable(path: path, reason: Self.reason(errno))
        }
        defer { close(descriptor) }
        guard lock(descriptor, LOCK_SH) else { throw .unreadable(path: path, reason: Self.reason(errno)) }
        defer { _ = flock(descriptor, LOCK_UN) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: Self.reason(errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return try Self.parse(bytes, path: path)
    }

    static func parse(_ bytes: [UInt8], path: String) throws(JournalError) -> JournalContents {
        var records: [JournalRecord] = []
        var warnings: [String] = []
        let decoder = JSONDecoder()
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where !line.isEmpty {
            let isUnterminatedLast = index == lines.count - 1
            if let record = JournalLineReader.record(line, previous: records.last)
                ?? (try? decoder.decode(JournalRecord.self, from: Data(line)))
            {
                records.append(record)
                continue
            }
            // A torn record is a cut-off prefix of a JSON object.
            if isUnterminatedLast || line.starts(with: [0x7B, 0x22]) {
                warnings.append(
                    "regel \(index + 1) van het logboek \(path) is onvolledig (waarschijnlijk afgebroken tijdens het schrijven) en is overgeslagen")
                continue
            }
            throw .corrupt(path: path, line: index + 1)
        }
        return JournalContents(records: records, warnings: warnings)
    }

    private func createDirectory() throws(JournalError) {
        var partial = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, 0o700) != 0, errno != EEXIST {
                throw .cannotCreateDirectory(path: directory, reason: Self.reason(errno))
            }
        }
    }

    private func lock(_ descriptor: Int32, _ operation: Int32) -> Bool {
        while flock(descriptor, operation) != 0 {
            if errno != EINTR { return false }
        }
        return true
    }

    private func endsWithNewline(_ descriptor: Int32) -> Bool {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return true }
        var last: UInt8 = 0
        guard pread(descriptor, &last, 1, status.st_size - 1) == 1 else { return true }
        return last == 0x0A
    }

    private func writeError(_ code: Int32) -> JournalError {
        switch code {
        case ENOSPC, EDQUOT, EIO: .diskFull(path: path, reason: Self.reason(code))
        default: .writeFailed(path: path, reason: Self.reason(code))
        }
    }

    private static func reason(_ code: Int32) -> String {
        SystemErrorText.dutch(code)
    }
}
