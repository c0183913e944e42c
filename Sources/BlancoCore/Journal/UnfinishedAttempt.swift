/// An attempt at an exercise that was left without `/klaar`: by `/stop`, Ctrl-D or another
/// exercise. Its turns are in the journal, so practice can continue where it was.
public struct UnfinishedAttempt: Sendable, Hashable {
    public let attempt: String
    public let exercise: String
    /// The trainee's responses, in turn order.
    public let responses: [String]

    /// Replays the responses into a fresh session (with its profile): the client answers
    /// as it did, so the film is where the trainee left it. Hints are not in the journal
    /// and start again. `shouldStop` is asked before every turn (a long conversation takes
    /// a while to replay): when it says so, the replay ends there and gives nil.
    public func replay(into fresh: PracticeSession, shouldStop: () -> Bool = { false }) -> PracticeSession? {
        var session = fresh
        for response in responses {
            if shouldStop() { return nil }
            session.respond(response)
        }
        return session
    }
}

extension JournalContents {
    /// The latest attempt at the exercise, if it has turns and was not finished.
    public func unfinishedAttempt(exercise id: String) -> UnfinishedAttempt? {
        guard let last = records.last(where: { $0.exercise == id && $0.kind == .turn }) else { return nil }
        let attempt = last.attempt
        guard !records.contains(where: { $0.attempt == attempt && $0.kind == .finished }) else { return nil }
        let turns = records.filter { $0.attempt == attempt && $0.kind == .turn }
            .sorted { ($0.turn ?? 0) < ($1.turn ?? 0) }
            .compactMap(\.response)
        return turns.isEmpty ? nil : UnfinishedAttempt(attempt: attempt, exercise: id, responses: turns)
    }
}
