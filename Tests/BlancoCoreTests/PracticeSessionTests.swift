import BlancoCore
import Testing

@Suite("The simulated client in a practice session")
struct PracticeSessionTests {
    typealias Script = PracticeFixtures.Script
    let exercise = PracticeFixtures.exercise

    @Test("an open question that touches a fact's topic words reveals that fact, also by word start")
    func openQuestionRevealsTouchedFact() {
        let question = "Wat voor brieven kreeg je?"
        var session = PracticeFixtures.session([
            question: PracticeFixtures.open, "Was de buurvrouw erbij?": PracticeFixtures.open,
        ])
        let turn = session.respond(question)
        #expect(turn.reply == .reveals(PracticeFixtures.letter))
        #expect(turn.replyText == PracticeFixtures.letter.line)
        #expect(session.progress.revealed == 1)
        #expect(session.respond("Was de buurvrouw erbij?").reply == .reveals(PracticeFixtures.neighbour))
    }

    @Test("the question word steers the fact: wie the who, wanneer the when, hoe was dat voor u the experience")
    func questionWordSteers() {
        var session = PracticeFixtures.session([
            "Wie was er nog bij?": PracticeFixtures.open, "Wanneer was dat?": PracticeFixtures.open,
            "Hoe was dat voor u?": Script(signals: [.experienceQuestion]),
        ])
        #expect(session.respond("Wie was er nog bij?").reply == .reveals(PracticeFixtures.neighbour))
        #expect(session.respond("Wanneer was dat?").reply == .reveals(PracticeFixtures.when))
        #expect(session.respond("Hoe was dat voor u?").reply == .reveals(PracticeFixtures.feeling))
    }

    @Test("an open question without a question word or topic word reveals the next key fact, and then says all is told")
    func openQuestionRevealsNextKeyFact() {
        let scripts = [
            "Vertel eens?": PracticeFixtures.open, "En verder?": PracticeFixtures.open,
            "Wat nog meer?": PracticeFixtures.open, "Is er nog iets?": PracticeFixtures.open,
        ]
        var session = PracticeFixtures.session(scripts)
        #expect(session.respond("Vertel eens?").reply == .reveals(PracticeFixtures.letter))
        #expect(session.respond("En verder?").reply == .reveals(PracticeFixtures.when))
        #expect(session.respond("Wat nog meer?").reply == .reveals(PracticeFixtures.feeling))
        #expect(session.respond("Is er nog iets?").reply == .reveals(PracticeFixtures.neighbour))
        #expect(session.respond("Wie was er nog meer bij?").reply == .hasNothingToAdd)
    }

    @Test("a question about something outside the story gets a puzzled client and reveals nothing")
    func offTopicQuestionPuzzles() {
        var session = PracticeFixtures.session(["Wat is uw lievelingskleur?": PracticeFixtures.open])
        let turn = session.respond("Wat is uw lievelingskleur?")
        #expect(turn.move == .offTopic)
        #expect(turn.reply == .puzzled)
        #expect(session.progress.revealed == 0)
        #expect(session.respond("Hoe laat is het nu?").reply == .puzzled)
    }

    @Test("the same question again gets 'Dat zei ik net al' and no new fact")
    func repeatedQuestionIsNoticed() {
        var session = PracticeFixtures.session(["Wat stond er in de brief?": PracticeFixtures.open])
        session.respond("Wat stond er in de brief?")
        let again = session.respond("Wat stond er in de brief?")
        #expect(again.move == .repeated(turn: 1))
        #expect(again.reply == .alreadyTold)
        #expect(again.replyText == "Dat zei ik net al.")
        #expect(session.progress.revealed == 1)
    }

    @Test("reading the client's words back is parroting, not a summary, and reveals nothing")
    func parrotingIsNoSummary() {
        let parrot = "Ik heb een brief gekregen en ik snap er niets van."
        var session = PracticeFixtures.session([parrot: Script(signals: [.summary])])
        let turn = session.respond(parrot)
        #expect(turn.move == .parroted)
        #expect(turn.reply == .hearsOwnWords)
        #expect(session.progress.revealed == 0)
    }

    @Test("a first encourager brings a side fact, not a key fact; more encouragers bring a client who waits")
    func encouragersBringLittle() {
        var session = PracticeFixtures.session([
            "mm": Script(signals: [.encourager]), "...": Script(signals: [.silence]),
        ])
        #expect(session.respond("mm").reply == .reveals(PracticeFixtures.neighbour))
        let second = session.respond("mm")
        #expect(second.reply == .waits)
        let third = session.respond("...")
        #expect(third.reply == .waits)
        #expect(third.replyText != second.replyText)
        #expect(session.progress.keyRevealed == 0)
    }

    @Test("an empty line is not a response")
    func emptyLineIsNoTurn() {
        #expect(!PracticeSession.isResponse(""))
        #expect(!PracticeSession.isResponse("   "))
        #expect(PracticeSession.isResponse("..."))
    }

