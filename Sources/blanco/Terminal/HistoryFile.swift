import BlancoCore
import DisplayText
import LineEditing
import Platform

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

    static var maximumBytes: Int { Limits.historyFile.value }

    /// Reads the history at `path`. A missing file is an empty history that will be
    /// created on the first append. Only a regular file is read (a FIFO or device there
    /// never blocks start-up), and a symbolic link is neither read nor written through.
    static func load(path: String, capacity: Int) -> (file: HistoryFile, entries: [String]) {
        if RegularFile.kind(atPath: path) == .symbolicLink { return (HistoryFile(path: path, isWritable: false), []) }
        var bytes: [UInt8]
        var isTail = false
        switch RegularFile.read(path, limit: maximumBytes) {
        case .success(let read): bytes = read
        case .failure(.missing): return (HistoryFile(path: path, isWritable: true), [])
        case .failure(.tooLarge):
            // Grown past the limit (long pastes): its newest part is still the history.
            guard let header = RegularFile.readFirst(path, count: LineHistory.fileHeader.utf8.count + 1),
                header == Array((LineHistory.fileHeader + "\n").utf8),
                case .success(let tail) = RegularFile.readTail(path, limit: maximumBytes / 2)
            else { return (HistoryFile(path: path, isWritable: false), []) }
            // The tail starts inside some line: drop that part.
            bytes = header + (tail.firstIndex(of: 0x0A).map { Array(tail[($0 + 1)...]) } ?? [])
            isTail = true
        case .failure: return (HistoryFile(path: path, isWritable: false), [])
        }
        guard let lines = LineHistory.parse(fileContents: bytes) else {
            return (HistoryFile(path: path, isWritable: false), [])
        }
        let file = HistoryFile(path: path, isWritable: true)
        let entries = lines.map { TerminalText.sanitize($0, keepNewlines: false) }
        let kept = Self.newest(entries, capacity: capacity)
        if isTail || lines.count > 2 * capacity {
            file.rewrite(kept)
        }
        return (file, kept)
    }

    /// Appends one accepted line. Failures (a full disk, a read-only home) only mean the
    /// line is not remembered next time, so they are ignored. A symbolic link planted at
    /// the path is not followed (`O_NOFOLLOW`), and nothing is created through a dangling one.
    func append(_ line: String) {
        guard isWritable else { return }
        if let parent = Self.parentDirectory(of: path) { _ = Directory.create(parent) }
        guard case .success(let opened) = SafeWrite.openForAppending(path) else { return }
        defer { opened.descriptor.close() }
        var text = line + "\n"
        if opened.created || (try? opened.descriptor.status().get().size) == 0 {
            text = LineHistory.fileHeader + "\n" + text
        }
        _ = opened.descriptor.write(Array(text.utf8))
    }

    /// Writes the trimmed history to a new file (exclusive, unpredictable name) and renames
    /// it over the old one.
    private func rewrite(_ entries: [String]) {
        _ = SafeWrite.replace(path, with: Array(LineHistory.fileContents(entries).utf8))
    }

    /// The newest entries, at most `capacity` and at most half the file limit in bytes,
    /// so the trimmed file stays well within the limit whatever the entries' length.
    private static func newest(_ entries: [String], capacity: Int) -> [String] {
        var kept: [String] = []
        var bytes = 0
        for entry in entries.reversed() {
            bytes += entry.utf8.count + 1
            if kept.count == capacity || bytes > maximumBytes / 2 { break }
            kept.append(entry)
        }
        return kept.reversed()
    }

    private static func parentDirectory(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return nil }
        return String(path[..<slash])
    }
}
