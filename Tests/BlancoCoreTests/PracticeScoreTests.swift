import BlancoCore
import Testing

@Suite("The grade of a whole exercise")
struct PracticeScoreTests {
    typealias Script = PracticeFixtures.Script

    private func part(_ id: String, _ session: PracticeSession) -> ExerciseScore.Part? {
        session.score.parts.first { $0.id == id }
    }

    @Test("the grade has four visible parts: film, skills, blankness and opinion")
    func partsAreVisible() {
        #expect(
            PracticeFixtures.completeFilm().score.parts.map(\.label) == ["film", "vaardigheden", "blanco", "mening"])
        #expect(
            ExerciseScore.filmMaximum + ExerciseScore.skillsMaximum + ExerciseScore.blanknessMaximum
                + ExerciseScore.opinionMaximum == 100)
    }

    @Test("a complete film with the opinion asked, a summary and a meaning-check gets a 10,0")
    func perfectConversation() {
        let summary = "Dus de brief kwam dinsdag en u sliep er slecht van?"
        let check = "Wat bedoelt u met niets snappen?"
        var session = PracticeFixtures.completeFilm([
            summary: Script(signals: [.summary]), check: Script(signals: [.meaningCheck]),
            "Wie was er nog bij?": PracticeFixtures.open,
        ])
        session.respond("Wie was er nog bij?")
        session.respond(summary)
        session.respond(check)
        session.respond(PracticeFixtures.opinionQuestion)
        #expect(session.score.points == 100)
        #expect(ExerciseScore.dutch(session.score.grade) == "10,0")
    }

    @Test("skipping the opinion-question costs the opinion part")
    func skippingOpinionCosts() {
        var asked = PracticeFixtures.completeFilm()
        asked.respond(PracticeFixtures.opinionQuestion)
        let skipped = PracticeFixtures.completeFilm()
        #expect(part("opinion", asked)?.points == ExerciseScore.opinionMaximum)
        #expect(part("opinion", skipped)?.points == 0)
        #expect(part("opinion", skipped)?.detail.contains("niet gevraagd") == true)
        #expect(skipped.score.grade < asked.score.grade)
    }

    @Test("encouragers are support: they earn no skill points")
    func encouragersAreNoSkill() {
        var session = PracticeFixtures.completeFilm(["mm": Script(signals: [.encourager])])
        let before = part("skills", session)?.points
        session.respond("mm")
        #expect(part("skills", session)?.points == before)
        #expect(part("skills", session)?.detail.contains("1 aanmoediging (steun, geen punten)") == true)
    }

    @Test("a repeated question earns nothing the second time")
    func repeatsEarnNothing() {
        var once = PracticeFixtures.session(PracticeFixtures.listeningScripts)
        once.respond(PracticeFixtures.keyQuestions[0])
        var four = once
        for _ in 0..<3 { four.respond(PracticeFixtures.keyQuestions[0]) }
        #expect(four.score.points == once.score.points)
    }

    @Test("flags cost blankness points: a third of what each costs one response in blanco analyze")
    func flagsCostBlankness() {
        let session = PracticeFixtures.completeFilm([
            "Wat erg.": Script(flags: [(.judgment, .major)]),
            "Dat moet zwaar zijn.": Script(flags: [(.interpretation, .minor)]),
        ])
        var flagged = session
        flagged.respond("Wat erg.")
        flagged.respond("Dat moet zwaar zijn.")
        let majorJudgment = ScoringWeights.standard.deduction(for: .judgment, severity: .major)
        let minorInterpretation = ScoringWeights.standard.deduction(for: .interpretation, severity: .minor)
        #expect(
            part("blankness", flagged)?.points == ExerciseScore.blanknessMaximum - (majorJudgment + 1) / 3
                - (minorInterpretation + 1) / 3)
    }

    @Test("staying blank by saying almost nothing does not pass: blankness scales with the key facts heard")
    func blankButEmptyDoesNotPass() {
        var session = PracticeFixtures.session(["Mm.": Script(signals: [.encourager])])
        session.respond("Mm.")
        #expect(session.progress.keyRevealed == 0)
        #expect(part("blankness", session)?.points == 0)
        #expect(session.score.grade < 5.5)
    }

    @Test("each hint costs two points, shown as its own part")
    func hintsCost() {
        var session = PracticeFixtures.completeFilm()
        _ = session.hint()
        _ = session.hint()
        #expect(part("hints", session)?.points == -2 * ExerciseScore.pointsPerHint)
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
