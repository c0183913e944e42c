import BlancoCore
import Testing

@Suite("The debrief as data")
struct DebriefTests {
    typealias Script = PracticeFixtures.Script

    @Test("every turn keeps its move, its flags with the exact words, and the fact it brought")
    func turnNotes() {
        var session = PracticeFixtures.session([
            "Wat gebeurde er met de brief?": PracticeFixtures.open,
            "Wat een rotbrief.": Script(flags: [(.judgment, .major)]),
        ])
        session.respond("Wat gebeurde er met de brief?")
        session.respond("Wat een rotbrief.")
        let notes = session.debrief.notes
        #expect(notes[0].move == .factQuestion(.wat))
        #expect(notes[0].revealed == PracticeFixtures.letter)
        #expect(notes[1].flags.map(\.text) == ["Wat een rotbrief."])
        #expect(session.debrief.film.first { $0.fact == PracticeFixtures.letter }?.revealedInTurn == 1)
    }

    @Test("a vague word of the client that the trainee never came back to is a missed chance")
    func missedChances() {
        #expect(PracticeFixtures.completeFilm().debrief.missedChances.isEmpty)
        let asked = PracticeSession(exercise: exerciseWithVagueOpening, analyze: PracticeFixtures.analyzer([:]))
        var checked = asked
        checked.respond("Wat bedoelt u met gedoe?")
        #expect(checked.debrief.missedChances.isEmpty)
        let chances = MissedChance.find(exercise: exerciseWithVagueOpening, turns: [])
        #expect(chances.map(\.word) == ["gedoe"])
        #expect(chances[0].text(clientName: "Anja").contains("Anja noemde \u{2018}gedoe\u{2019} (in de opening)"))
    }

    @Test("whether and when the opinion was asked")
    func opinionTiming() {
        var asked = PracticeFixtures.completeFilm()
        asked.respond(PracticeFixtures.opinionQuestion)
        #expect(asked.debrief.opinion == .askedWhenFilmComplete(turn: 4))
        #expect(PracticeFixtures.completeFilm().debrief.opinion == .notAsked)
    }

    @Test("reflection questions name what this trainee did, and never presuppose a flag that was not there")
    func reflectionFitsWhatHappened() {
        var blank = PracticeFixtures.completeFilm()
        blank.respond(PracticeFixtures.opinionQuestion)
        #expect(!blank.debrief.reflectionQuestions.contains { $0.contains("In beurt") })
        var flagged = PracticeFixtures.session(["Wat een rotbrief.": Script(flags: [(.judgment, .major)])])
        flagged.respond("Wat een rotbrief.")
        #expect(
            flagged.debrief.reflectionQuestions.first
                == "In beurt 1 zei je \u{201C}Wat een rotbrief.\u{201D} Wat ging er op dat moment door je heen?")
        #expect(
            !flagged.debrief.reflectionQuestions.contains { $0.contains("zelf van vond") },
            "the film was not complete: no opinion was due")
        let skipped = PracticeFixtures.completeFilm()
        #expect(skipped.debrief.reflectionQuestions.contains { $0.contains("zelf van vond") })
    }

    private var exerciseWithVagueOpening: Exercise {
        let base = PracticeFixtures.exercise
        return Exercise(
            id: base.id, title: base.title, domain: base.domain, level: 1, client: base.client,
            opening: "Er is allemaal gedoe met een brief.", film: base.film, lures: base.lures,
            reactions: base.reactions,
            opinion: base.opinion, modelResponses: base.modelResponses, debrief: base.debrief,
            reflectionQuestions: base.reflectionQuestions, source: "test")
    }
}
