import BlancoCore
import Testing

@Suite("A blank alternative fits the case and the trainee's je or u")
struct BlankAlternativeTests {
    let story = StoryVocabulary(exercise: PracticeFixtures.exercise)

    @Test("an example naming someone this story does not have becomes case-neutral; the advice stays")
    func noNounFromAnotherVignette() {
        let fitted = BlankAlternative.fit(
            "Vraag wat er gebeurde en wat de ander zei of deed: \"Wat zei de monteur toen?\"", story: story,
            register: .u)
        #expect(fitted == "Vraag wat er gebeurde en wat de ander zei of deed: \"Wat gebeurde er toen precies?\"")
    }

    @Test("an example with the client's own words stays as it is")
    func ownWordsStay() {
        let suggestion = "Vraag naar de feiten: \"Wat stond er in de brief?\""
        #expect(BlankAlternative.fit(suggestion, story: story, register: .u) == suggestion)
    }

    @Test("the example follows the trainee's register, verb included; the advice to the trainee keeps 'je'")
    func followsRegister() {
        #expect(
            BlankAlternative.fit("Houd je oordeel voor je: \"Hoe was dat voor je?\"", story: story, register: .u)
                == "Houd je oordeel voor je: \"Hoe was dat voor u?\"")
        #expect(
            BlankAlternative.fit("Vraag het open: \"Wat vindt u daarvan?\"", story: story, register: .je)
                == "Vraag het open: \"Wat vind je daarvan?\"")
        #expect(
            BlankAlternative.fit("Vraag: \"Wat heb je tot nu toe gedaan?\"", story: story, register: .u)
                == "Vraag: \"Wat hebt u tot nu toe gedaan?\"")
    }

    @Test("mixing je and u is named once, at the turn where it starts, with the form this client expects")
    func mixingIsNamed() {
        var session = PracticeFixtures.session([:])
        session.respond("Wat gebeurde er met u?")
        session.respond("Hoe was dat voor je?")
        let note = RegisterNote.mixing(in: session.turns, register: session.register)
        #expect(note?.turn == 2)
        #expect(note?.text.contains("past \u{2018}u\u{2019}") == true)
    }
}
