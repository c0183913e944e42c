import BlancoCore
import Testing

@Suite("The simulated client in a practice session")
struct PracticeSessionTests {
    typealias Script = PracticeFixtures.Script
    let exercise = PracticeFixtures.exercise

    @Test("an open question that touches a fact's topic words reveals that fact, also by word start")
    func openQuestionRevealsTouchedFact() {
        let question = "Wat voor brieven kreeg je?"
        var session = PracticeFixtures.session([question: PracticeFixtures.open, "Wie was erbij?": PracticeFixtures.open])
        let turn = session.respond(question)
        #expect(turn.reply == .reveals(PracticeFixtures.letter))
        #expect(turn.replyText == PracticeFixtures.letter.line)
        #expect(session.progress.revealed == 1)
        #expect(session.respond("Was de buurvrouw erbij?").reply == .reveals(PracticeFixtures.neighbour))
    }

    @Test("an open question that touches no topic word reveals the next key fact, not a side fact")
    func openQuestionRevealsNextKeyFact() {
        var session = PracticeFixtures.session(["Wat gebeurde er?": PracticeFixtures.open])
        #expect(session.respond("Wat gebeurde er?").reply == .reveals(PracticeFixtures.letter))
        #expect(session.respond("Wat gebeurde er?").reply == .reveals(PracticeFixtures.when))
        #expect(session.respond("Wat gebeurde er?").reply == .reveals(PracticeFixtures.feeling))
        #expect(session.respond("Wat gebeurde er?").reply == .reveals(PracticeFixtures.neighbour))
        #expect(session.respond("Wat gebeurde er?").reply == .hasNothingToAdd)
    }

    @Test("encouragers, silence, meaning checks and summaries reveal more of the film")
    func everyGoodMoveReveals() {
        for kind in [Signal.Kind.encourager, .silence, .meaningCheck, .summary] {
            var session = PracticeFixtures.session(["mm": Script(signals: [kind])])
            #expect(session.respond("mm").reply.revealedFact != nil, "\(kind)")
        }
    }

    @Test("an open question about the client's experience reveals how they lived it first")
    func experienceQuestionPrefersBeleving() {
        var session = PracticeFixtures.session(["Hoe was dat voor u?": Script(signals: [.experienceQuestion])])
        #expect(session.respond("Hoe was dat voor u?").reply == .reveals(PracticeFixtures.feeling))
    }

    @Test("a flagged response gets the client's reaction for its category and reveals nothing, even with topic words")
    func flaggedResponseGetsReaction() {
        let judgment = "Wat een rotbrief van de gemeente."
        let why = "Waarom heb je die brief niet eerder geopend?"
        var session = PracticeFixtures.session([
            judgment: Script(flags: [(.judgment, .major)]),
            why: Script(flags: [(.whyQuestion, .major)], signals: [.openQuestion]),
        ])
        let first = session.respond(judgment)
        #expect(first.reply == .reacts(to: .judgment))
        #expect(first.replyText == "Nou, ik weet niet of het zo erg is.")
        let second = session.respond(why)
        #expect(second.reply == .reacts(to: .whyQuestion))
        #expect(second.replyText == DefaultReactions.reaction(to: .whyQuestion))
        #expect(session.progress.revealed == 0)
    }

    @Test("with several flags the client reacts to a major one first")
    func majorFlagWins() {
        let response = "Dat is vast lastig, je moet bezwaar maken."
        var session = PracticeFixtures.session([response: Script(flags: [(.interpretation, .minor), (.advice, .major)])])
        #expect(session.respond(response).reply == .reacts(to: .advice))
    }

    @Test("an opinion-question before the key facts are known is deflected, judged at the opening stage")
    func prematureOpinionIsDeflected() {
        let question = "Wat vind je daarvan?"
        var session = PracticeFixtures.session([question: Script(flags: [(.prematureOpinion, .minor)])])
        let turn = session.respond(question)
        #expect(turn.analysis.stage == .opening)
        #expect(turn.reply == .reacts(to: .prematureOpinion))
        #expect(turn.replyText == DefaultReactions.reaction(to: .prematureOpinion))
        #expect(!session.opinionGiven)
    }