    @Test("a flagged response gets the client's reaction for its category and reveals nothing, even with topic words")
    func flaggedResponseGetsReaction() {
        let judgment = "Wat een rotbrief heb je gekregen."
        let why = "Waarom heb je die brief niet eerder geopend?"
        var session = PracticeFixtures.session([
            judgment: Script(flags: [(.judgment, .major)]),
            why: Script(flags: [(.whyQuestion, .major)], signals: [.openQuestion]),
        ])
        let first = session.respond(judgment)
        #expect(first.reply == .reacts(to: .judgment))
        let second = session.respond(why)
        #expect(second.reply == .reacts(to: .whyQuestion))
        #expect(second.replyText == DefaultReactions.reaction(to: .whyQuestion))
        #expect(session.progress.revealed == 0)
    }

    @Test(
        "without the author's own reaction, a judgment of a third party gets agreement and one of the client defensiveness"
    )
    func judgmentReactionsFit() {
        let ofThem = "Wat een schandalige gemeente."
        let ofClient = "Dat had u veel eerder moeten doen, dat is slordig."
        var session = PracticeSession(
            exercise: PracticeFixtures.exercise(level: 1, ownReactions: false),
            analyze: PracticeFixtures.analyzer([
                ofThem: Script(flags: [(.judgment, .major)]), ofClient: Script(flags: [(.judgment, .major)]),
            ]))
        #expect(session.respond(ofThem).reply == .agrees)
        #expect(ClientLines.agrees.contains(session.turns[0].replyText))
        #expect(session.respond(ofClient).reply == .reacts(to: .judgment))
        #expect(ClientLines.defends.contains(session.turns[1].replyText))
    }

    @Test("an interpretation that names the client's own earlier words is recognised")
    func ownWordsRecognised() {
        let echo = "U snapt er niets van, die brief."
        var session = PracticeFixtures.session([echo: Script(flags: [(.interpretation, .minor)])])
        let turn = session.respond(echo)
        #expect(turn.reply == .reacts(to: .interpretation))
        #expect(ClientLines.recognises.contains(turn.replyText))
    }

    @Test("the same reaction never comes twice in a row")
    func reactionsVary() {
        let advice = "U moet bezwaar maken."
        var session = PracticeFixtures.session([advice: Script(flags: [(.advice, .major)])])
        let texts = (0..<4).map { _ in session.respond(advice).replyText }
        for index in 1..<texts.count { #expect(texts[index] != texts[index - 1]) }
        #expect(Set(texts.prefix(3)).count == 3)
    }

    @Test("a level 3 client stays guarded for two turns after a judgment, and silence does not calm them")
    func levelThreeClosesUp() {
        let judgment = "Dat had u beter niet kunnen doen."
        var session = PracticeSession(
            exercise: PracticeFixtures.exercise(level: 3),
            analyze: PracticeFixtures.analyzer([
                judgment: Script(flags: [(.judgment, .major)]), "...": Script(signals: [.silence]),
                "Wat stond er in de brief?": PracticeFixtures.open, "Wanneer kwam die?": PracticeFixtures.open,
                "Wie las hem met u?": PracticeFixtures.open,
            ]))
        session.respond(judgment)
        #expect(session.respond("...").reply == .waits)
        #expect(session.respond("Wat stond er in de brief?").reply == .holdsBack)
        #expect(session.respond("Wanneer kwam die?").reply == .holdsBack)
        #expect(session.respond("Wie las hem met u?").reply == .reveals(PracticeFixtures.neighbour))
    }

    @Test("a level 3 client tells key facts only to a targeted question")
    func levelThreeNeedsTargetedQuestions() {
        var session = PracticeSession(
            exercise: PracticeFixtures.exercise(level: 3),
            analyze: PracticeFixtures.analyzer([
                "Vertel eens?": PracticeFixtures.open, "En verder?": PracticeFixtures.open,
                "mm": Script(signals: [.encourager]),
            ]))
        #expect(session.respond("mm").reply == .waits)
        #expect(session.respond("Vertel eens?").reply == .reveals(PracticeFixtures.neighbour))
        #expect(session.respond("En verder?").reply == .waits)
        #expect(session.progress.keyRevealed == 0)
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
        var session = PracticeFixtures.completeFilm()
        #expect(session.progress.isComplete)
        #expect(session.stage == .late)
        let turn = session.respond(PracticeFixtures.opinionQuestion)
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
        session.respond("Wat gebeurde er daarna?")
        #expect(seen.contexts[0] == exercise.opening)
        #expect(seen.contexts[1] == exercise.opening + "\n" + PracticeFixtures.letter.line)
    }

    @Test("a statement with no question, no flag and no good move gets a waiting client and no fact")
    func plainStatementWaits() {
        var session = PracticeFixtures.session([:])
        let turn = session.respond("Ik snap het.")
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
        var session = PracticeFixtures.completeFilm()
        _ = session.hint()
        #expect(session.hint().contains("meningsvraag"))
    }
}

/// Collects what the analyzer was given, across the session's closure calls.
final class ContextRecorder: @unchecked Sendable {
    var contexts: [String] = []
}
