/// The lines a user entered before, for Up and Down in the line editor, and the format of
/// the history file (one entry a line, UTF-8, oldest first).
///
/// Browsing keeps the line that was being typed: Up from a half-written line and Down
/// past the newest entry gives it back unchanged.
public struct LineHistory: Sendable, Equatable {
    /// Oldest first, at most `capacity`.
    public private(set) var entries: [String]
    /// How many entries are kept.
    public let capacity: Int
    /// The entry shown now while browsing; `entries.count` means the line being typed.
    private var position: Int
    private var draft = ""

    public init(entries: [String] = [], capacity: Int = 500) {
        self.capacity = max(1, capacity)
        self.entries = Array(entries.suffix(self.capacity))
        position = self.entries.count
    }

    /// Remembers an accepted line, unless it is blank or repeats the newest entry, and
    /// ends browsing. Whether the line was added.
    @discardableResult public mutating func add(_ line: String) -> Bool {
        defer { resetBrowsing() }
        guard Self.isWorthKeeping(line), entries.last != line else { return false }
        entries.append(line)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        return true
    }

    /// Up: the entry before the one shown, or nil at the oldest. `current` is what the
    /// line holds now, kept as the draft when browsing starts.
    public mutating func previous(current: String) -> String? {
        guard position > 0 else { return nil }
        if position == entries.count { draft = current }
        position -= 1
        return entries[position]
    }

    /// Down: the entry after the one shown, the draft after the newest, or nil when not
    /// browsing.
    public mutating func next() -> String? {
        guard position < entries.count else { return nil }
        position += 1
        return position == entries.count ? draft : entries[position]
    }

    /// Back to the line being typed, e.g. after Enter or Ctrl-C.
    public mutating func resetBrowsing() {
        position = entries.count
        draft = ""
    }

    /// Lines that are worth recalling: not blank, one line, no control characters.
    public static func isWorthKeeping(_ line: String) -> Bool {
        !line.allSatisfy(\.isWhitespace)
            && !line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// The first line of every history file. A file at the history path without it was
    /// not written by blanco (a misplaced note, a symlink to something else), so it is
    /// neither used nor written to.
    public static let fileHeader = "#blanco-history-v1"

    /// The entries in a history file's bytes, or nil when the file is not a history file
    /// (no header, invalid UTF-8, NUL or other control bytes): such a file is neither used
    /// nor overwritten. An empty file is an empty history.
    public static func parse(fileContents bytes: [UInt8]) -> [String]? {
        if bytes.isEmpty { return [] }
        if bytes.contains(where: { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        // Decoding replaces invalid UTF-8, so a changed byte sequence means a corrupt file.
        guard text.utf8.elementsEqual(bytes) else { return nil }
        // "\r\n" is a single Character, so both line ends are matched as characters.
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        guard lines.first == fileHeader else { return nil }
        // Two sessions creating the file at once may each write the header.
        return lines.filter { $0 != fileHeader && isWorthKeeping($0) }
    }

    /// The whole file for `entries`, header included.
    public static func fileContents(_ entries: [String]) -> String {
        ([fileHeader] + entries).map { $0 + "\n" }.joined()
    }
}
