import BlancoCore
import Testing

@Suite("A practice session with the real analyzer")
struct PracticeAnalyzerTests {
    let exercise = ExerciseCatalog.bundled().exercise(id: "losse-stoeptegel-gevallen")!

    @Test("a judgment gets the client's judgment reaction and reveals nothing")
    func judgment() {
        var session = PracticeSession(exercise: exercise)
        let turn = session.respond("Wat erg voor u, dat had de gemeente allang moeten maken.")
        #expect(turn.analysis.categories.contains(.judgment))
        #expect(turn.reply == .reacts(to: .judgment))
        #expect(turn.replyText == exercise.reaction(to: .judgment))
        #expect(session.progress.revealed == 0)
    }

    @Test("an open question about the fall reveals the fact it touches")
    func openQuestion() {
        var session = PracticeSession(exercise: exercise)
        let turn = session.respond("Wat gebeurde er precies met de tegel?")
        #expect(turn.analysis.flags.isEmpty)
        #expect(turn.reply.revealedFact?.topicWords.contains("tegel") == true)
    }

    @Test("the same opinion-question is deflected at the start and answered once the film is complete")
    func opinionQuestionDependsOnStage() {
        var session = PracticeSession(exercise: exercise)
        let early = session.respond("Wat vindt u daarvan?")
        #expect(early.reply == .reacts(to: .prematureOpinion))
        for question in [
            "Wat is er precies gebeurd?", "Wie waren erbij?", "Wanneer was dat?", "Waar was dat?",
            "Hoe ging het daarna verder?", "Hoe was dat voor u?",
        ] where !session.progress.isComplete {
            session.respond(question)
        }
        #expect(session.progress.isComplete)
        let late = session.respond("Wat vindt u daarvan?")
        #expect(late.analysis.stage == .late)
        #expect(late.reply == .givesOpinion)
        #expect(late.replyText == exercise.opinion)
    }
}
