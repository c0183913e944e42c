import Testing

@testable import BlancoCore

/// The late stage of the guideline: once the film is complete an opinion question is the
/// right move, but a verdict, interpretation or leading question wrapped in it is not.
@Suite("The late stage")
struct LateStageTests {
    func categories(_ response: String, stage: Stage) -> Set<Category> {
        Set(Analyzer().analyze(response, stage: stage).flags.map(\.category))
    }

    @Test("late opinion questions in their many forms are never flagged as premature")
    func lateOpinionQuestionsAreFine() {
        for question in [
            "Wat vindt u daar nu van?", "Hoe kijkt u er zelf tegenaan?", "Hoe beoordeelt u de hulp van de gemeente?",
            "Bent u tevreden over hoe het ging?", "Wat zou u willen dat er nu gebeurt?",
            "Hoe kijkt ge er nu zelf naar?",
        ] {
            #expect(categories(question, stage: .late).isEmpty, "\(question)")
            #expect(categories(question, stage: .opening) == [.prematureOpinion], "\(question)")
        }
    }

    @Test("a verdict wrapped in a late opinion question is still a judgment and a leading question")
    func wrappedVerdictIsFlagged() {
        for question in [
            "Vindt u het ook niet harteloos dat niemand u terugbelde?",
            "Is het niet ongelooflijk dat niemand u heeft teruggebeld?",
            "Vind je dat ook niet belachelijk?",
        ] {
            #expect(categories(question, stage: .late) == [.judgment, .leadingQuestion], "\(question)")
            #expect(
                categories(question, stage: .opening) == [.judgment, .leadingQuestion, .prematureOpinion], "\(question)"
            )
        }
    }

    @Test("a judgment or interpretation before a late opinion question is flagged, the question is not")
    func flagBeforeTheQuestion() {
        #expect(categories("Ik vind het zelf een aanfluiting. Wat vindt u?", stage: .late) == [.judgment])
        #expect(
            categories("U voelt zich vast in de steek gelaten. Hoe kijkt u er nu naar?", stage: .late) == [
                .interpretation
            ])
    }

    @Test(
        "once the film is complete the practice session flags a wrapped verdict instead of hearing an opinion question")
    func practiceSessionJudgesLate() {
        var session = PracticeSession(exercise: PracticeFixtures.exercise)
        for question in PracticeFixtures.keyQuestions { session.respond(question) }
        #expect(session.stage == .late)
        let turn = session.respond("Vindt u het ook niet schandalig dat de gemeente zo laat was?")
        #expect(turn.analysis.stage == .late)
        #expect(turn.reply == .reacts(to: .judgment))
    }
}