    @Test("once every key fact is known the analyzer judges at the late stage and the client gives their opinion")
    func opinionOnceFilmIsComplete() {
        let question = "Wat vind je daarvan?"
        var session = PracticeFixtures.session([
            "Vertel.": Script(signals: [.encourager]), question: Script(signals: [.opinionQuestion]),
        ])
        for _ in 0..<3 { session.respond("Vertel.") }
        #expect(session.progress.isComplete)
        #expect(session.stage == .late)
        let turn = session.respond(question)
        #expect(turn.analysis.stage == .late)
        #expect(turn.reply == .givesOpinion)
        #expect(turn.replyText == exercise.opinion)
        #expect(session.opinionGiven)
    }

    @Test("the analyzer hears everything the client has said so far as context")
    func contextIsClientWordsSoFar() {
        let seen = ContextRecorder()
        var session = PracticeSession(exercise: exercise) { response, context, stage in
            seen.contexts.append(context)
            return PracticeFixtures.analyzer(["Wat gebeurde er?": PracticeFixtures.open])(response, context, stage)
        }
        session.respond("Wat gebeurde er?")
        session.respond("Wat gebeurde er?")
        #expect(seen.contexts[0] == exercise.opening)
        #expect(seen.contexts[1] == exercise.opening + "\n" + PracticeFixtures.letter.line)
    }

    @Test("a response with no question, no flag and no topic word gets a puzzled client and no fact")
    func plainStatementWaits() {
        var session = PracticeFixtures.session([:])
        let turn = session.respond("Oké.")
        #expect(turn.reply == .waits)
        #expect(session.progress.revealed == 0)
    }

    @Test("the film lists what is known in the order the client told it, and progress counts facts and key facts")
    func filmAndProgress() {
        var session = PracticeFixtures.session([:])
        session.respond("En die nacht, hoe sliep je?")
        session.respond("Wanneer was dat, welke dag? Dinsdag?")
        #expect(session.knownFacts == [PracticeFixtures.feeling, PracticeFixtures.when])
        #expect(session.progress.summary == "film 2/4 · kern 2/3")
        #expect(!session.progress.isComplete)
    }

    @Test("hints come general first, then aimed at each lure, then at the next gap, and are all recorded")
    func hintsAreProgressive() {
        var session = PracticeFixtures.session([:])
        #expect(session.hint() == HintPlanner.general)
        #expect(session.hint().contains(exercise.lures[0].hint))
        #expect(session.hint().contains(exercise.lures[1].hint))
        #expect(session.hint().contains("precies wat er gebeurde"))
        #expect(session.hintsUsed.count == 4)
    }

    @Test("a hint once the film is complete points to the opinion-question")
    func hintAtCompleteFilm() {
        var session = PracticeFixtures.session(["Vertel.": Script(signals: [.encourager])])
        for _ in 0..<3 { session.respond("Vertel.") }
        _ = session.hint()
        #expect(session.hint().contains("meningsvraag"))
    }

    @Test("the debrief lists every turn with its points and the whole film, marking what was heard")
    func debriefShowsEverything() {
        var session = PracticeFixtures.session(["Wat gebeurde er?": PracticeFixtures.open, "Wat erg.": Script(flags: [(.judgment, .minor)])])
        session.respond("Wat gebeurde er?")
        session.respond("Wat erg.")
        let debrief = session.debrief
        #expect(debrief.turns.map(\.points) == [100, 80])
        #expect(debrief.film.count == 4)
        #expect(debrief.film.filter(\.wasRevealed).map(\.fact) == [PracticeFixtures.letter])
        #expect(debrief.modelResponses == exercise.modelResponses)
        #expect(debrief.reflectionQuestions == exercise.reflectionQuestions)
    }
}

/// Collects what the analyzer was given, across the session's closure calls.
final class ContextRecorder: @unchecked Sendable {
    var contexts: [String] = []
}
