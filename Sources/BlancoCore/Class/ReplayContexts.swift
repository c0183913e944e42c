import Platform

/// The client's words prepared once per distinct conversation so far, and each exercise's
/// move classifier, shared by all the replays of one report. A replayed turn's context is the previous turn's plus the
/// client's last reply, so it is built from the previous one (`ClientContext.appending`)
/// instead of preparing the whole conversation again at every turn; and students whose
/// turns drew the same replies share the same context. A context is filed under the one
/// it extends and the new line, so a turn hashes one reply, not the whole conversation;
/// the analysis is exactly what a fresh context gives.
public final class ReplayContexts: Sendable {
    /// Bounds the memory: past this many contexts the store starts afresh.
    static let capacity = 1024

    /// A context filed under the one it extends (`parent`, 0 for a conversation's start)
    /// and the line it adds (for a start, its whole text).
    struct Key: Hashable {
        let parent: Int
        let line: String
    }

    /// A context and the number it is known by as a parent.
    struct Entry: Sendable {
        let id: Int
        let context: ClientContext
    }

    private struct Store {
        var entries: [Key: Entry] = [:]
        var lastID = 0
    }

    private let store = Locked(Store())
    /// The folded words of the client lines met so far (see `words(ofLine:)`).
    private let lineWords = Locked<[String: Set<String>]>([:])
    /// Per exercise id, the classifier every replay of that exercise shares.
    private let classifiers = Locked<[String: MoveClassifier]>([:])

    public init() {}

    /// The move classifier for `exercise`, made once (its story vocabulary is the costly part).
    func classifier(for exercise: Exercise) -> MoveClassifier {
        classifiers.withLock { classifiers in
            if let known = classifiers[exercise.id], known.exercise == exercise { return known }
            let classifier = MoveClassifier(exercise: exercise)
            classifiers[exercise.id] = classifier
            return classifier
        }
    }

    /// The context for `text`, the whole conversation so far: when it is `previous`'s text
    /// plus a newline and one more line, the context that extends `previous` by that line.
    func context(for text: String, after previous: Entry?) -> Entry {
        if let previous, let line = Self.line(adding: text, to: previous.context.text) {
            return entry(Key(parent: previous.id, line: line)) {
                previous.context.appending(line: line, words: words(ofLine: line))
            }
        }
        return entry(Key(parent: 0, line: text)) { ClientContext(text) }
    }

    private func entry(_ key: Key, make: () -> ClientContext) -> Entry {
        if let known = store.withLock({ $0.entries[key] }) { return known }
        let context = make()
        return store.withLock { store in
            if let known = store.entries[key] { return known }
            if store.entries.count >= Self.capacity { store.entries.removeAll(keepingCapacity: true) }
            store.lastID += 1
            let entry = Entry(id: store.lastID, context: context)
            store.entries[key] = entry
            return entry
        }
    }

    /// The client's words in `line`, folded once per line: the replies are the exercise's
    /// own lines, which every replay meets again.
    private func words(ofLine line: String) -> Set<String> {
        if let known = lineWords.withLock({ $0[line] }) { return known }
        let words = ClientWords.words(ofLine: line)
        lineWords.withLock { lineWords in
            if lineWords.count >= Self.capacity { lineWords.removeAll(keepingCapacity: true) }
            lineWords[line] = words
        }
        return words
    }

    /// The line `text` adds to `earlier` when it is `earlier + "\n" + line`.
    static func line(adding text: String, to earlier: String) -> String? {
        var text = text
        var earlier = earlier
        return text.withUTF8 { bytes in
            earlier.withUTF8 { earlierBytes in
                let count = earlierBytes.count
                guard bytes.count > count, bytes[count] == 0x0A,
                    Self.sameBytes(UnsafeRawBufferPointer(bytes), UnsafeRawBufferPointer(earlierBytes), count: count)
                else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[(count + 1)...]), as: UTF8.self)
            }
        }
    }

    /// Whether the first `count` bytes of `lhs` and `rhs` are the same, eight at a time:
    /// a turn compares the whole conversation so far.
    private static func sameBytes(_ lhs: UnsafeRawBufferPointer, _ rhs: UnsafeRawBufferPointer, count: Int) -> Bool {
        var offset = 0
        while offset + 8 <= count {
            if lhs.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != rhs.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            {
                return false
            }
            offset += 8
        }
        while offset < count {
            if lhs[offset] != rhs[offset] { return false }
            offset += 1
        }
        return true
    }
}
