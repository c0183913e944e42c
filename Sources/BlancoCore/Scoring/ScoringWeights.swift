/// The documented weights behind every score, so a trainee can check each point.
///
/// A response starts at `base` points. Each flag deducts the penalty for its severity,
/// times its category's factor. Each kind of good move adds its bonus once. The result is
/// kept between 0 and 100; the Dutch grade is `1 + 9 × points / 100`, rounded to one
/// decimal (100 points is a 10,0; 0 points is a 1,0).
///
/// The practice session scores a whole exercise from these same weights.
public struct ScoringWeights: Sendable, Hashable {
    /// Points a response starts with before deductions and bonuses.
    public var base: Int
    /// Points a flag deducts, by severity.
    public var penalty: [Severity: Int]
    /// Multiplier on the penalty per category, in percent (100 is the plain penalty).
    public var categoryFactor: [Category: Int]
    /// Points a good move adds, by kind; each kind counts once per response.
    public var bonus: [Signal.Kind: Int]

    public init(base: Int, penalty: [Severity: Int], categoryFactor: [Category: Int], bonus: [Signal.Kind: Int]) {
        self.base = base
        self.penalty = penalty
        self.categoryFactor = categoryFactor
        self.bonus = bonus
    }

    /// Blanco's weights: a clean response is worth 80, good moves lift it to 100, a
    /// major flag costs 30 and a minor one 15. Opinion-questions asked too early and
    /// why-questions close the conversation hardest, so they weigh a little more. System language is
    /// flagged with minor severity only: it is usually said kindly.
    public static let standard = ScoringWeights(
        base: 80,
        penalty: [.major: 30, .minor: 15],
        categoryFactor: [
            .judgment: 100, .interpretation: 100, .prematureOpinion: 110, .advice: 100, .whyQuestion: 110,
            .leadingQuestion: 80, .systemLanguage: 100,
        ],
        bonus: [
            .openQuestion: 10, .meaningCheck: 10, .summary: 10, .experienceQuestion: 10, .encourager: 5, .silence: 5,
            .opinionQuestion: 10,
        ])

    /// The points one flag of this category and severity deducts.
    public func deduction(for category: Category, severity: Severity) -> Int {
        (penalty[severity] ?? 0) * (categoryFactor[category] ?? 100) / 100
    }

    /// The grade for a number of points: 1,0 to 10,0 with one decimal.
    public func grade(forPoints points: Int) -> Double {
        let clamped = min(100, max(0, points))
        return (10 + Double(clamped) * 90 / 100).rounded() / 10
    }
}
