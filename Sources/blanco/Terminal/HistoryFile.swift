import BlancoCore
import LineEditing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The line editor's history on disk: loaded once, each accepted line appended with one
/// `write` (so two sessions never interleave inside a line), and trimmed to its capacity
/// now and then by writing a new file and renaming it over the old one.
///
/// A file that cannot be read or is not a history file (binary, invalid UTF-8, a
/// directory, far too large) is left alone: it is not used and never written to.
struct HistoryFile {
    let path: String
    /// False for a file that must not be touched.
    let isWritable: Bool

    /// Larger files are not history files this program wrote.
    static let maximumBytes = 4 << 20

    /// Reads the history at `path`. A missing file is an empty history that will be
    /// created on the first append.
    static func load(path: String, capacity: Int) -> (file: HistoryFile, entries: [String]) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return (HistoryFile(path: path, isWritable: errno == ENOENT), [])
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
            Int(status.st_size) <= maximumBytes,
            let bytes = readAll(descriptor), let lines = LineHistory.parse(fileContents: bytes)
        else {
            return (HistoryFile(path: path, isWritable: false), [])
        }
        let file = HistoryFile(path: path, isWritable: true)
        let entries = lines.map { TerminalText.sanitize($0, keepNewlines: false) }
        if lines.count > 2 * capacity {
            file.rewrite(Array(entries.suffix(capacity)))
        }
        return (file, Array(entries.suffix(capacity)))
    }

    /// Appends one accepted line. Failures (a full disk, a read-only home) only mean the
    /// line is not remembered next time, so they are ignored.
    func append(_ line: String) {
        guard isWritable else { return }
        createParentDirectory()
        var text = line + "\n"
        var descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            text = LineHistory.fileHeader + "\n" + text
        } else if errno == EEXIST {
            descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
            var status = stat()
            if descriptor >= 0, fstat(descriptor, &status) == 0, status.st_size == 0 {
                text = LineHistory.fileHeader + "\n" + text
            }
        }
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        writeAll(descriptor, Array(text.utf8))
    }

    private func rewrite(_ entries: [String]) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        let written = writeAll(descriptor, Array(LineHistory.fileContents(entries).utf8)) && fsync(descriptor) == 0
        close(descriptor)
        if !written || rename(temporary, path) != 0 { unlink(temporary) }
    }

    private func createParentDirectory() {
        var directory = ""
        let components = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for (index, component) in components.enumerated() {
            directory += (index == 0 ? "" : "/") + component
            if !directory.isEmpty { mkdir(directory, 0o700) }
        }
    }

    private static func readAll(_ descriptor: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > maximumBytes { return nil }
        }
    }

    @discardableResult private func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
