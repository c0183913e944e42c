import BlancoCore

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

    /// Larger files are not history files this program wrote.
    static let maximumBytes = 4 << 20

    /// Reads the history at `path`. A missing file is an empty history that will be
    /// created on the first append. Only a regular file is read (a FIFO or device there
    /// never blocks start-up), and a symbolic link is neither read nor written through.
    static func load(path: String, capacity: Int) -> (file: HistoryFile, entries: [String]) {
        if RegularFile.kind(atPath: path) == .symbolicLink { return (HistoryFile(path: path, isWritable: false), []) }
        let bytes: [UInt8]
        switch RegularFile.read(path, limit: maximumBytes) {
        case .success(let read): bytes = read
        case .failure(.missing): return (HistoryFile(path: path, isWritable: true), [])
        case .failure: return (HistoryFile(path: path, isWritable: false), [])
        }
        guard let lines = LineHistory.parse(fileContents: bytes) else {
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

    private static func parentDirectory(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return nil }
        return String(path[..<slash])
    }
}
