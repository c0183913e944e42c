/// Reads a portfolio out of the journal's records: groups them by attempt, lets a later
/// self-assessment, reflection or goal supersede an earlier one, computes the coach's
/// ratings and judges the learning goals. Pure: the records, the catalog and the clock
/// come in.
public struct PortfolioBuilder: Sendable {
    public var exercises: [String: Exercise]
    /// Only this exercise, if set.
    public var exerciseFilter: String?
    /// Only attempts started on or after this day (`2026-11-25`), if set.
    public var since: String?

    public init(catalog: [Exercise], exerciseFilter: String? = nil, since: String? = nil) {
        exercises = Dictionary(catalog.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.exerciseFilter = exerciseFilter
        self.since = since
    }

    /// Every attempt with at least one turn, oldest first, and the goals.
    public func attempts(from records: [JournalRecord]) -> (attempts: [PortfolioAttempt], goals: [LearningGoal]) {
        // Attempts live in one array, changed in place, so adding a turn never copies the others.
        var gathered: [PortfolioAttempt] = []
        var slots: [String: Int] = [:]
        var goalSet: [String: (time: String, position: Int)] = [:]
        var firstPosition: [String: Int] = [:]
        for (position, record) in records.enumerated() {
            let slot: Int
            if let known = slots[record.attempt] {
                slot = known
            } else {
                slot = gathered.count
                slots[record.attempt] = slot
                firstPosition[record.attempt] = position
                gathered.append(
                    PortfolioAttempt(
                        id: record.attempt,
                        exercise: PortfolioExercise(id: record.exercise, exercise: exercises[record.exercise]),
                        started: record.time))
            }
            switch record.kind {
            case .turn:
                gathered[slot].turns.append(Self.turn(record))
            case .finished:
                gathered[slot].finished = record.time
                gathered[slot].grade = record.grade
                gathered[slot].gradePoints = record.gradePoints
                gathered[slot].gradeParts = record.gradeParts ?? []
                gathered[slot].keyFactsFound = record.keyFactsFound
                gathered[slot].keyFactsTotal = record.keyFactsTotal
                gathered[slot].hints = record.hints
            case .selfAssessment:
                gathered[slot].selfRatings = record.selfRatings.flatMap { $0.isEmpty ? nil : $0 }
            case .reflection:
                gathered[slot].reflection = Self.nonEmpty(record.text)
            case .goal:
                gathered[slot].goal = Self.nonEmpty(record.text)
                // A changed goal keeps the moment it was first set; a cleared one is gone.
                if gathered[slot].goal == nil {
                    goalSet[record.attempt] = nil
                } else if goalSet[record.attempt] == nil {
                    goalSet[record.attempt] = (record.time, position)
                }
            }
        }
        for slot in gathered.indices where !gathered[slot].turns.isEmpty {
            gathered[slot].coachRatings = CoachRatings.rate(
                gathered[slot].turns, keyFactsFound: gathered[slot].keyFactsFound,
                keyFactsTotal: gathered[slot].keyFactsTotal)
        }
        let byID = { (id: String) in slots[id].map { gathered[$0] } }
        let all = gathered.filter { !$0.turns.isEmpty }
        let goalRecords = goalSet.map { (attempt: $0.key, time: $0.value.time, position: $0.value.position) }
            .sorted { $0.position < $1.position }
        let goals = Self.judge(goalRecords, origins: byID, attempts: all, firstPosition: firstPosition)
        let selected = all.filter(includes)
        let selectedIDs = Set(selected.map(\.id))
        return (selected, goals.filter { selectedIDs.contains($0.attempt) })
    }

    /// Each goal judged on the attempts begun after it (in journal order, which is the
    /// order things happened) and before the next goal, which takes its place.
    private static func judge(
        _ goalRecords: [(attempt: String, time: String, position: Int)], origins: (String) -> PortfolioAttempt?,
        attempts: [PortfolioAttempt], firstPosition: [String: Int]
    ) -> [LearningGoal] {
        // `attempts` is in the order of their first record, so each goal's later attempts are one run.
        let starts = attempts.map { firstPosition[$0.id] ?? 0 }
        var index = 0
        var goals: [LearningGoal] = []
        for (number, entry) in goalRecords.enumerated() {
            guard let origin = origins(entry.attempt), let text = origin.goal else { continue }
            let until = number + 1 < goalRecords.count ? goalRecords[number + 1].position : Int.max
            while index < starts.count, starts[index] <= entry.position { index += 1 }
            var end = index
            while end < starts.count, starts[end] < until { end += 1 }
            goals.append(
                LearningGoal(
                    text: text, attempt: entry.attempt, set: entry.time, origin: origin,
                    later: Array(attempts[index..<end])))
        }
        return goals
    }

    /// The whole portfolio, stamped with the student's name (nil for anonymous) and the time.
    public func portfolio(from records: [JournalRecord], student: String?, generated: String) -> Portfolio {
        let (attempts, goals) = attempts(from: records)
        return Portfolio(
            student: student, generated: generated, exerciseFilter: exerciseFilter, since: since, attempts: attempts,
            goals: goals)
    }

    private func includes(_ attempt: PortfolioAttempt) -> Bool {
        if let exerciseFilter, attempt.exercise.id != exerciseFilter { return false }
        if let since, attempt.started.prefix(since.count) < since { return false }
        return true
    }

    static func turn(_ record: JournalRecord) -> PortfolioTurn {
        PortfolioTurn(
            number: record.turn ?? 0, time: record.time, response: record.response ?? "", points: record.points ?? 0,
            categories: record.categories ?? [], flags: record.flags ?? [], moves: record.moves,
            filmComplete: record.filmComplete)
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}
