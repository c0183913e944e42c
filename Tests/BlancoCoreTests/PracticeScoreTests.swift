import BlancoCore
import Testing

@Suite("The grade of a whole exercise")
struct PracticeScoreTests {
    typealias Script = PracticeFixtures.Script

    private func completedSession(extra: [String] = [], scripts: [String: Script] = [:]) -> PracticeSession {
        var all = scripts
        all["Vertel."] = Script(signals: [.encourager])
        all["Wat vindt u ervan?"] = Script(signals: [.opinionQuestion])
        var session = PracticeFixtures.session(all)
        for response in extra { session.respond(response) }
        for _ in 0..<4 { session.respond("Vertel.") }
        session.respond("Wat vindt u ervan?")
        return session
    }

    @Test("a blank, complete conversation without hints in the ideal number of turns gets a 10,0")
    func perfectConversation() {
        let score = completedSession().score
        #expect(score.points == 100)
        #expect(ExerciseScore.dutch(score.grade) == "10,0")
        #expect(score.parts.map(\.label) == ["blanco", "film", "zuinigheid", "hints"])
    }

    @Test("flags cost blankness points: a third of what each costs one response in blanco analyze")
    func flagsCostBlankness() {
        let session = completedSession(
            extra: ["Wat erg.", "Dat moet zwaar zijn."],
            scripts: ["Wat erg.": Script(flags: [(.judgment, .major)]), "Dat moet zwaar zijn.": Script(flags: [(.interpretation, .minor)])])
        let blankness = session.score.parts[0]
        let majorJudgment = ScoringWeights.standard.deduction(for: .judgment, severity: .major)
        let minorInterpretation = ScoringWeights.standard.deduction(for: .interpretation, severity: .minor)
        #expect(blankness.points == ExerciseScore.blanknessMaximum - (majorJudgment + 1) / 3 - (minorInterpretation + 1) / 3)
        #expect(session.score.grade < 10)
    }

    @Test("missing key facts lower the film part in proportion")
    func coverageIsProportional() {
        var session = PracticeFixtures.session(["Wat gebeurde er?": PracticeFixtures.open])
        session.respond("Wat gebeurde er?")
        #expect(session.score.parts[1].points == ExerciseScore.coverageMaximum / 3)
    }

    @Test("staying blank by saying almost nothing does not pass: the other parts scale with the film heard")
    func blankButEmptyDoesNotPass() {
        var session = PracticeFixtures.session(["Mm.": Script(signals: [.encourager])])
        session.respond("Mm.")
        let keyTotal = session.exercise.keyFacts.count
        let found = session.progress.keyRevealed
        #expect(found < keyTotal)
        let share = Double(found) / Double(keyTotal)
        #expect(session.score.parts[0].points == Int((Double(ExerciseScore.blanknessMaximum) * share).rounded()))
        #expect(session.score.parts[0].detail.contains("naar verhouding: \(found)/\(keyTotal) kernfeiten"))
        #expect(session.score.grade < 5.5)
    }

    @Test("each hint costs points and each turn beyond the ideal costs an economy point")
    func hintsAndEconomy() {
        var session = completedSession(extra: Array(repeating: "Oké.", count: 3))
        _ = session.hint()
        _ = session.hint()
        #expect(session.score.parts[2].points == ExerciseScore.economyMaximum - 3)
        #expect(session.score.parts[3].points == ExerciseScore.hintsMaximum - 2 * ExerciseScore.pointsPerHint)
    }

    @Test("an exercise closed without a single response gets the lowest grade, 1,0")
    func noResponses() {
        #expect(ExerciseScore.dutch(PracticeFixtures.session([:]).score.grade) == "1,0")
    }

    @Test("grades are written the Dutch way with a decimal comma")
    func dutchGrade() {
        #expect(ExerciseScore.dutch(7.45) == "7,5")
        #expect(ExerciseScore.dutch(1) == "1,0")
    }
}
