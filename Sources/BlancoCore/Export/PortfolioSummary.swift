/// Progress over time, computed once from a portfolio for `blanco voortgang` and the top of
/// the Markdown and HTML exports: per exercise the attempts and best grade, the grades and
/// coach ratings in order, and the categories flagged most with how often they came up
/// early and lately.
public struct PortfolioSummary: Sendable, Hashable {
    /// One exercise's attempts.
    public struct ExerciseLine: Sendable, Hashable {
        public let id: String
        public let title: String
        public let attempts: Int
        public let finished: Int
        public let bestGrade: Double?
    }

    /// One category: its flags in all, and per 10 turns in the earlier and the later half
    /// of the attempts (equal when there is only one attempt).
    public struct CategoryLine: Sendable, Hashable {
        public let category: Category
        public let total: Int
        public let earlierPerTenTurns: Double
        public let laterPerTenTurns: Double
    }

    public let exercises: [ExerciseLine]
    /// The grade of every finished attempt, oldest first.
    public let grades: [Double]
    /// Per skill, the coach's rating of every finished attempt that has one, oldest first.
    public let coachRatings: [Skill: [Int]]
    /// Per skill, the trainee's own rating of every finished attempt that has one.
    public let selfRatings: [Skill: [Int]]
    /// The categories flagged at least once, most often first.
    public let categories: [CategoryLine]
    public let totalTurns: Int

    public init(_ portfolio: Portfolio) {
        var lines: [String: (title: String, attempts: Int, finished: Int, best: Double?)] = [:]
        var order: [String] = []
        var grades: [Double] = []
        var coach: [Skill: [Int]] = [:]
        var own: [Skill: [Int]] = [:]
        for attempt in portfolio.attempts {
            let id = attempt.exercise.id
            if lines[id] == nil { order.append(id) }
            var line = lines[id] ?? (attempt.exercise.displayTitle, 0, 0, nil)
            line.attempts += 1
            if let grade = attempt.grade {
                line.finished += 1
                line.best = max(line.best ?? grade, grade)
                grades.append(grade)
                for skill in Skill.allCases {
                    if let value = attempt.coachRatings[skill] { coach[skill, default: []].append(value) }
                    if let value = attempt.selfRatings?[skill] { own[skill, default: []].append(value) }
                }
            }
            lines[id] = line
        }
        exercises = order.map { id in
            let line = lines[id]!
            return ExerciseLine(
                id: id, title: line.title, attempts: line.attempts, finished: line.finished, bestGrade: line.best)
        }
        self.grades = grades
        coachRatings = coach
        selfRatings = own

        let half = portfolio.attempts.count / 2
        let earlier = half == 0 ? portfolio.attempts[...] : portfolio.attempts[..<half]
        let later = half == 0 ? portfolio.attempts[...] : portfolio.attempts[half...]
        func counts(_ attempts: ArraySlice<PortfolioAttempt>) -> (flags: [String: Int], turns: Int) {
            var flags: [String: Int] = [:]
            var turns = 0
            for attempt in attempts {
                turns += attempt.turns.count
                for turn in attempt.turns {
                    for category in turn.categories { flags[category, default: 0] += 1 }
                }
            }
            return (flags, turns)
        }
        let early = counts(earlier)
        let late = counts(later)
        let all = counts(portfolio.attempts[...])
        totalTurns = all.turns
        func perTen(_ count: Int, _ turns: Int) -> Double { turns == 0 ? 0 : Double(count) * 10 / Double(turns) }
        categories = Category.allCases.compactMap { category -> CategoryLine? in
            let total = all.flags[category.rawValue] ?? 0
            guard total > 0 else { return nil }
            return CategoryLine(
                category: category, total: total,
                earlierPerTenTurns: perTen(early.flags[category.rawValue] ?? 0, early.turns),
                laterPerTenTurns: perTen(late.flags[category.rawValue] ?? 0, late.turns))
        }.sorted { $0.total > $1.total }
    }
}
