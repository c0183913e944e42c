import Testing

@testable import BlancoCore

@Suite("Scoring")
struct ScoringTests {
    @Test("a clean open question scores the base plus its bonus, with one line for the bonus")
    func cleanOpenQuestion() {
        let score = Analyzer().analyze("Wat gebeurde er toen?").score
        let weights = ScoringWeights.standard
        #expect(score.points == weights.base + weights.bonus[.openQuestion]!)
        #expect(score.lines.map(\.points) == [weights.bonus[.openQuestion]!])
    }

    @Test("every flag is a deduction line with its category and words")
    func deductionsAreNamed() {
        let analysis = Analyzer().analyze("Wat vervelend. Waarom heb je niet gebeld?")
        #expect(analysis.score.lines.count == 2)
        #expect(analysis.score.lines[0].label.hasPrefix("oordeel"))
        #expect(analysis.score.lines[0].label.contains("Wat vervelend"))
        let weights = ScoringWeights.standard
        let expected =
            weights.base - weights.deduction(for: .judgment, severity: .minor)
            - weights.deduction(for: .whyQuestion, severity: .major)
        #expect(analysis.score.points == expected)
    }

    @Test("points stay between 0 and 100 and the grade between 1,0 and 10,0")
    func bounds() {
        let many = String(repeating: "Waarom heb je niet gebeld? ", count: 10)
        let low = Analyzer().analyze(many).score
        #expect(low.points == 0 && low.grade == 1.0)
        let weights = ScoringWeights.standard
        #expect(weights.grade(forPoints: 100) == 10.0)
        #expect(weights.grade(forPoints: 50) == 5.5)
        #expect(weights.grade(forPoints: 73) == 7.6)
    }

    @Test("the grade is shown with a Dutch decimal comma")
    func dutchComma() {
        #expect(ResponseScore(points: 73, grade: 7.6, lines: []).gradeText == "7,6")
        #expect(ResponseScore(points: 100, grade: 10.0, lines: []).gradeText == "10,0")
    }

    @Test("each kind of good move counts once")
    func bonusOncePerKind() {
        let score = Analyzer().analyze("Wat gebeurde er toen? En wie was erbij?").score
        #expect(score.lines.count == 1)
    }
}
