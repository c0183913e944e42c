/// Where in the journal the records are that practice needs when it starts: per exercise
/// the attempt of its latest turn (to offer to continue it), the attempts whose latest
/// goal record sets a learning goal (the newest is the current goal), and the lines of
/// those attempts' records. Kept while the journal streams by and stored in
/// `journal.index`, so `blanco practice` reads those lines only, never the whole journal.
///
/// Its size follows the number of exercises practised, not the journal's length. The
/// attempts seen last stay traced whatever they are, so a goal set at the end of an
/// attempt (after its turns, its grade and its self-assessment) still finds all of them.
public struct JournalDigest: Codable, Equatable, Sendable {
    /// Goal attempts kept: clearing the current goal brings back the one before.
    static let goalsKept = 64
    /// Attempts seen last whose lines stay traced.
    static let recentKept = 16

    /// Per exercise id: the attempt of its latest turn.
    public private(set) var latestAttempt: [String: String] = [:]
    /// Attempts whose latest goal record sets a goal (not clears it), oldest first.
    private(set) var goalAttempts: [String] = []
    /// Per traced attempt: the byte offsets of its records' lines, in journal order.
    private var lines: [String: [Int]] = [:]
    /// The attempts of the last records, oldest first.
    private var recent: [String] = []

    public init() {}

    /// The attempt the current learning goal was set in, if there is a goal.
    public var currentGoalAttempt: String? { goalAttempts.last }

    /// Where the lines of every record of `attempt` start, or nil when it is not traced.
    public func lines(of attempt: String) -> [Int]? {
        lines[attempt]
    }

    /// Takes a whole record read from the line at `offset`.
    mutating func add(_ record: JournalRecord, at offset: Int) {
        let attempt = record.attempt
        var displaced: [String] = []
        lines[attempt, default: []].append(offset)
        if recent.last != attempt {
            recent.removeAll { $0 == attempt }
            recent.append(attempt)
            if recent.count > Self.recentKept { displaced.append(recent.removeFirst()) }
        }
        switch record.kind {
        case .turn:
            if let previous = latestAttempt.updateValue(attempt, forKey: record.exercise), previous != attempt {
                displaced.append(previous)
            }
        case .goal:
            goalAttempts.removeAll { $0 == attempt }
            if let text = record.text, !text.allSatisfy(\.isWhitespace) {
                goalAttempts.append(attempt)
                if goalAttempts.count > Self.goalsKept { displaced.append(goalAttempts.removeFirst()) }
            }
        case .finished, .selfAssessment, .reflection:
            break
        }
        for candidate in displaced where !isTraced(candidate) {
            lines[candidate] = nil
        }
    }

    private func isTraced(_ attempt: String) -> Bool {
        recent.contains(attempt) || goalAttempts.contains(attempt) || latestAttempt.values.contains(attempt)
    }
}
