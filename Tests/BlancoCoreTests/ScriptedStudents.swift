@testable import BlancoCore

/// Students written once, for every exercise: they never look at an exercise file, only at
/// what the client says in the conversation, the way a trainee would. The calibration tests
/// play each against every bundled exercise.
struct ScriptedStudent: Sendable {
    let name: String
    /// The next response given the conversation so far; nil ends the exercise (`/klaar`).
    let next: @Sendable (_ session: PracticeSession, _ turn: Int) -> String?

    /// Plays the student to the end and returns the finished session.
    func play(_ exercise: Exercise) -> PracticeSession {
        var session = PracticeSession(exercise: exercise)
        var turn = 0
        while turn < 20, let response = next(session, turn) {
            session.respond(response)
            turn += 1
        }
        return session
    }

    /// A fixed list of responses, in the client's register where they say `{u}`.
    static func fixed(_ name: String, _ lines: [String]) -> ScriptedStudent {
        ScriptedStudent(name: name) { session, turn in
            turn < lines.count ? say(lines[turn], session.register) : nil
        }
    }

    // MARK: - Blank listeners

    /// Open questions about what happened, who, when, where, how it went on and how it
    /// was; what the client means; then the opinion.
    static let askingListener = fixed(
        "blanco luisteraar: vaste open vragen",
        [
            "Wat is er precies gebeurd?", "Wie waren erbij betrokken?", "Wanneer was dat?", "Waar was dat precies?",
            "Hoe ging het daarna verder?", "Hoe was dat voor {u}?", "Wat bedoel{t} {u} daar precies mee?",
            "Wat vind{t} {u} daar zelf van?",
        ])

    /// Listens to what the client says: summarises in a few of the client's own words and
    /// checks, asks about a vague word the client used, and asks the opinion last.
    static let summarisingListener = ScriptedStudent(name: "blanco luisteraar: vat samen en checkt") { session, turn in
        let u = session.register
        let plan: [String?] = [
            "Wat is er precies gebeurd?", summary(session), "Wie waren erbij betrokken?", "Wanneer was dat?",
            "Hoe ging het daarna verder?", vagueWordCheck(session), "Hoe was dat voor {u}?",
            "Waar speelde dit zich af?", "Wat vind{t} {u} daar zelf van?",
        ]
        guard turn < plan.count else { return nil }
        return say(plan[turn] ?? "Wat bedoel{t} {u} daar precies mee?", u)
    }

    // MARK: - Students who game the grade

    static let encouragersOnly = fixed("alleen aanmoedigingen", ["mm", "mm", "...", "ok", "mm", "ja"])
    static let offTopic = fixed(
        "vragen buiten het verhaal",
        [
            "Wat is {uw} lievelingskleur?", "Hoe laat is het nu?", "Waar ga{t} {u} op vakantie?",
            "Heb{t} {u} huisdieren?", "Wat eet {u} graag?", "Welke muziek luister{t} {u}?",
        ])
    static let parroting = ScriptedStudent(name: "leest de cliënt terug") { session, turn in
        guard turn < 5 else { return nil }
        let said = session.turns.last?.replyText ?? session.exercise.opening
        return said.split(separator: " ").prefix(14).joined(separator: " ")
    }
    static let judging = fixed(
        "oordeelt en adviseert",
        [
            "Wat erg zeg, dat is echt schandalig.", "{U} bent vast heel boos.", "{U} moet gewoon een klacht indienen.",
            "Waarom heb{t} {u} dat niet eerder gedaan?",
        ])
    static let sameQuestion = fixed(
        "dezelfde vraag vier keer", Array(repeating: "Wat is er precies gebeurd?", count: 4))

    // MARK: - Other students, to see where they land

    static let closedOnly = fixed(
        "alleen gesloten vragen",
        [
            "Was het erg?", "Heb{t} {u} er last van?", "Is het al opgelost?", "Was {u} alleen?",
            "Heb{t} {u} iemand gebeld?",
            "Was dat gisteren?",
        ])
    static let oneQuestion = fixed("stopt na één vraag", ["Wat is er precies gebeurd?"])
    static let opinionFirst = fixed(
        "vraagt eerst de mening",
        ["Wat vind{t} {u} daar zelf van?"]
            + [
                "Wat is er precies gebeurd?", "Wie waren erbij betrokken?", "Wanneer was dat?", "Waar was dat precies?",
                "Hoe ging het daarna verder?", "Hoe was dat voor {u}?", "Wat bedoel{t} {u} daar precies mee?",
                "Wat vind{t} {u} daar zelf van?",
            ])

    static let blankListeners = [askingListener, summarisingListener]
    static let gaming = [encouragersOnly, offTopic, parroting, judging, sameQuestion]
    static let others = [closedOnly, oneQuestion, opinionFirst]

    // MARK: - Helpers

    /// The line in the client's register: `{t}` is the verb ending of the u-form ("vindt u")
    /// and nothing in the je-form ("vind je"); `ClientLines.fill` fills `{u}` and `{uw}`.
    static func say(_ line: String, _ register: Register) -> String {
        ClientLines.fill(line.replacing("{t}", with: register == .u ? "t" : ""), register: register)
    }

    /// "Als ik het goed begrijp, gaat het om A, B en C. Klopt dat?", with three content
    /// words of the client's last answer.
    private static func summary(_ session: PracticeSession) -> String? {
        let said = session.turns.last?.replyText ?? session.exercise.opening
        let words = said.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 6 }
        guard words.count >= 3 else { return nil }
        return
            "Als ik het goed begrijp, gaat het om \(words[0].lowercased()), \(words[1].lowercased()) en \(words[2].lowercased()). Klopt dat?"
    }

    /// "Wat bedoelt u met 'gedoe'?" for the first vague word the client used.
    private static func vagueWordCheck(_ session: PracticeSession) -> String? {
        let said = session.clientWordsSoFar.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
        guard let word = said.first(where: Words.vagueWords.contains) else { return nil }
        return "Wat bedoel{t} {u} precies met \u{2018}\(word)\u{2019}?"
    }
}
