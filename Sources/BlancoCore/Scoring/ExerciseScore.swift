/// The grade of a whole exercise, 1,0–10,0, built from visible parts that together say what
/// blank listening is:
///
/// - film (40): 30 × the share of key facts heard, plus 10 when the client's experience
///   (a `beleving` fact) was heard;
/// - skills (30): 4 per open fact question up to 3 (12), and 6 each for asking about the
///   experience, a summary in your own words and checking what the client means;
///   encouragers are support and earn nothing here;
/// - blankness (20): every flag costs a third of what it costs one response in
///   `blanco analyze` (`ScoringWeights.deduction`, any category), earned in proportion to
///   the share of key facts heard, so staying blank by saying nothing does not pay;
/// - opinion (10): the client's opinion asked once the film was complete; skipping it costs
///   the 10;
/// - hints: two points off per hint, at most ten.
///
/// points = the sum, kept within 0–100; grade = 1 + 9 × points / 100, rounded to one
/// decimal, the same scale as a single response (`ScoringWeights.grade(forPoints:)`).
/// An exercise without a single response scores 1,0.
public struct ExerciseScore: Sendable, Hashable, Codable {
    /// One part of the grade: a stable id, a Dutch label, the points earned and the maximum
    /// (0 for a deduction such as hints).
    public struct Part: Sendable, Hashable, Codable {
        /// `film`, `skills`, `blankness`, `opinion` or `hints`.
        public let id: String
        public let label: String
        public let points: Int
        public let maximum: Int
        /// What the points are based on, in Dutch.
        public let detail: String
    }

    public static let filmMaximum = 40
    public static let keyFactPoints = 30
    public static let experiencePoints = 10
    public static let skillsMaximum = 30
    public static let pointsPerFactQuestion = 4
    public static let countedFactQuestions = 3
    public static let pointsPerSkill = 6
    public static let blanknessMaximum = 20
    public static let opinionMaximum = 10
    public static let pointsPerHint = 2
    public static let hintsMaximumCost = 10

    /// How many times cheaper a flag is in the exercise's blankness part than in one
    /// response's score.
    public static let flagCostDivisor = 3

    /// How many blankness points one flag costs.
    public static func cost(of flag: Flag, weights: ScoringWeights = .standard) -> Int {
        (weights.deduction(for: flag.category, severity: flag.severity) + flagCostDivisor / 2) / flagCostDivisor
    }

    public let parts: [Part]
    public let points: Int
    public let grade: Double
    /// The skills behind the skills part, as data.
    public let skills: SkillTally

    public init(exercise: Exercise, turns: [PracticeTurn], hintsUsed: Int, weights: ScoringWeights = .standard) {
        let revealed = Set(turns.compactMap { $0.reply.revealedFact })
        let keyTotal = exercise.keyFacts.count
        let keyFound = exercise.keyFacts.filter(revealed.contains).count
        let share = keyTotal == 0 ? 1.0 : Double(keyFound) / Double(keyTotal)
        let hasExperience = exercise.film.contains { $0.aspect == .beleving }
        let experienceHeard = revealed.contains { $0.aspect == .beleving }
        let film =
            Int((Double(Self.keyFactPoints) * share).rounded())
            + (hasExperience
                ? (experienceHeard ? Self.experiencePoints : 0)
                : Int((Double(Self.experiencePoints) * share).rounded()))

        let skills = SkillTally(turns: turns)
        let skillPoints =
            Self.pointsPerFactQuestion * min(skills.factQuestions, Self.countedFactQuestions)
            + Self.pointsPerSkill
            * [skills.experienceQuestions, skills.summaries, skills.meaningChecks].filter { $0 > 0 }.count

        let flags = turns.flatMap(\.analysis.flags)
        let flagCost = flags.reduce(0) { $0 + Self.cost(of: $1, weights: weights) }
        let blankness = Int((Double(max(0, Self.blanknessMaximum - flagCost)) * share).rounded())

        let opinion = skills.opinionTurn == nil ? 0 : Self.opinionMaximum
        let hintCost = min(Self.hintsMaximumCost, Self.pointsPerHint * hintsUsed)

        let detail = ScoreDetail(tally: skills, keyFound: keyFound, keyTotal: keyTotal)
        parts =
            [
                Part(
                    id: "film", label: "film", points: film, maximum: Self.filmMaximum,
                    detail: detail.film(experienceHeard: hasExperience ? experienceHeard : nil)),
                Part(
                    id: "skills", label: "vaardigheden", points: skillPoints, maximum: Self.skillsMaximum,
                    detail: detail.skills),
                Part(
                    id: "blankness", label: "blanco", points: blankness, maximum: Self.blanknessMaximum,
                    detail: detail.blankness(flags: flags.count, cost: flagCost)),
                Part(
                    id: "opinion", label: "mening", points: opinion, maximum: Self.opinionMaximum,
                    detail: detail.opinion),
            ]
            + (hintsUsed == 0
                ? []
                : [
                    Part(
                        id: "hints", label: "hints", points: -hintCost, maximum: 0,
                        detail: "\(hintsUsed) \(hintsUsed == 1 ? "hint" : "hints"), −\(Self.pointsPerHint) per hint")
                ])
        self.skills = skills
        points = turns.isEmpty ? 0 : min(100, max(0, parts.reduce(0) { $0 + $1.points }))
        grade = weights.grade(forPoints: points)
    }

    /// A grade the Dutch way: `7,4`.
    public static func dutch(_ grade: Double) -> String {
        ResponseScore.dutchDecimal(grade)
    }
}
