import Platform

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What `Journal.read()` summarised up to a byte offset, kept beside the journal in
/// `journal.index`, so start-up on a journal of years of use reads only the lines appended
/// since. It is a cache and never trusted blindly: it is used only when it names this
/// journal, its offset ends a line inside the journal, and the journal's first and last
/// 64 kB before that offset hash as they did when it was written. Otherwise the journal
/// is read whole and the index written again. Deleting it loses nothing.
struct JournalIndex: Codable, Equatable {
    static let fileName = "journal.index"
    static let formatID = "blanco.journal-index/2"
    /// A journal summarised in fewer bytes than this gets no index: reading it is fast anyway.
    static let minimumBytes = 1_000_000
    /// How much of the journal's start and of the end of what was summarised is hashed.
    static let hashedBytes = 65_536

    var format = formatID
    /// The journal's path, as the warnings name it.
    var journal: String
    /// Bytes summarised: always just after a newline.
    var offset: Int
    /// Lines summarised.
    var lines: Int
    var head: String
    var tail: String
    var summary: JournalSummary.Builder.Snapshot

    /// The index in `directory`, if there is a readable one of this format.
    static func load(directory: String) -> JournalIndex? {
        guard case .success(let bytes) = RegularFile.read(directory + "/" + fileName, limit: Limits.journalIndex.value),
            let index = try? JSONDecoder().decode(JournalIndex.self, from: Data(bytes)), index.format == formatID
        else { return nil }
        return index
    }

    /// An index of the journal open at `descriptor`, summarised up to `offset`.
    init?(
        journal: String, descriptor: FileDescriptor, offset: Int, lines: Int, summary: JournalSummary.Builder.Snapshot
    ) {
        guard let (head, tail) = Self.hashes(descriptor, offset: offset) else { return nil }
        self.journal = journal
        self.offset = offset
        self.lines = lines
        self.head = head
        self.tail = tail
        self.summary = summary
    }

    /// Whether this index still describes the start of the journal open at `descriptor`.
    func describes(_ descriptor: FileDescriptor, path: String) -> Bool {
        guard format == Self.formatID, journal == path, offset > 0, lines > 0, lines <= offset,
            case .success(let status) = descriptor.status(), offset <= status.size,
            descriptor.byte(at: offset - 1) == 0x0A,
            let (head, tail) = Self.hashes(descriptor, offset: offset)
        else { return false }
        return head == self.head && tail == self.tail
    }

    /// Writes the index beside the journal, replacing the old one in one step; a failure
    /// (a read-only folder) only means the next start-up reads the whole journal again.
    func save(directory: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(self) else { return }
        _ = SafeWrite.replace(directory + "/" + Self.fileName, with: Array(data) + [0x0A])
    }

    /// FNV-1a of the first `hashedBytes` of the file and of the `hashedBytes` before `offset`.
    private static func hashes(_ descriptor: FileDescriptor, offset: Int) -> (String, String)? {
        let start = max(0, offset - hashedBytes)
        guard let first = descriptor.bytes(at: 0, count: min(offset, hashedBytes)),
            let last = descriptor.bytes(at: start, count: offset - start),
            first.count == min(offset, hashedBytes), last.count == offset - start
        else { return nil }
        return (fnv1a(first), fnv1a(last))
    }

    private static func fnv1a(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
