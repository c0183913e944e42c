/// The grade of a whole exercise, 1,0–10,0, built from four visible parts so a trainee can
/// see where the points went:
///
/// - blankness (50): every flag costs a third of what it costs one response in
///   `blanco analyze` (`ScoringWeights.deduction`: major 30, minor 15, times the
///   category factor), so a major judgment costs 10 and a minor interpretation 5;
/// - film coverage (30): the share of key facts the trainee heard;
/// - economy (10): one point off for every turn beyond one per fact plus one for the
///   opinion-question;
/// - hints (10): three points off per hint.
///
/// Blankness, economy and hints are earned in proportion to the share of key facts heard,
/// so a conversation that stays blank by saying almost nothing does not pass: with half
/// the key facts, those three parts give half their points.
///
/// points = the sum (0–100); grade = 1 + 9 × points / 100, rounded to one decimal, the
/// same scale as a single response (`ScoringWeights.grade(forPoints:)`).
/// An exercise without a single response scores 1,0.
public struct ExerciseScore: Sendable, Hashable, Codable {
    /// One part of the grade: a Dutch label, the points earned and the maximum.
    public struct Part: Sendable, Hashable, Codable {
        public let label: String
        public let points: Int
        public let maximum: Int
        /// What the points are based on, in Dutch.
        public let detail: String
    }

    public static let blanknessMaximum = 50
    public static let coverageMaximum = 30
    public static let economyMaximum = 10
    public static let hintsMaximum = 10
    public static let pointsPerHint = 3

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

    public init(
        exercise: Exercise, turns: [PracticeTurn], keyFactsFound: Int, hintsUsed: Int, weights: ScoringWeights = .standard
    ) {
        let flags = turns.flatMap(\.analysis.flags)
        let flagCost = flags.reduce(0) { $0 + Self.cost(of: $1, weights: weights) }
        let blankness = max(0, Self.blanknessMaximum - flagCost)

        let keyTotal = exercise.keyFacts.count
        let coverage = keyTotal == 0 ? Self.coverageMaximum : (Self.coverageMaximum * keyFactsFound + keyTotal / 2) / keyTotal

        let idealTurns = exercise.film.count + 1
        let economy = max(0, Self.economyMaximum - max(0, turns.count - idealTurns))

        let hints = max(0, Self.hintsMaximum - Self.pointsPerHint * hintsUsed)

        let share = keyTotal == 0 ? 1.0 : Double(keyFactsFound) / Double(keyTotal)
        let scaled = { (points: Int) in Int((Double(points) * share).rounded()) }
        let inProportion = share < 1 ? " · naar verhouding: \(keyFactsFound)/\(keyTotal) kernfeiten" : ""

        parts = [
            Part(label: "blanco", points: scaled(blankness), maximum: Self.blanknessMaximum,
                 detail: (flags.isEmpty ? "geen vlaggen" : "\(flags.count) \(flags.count == 1 ? "vlag" : "vlaggen"), −\(flagCost)") + inProportion),
            Part(label: "film", points: coverage, maximum: Self.coverageMaximum,
                 detail: "\(keyFactsFound) van de \(keyTotal) kernfeiten"),
            Part(label: "zuinigheid", points: scaled(economy), maximum: Self.economyMaximum,
                 detail: "\(turns.count) \(turns.count == 1 ? "beurt" : "beurten"), ideaal \(idealTurns)" + inProportion),
            Part(label: "hints", points: scaled(hints), maximum: Self.hintsMaximum,
                 detail: (hintsUsed == 0 ? "geen hints" : "\(hintsUsed) \(hintsUsed == 1 ? "hint" : "hints")") + inProportion),
        ]
        points = turns.isEmpty ? 0 : parts.reduce(0) { $0 + $1.points }
        grade = weights.grade(forPoints: points)
    }

    /// A grade the Dutch way: `7,4`.
    public static func dutch(_ grade: Double) -> String {
        ResponseScore.dutchDecimal(grade)
    }
}
