import Platform

/// The client's words prepared once per distinct conversation so far, and each exercise's
/// move classifier, shared by all the replays of one report. A replayed turn's context is the previous turn's plus the
/// client's last reply, so it is built from the previous one (`ClientContext.appending`)
/// instead of preparing the whole conversation again at every turn; and students whose
/// turns drew the same replies share the same context. Keyed by the whole context text,
/// so the analysis is exactly what a fresh context gives.
public final class ReplayContexts: Sendable {
    /// Bounds the memory: past this many contexts the store starts afresh.
    static let capacity = 1024
    private let store = Locked<[String: ClientContext]>([:])
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

    func context(for text: String) -> ClientContext {
        store.withLock { store in
            if let known = store[text] { return known }
            var context = ClientContext(text)
            if let newline = text.utf8.lastIndex(of: 0x0A) {
                let earlier = String(text[..<newline])
                if let parent = store[earlier] {
                    context = parent.appending(line: String(text[text.index(after: newline)...]))
                }
            }
            if store.count >= Self.capacity { store.removeAll(keepingCapacity: true) }
            store[text] = context
            return context
        }
    }
}
