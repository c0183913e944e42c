import BlancoCore

/// A small exercise and a scripted analyzer, so practice tests can feed the session exact
/// flags and signals and check what the simulated client does with them.
enum PracticeFixtures {
    static func fact(_ aspect: Aspect, key: Bool, _ line: String, _ words: [String], at sourceLine: Int) -> Fact {
        Fact(aspect: aspect, isKey: key, line: line, topicWords: words, sourceLine: sourceLine)
    }

    static let letter = fact(
        .wat, key: true, "Er kwam een brief van de gemeente over de huur.", ["brief", "post"], at: 10)
    static let when = fact(.wanneer, key: true, "Dat was vorige week dinsdag.", ["dinsdag", "week"], at: 14)
    static let neighbour = fact(.wie, key: false, "Mijn buurvrouw las hem met me door.", ["buurvrouw", "hulp"], at: 18)
    static let feeling = fact(
        .beleving, key: true, "Ik heb er die nacht slecht van geslapen.", ["slapen", "geslapen", "nacht"], at: 22)

    static let exercise = exercise(level: 1)

    static func exercise(level: Int, ownReactions: Bool = true) -> Exercise {
        Exercise(
            id: "brief-huur", title: "De brief over de huur", domain: "wonen", level: level,
            client: Client(name: "Anja de Wit", about: "52 jaar, belt het wijkteam."),
            opening: "Ik heb een brief gekregen en ik snap er niets van.",
            film: [letter, when, neighbour, feeling],
            lures: [
                Lure(category: .judgment, hint: "De gemeente lijkt onhandig; houd dat oordeel voor je."),
                Lure(category: .advice, hint: "Je wilt meteen bezwaar voorstellen."),
            ],
            reactions: ownReactions
                ? [.judgment: "Nou, ik weet niet of het zo erg is.", .advice: "Ik wilde eerst vertellen wat er is."]
                : [:],
            opinion: "Ik vind dat ze het duidelijker hadden mogen uitleggen.",
            modelResponses: ["Wat stond er in de brief?"],
            debrief: "Anja kreeg dinsdag een brief over de huur en sliep er slecht van.",
            reflectionQuestions: ["Welk oordeel had je klaar?"], source: "test")
    }

    /// What the scripted analyzer finds in a response.
    struct Script: Sendable {
        var flags: [(Category, Severity)] = []
        var signals: [Signal.Kind] = []
    }

    /// An analyzer that reads the script for each response (exact text), and finds
    /// nothing in responses it has no script for.
    static func analyzer(_ scripts: [String: Script]) -> PracticeSession.Analyze {
        { response, _, stage in
            let span = TextSpan(start: 0, end: response.unicodeScalars.count)
            let script = scripts[response] ?? Script()
            let flags = script.flags.map { category, severity in
                Flag(
                    category: category, ruleID: "test", severity: severity, span: span, text: response,
                    message: "test", suggestion: "test")
            }
            let signals = script.signals.map { Signal(kind: $0, span: span, text: response) }
            let points = max(0, 100 - 20 * flags.count)
            return Analysis(
                response: response, stage: stage, flags: flags, signals: signals,
                score: ResponseScore(points: points, grade: 1 + 9 * Double(points) / 100, lines: []))
        }
    }

    static func session(_ scripts: [String: Script]) -> PracticeSession {
        PracticeSession(exercise: exercise, analyze: analyzer(scripts))
    }

    static let open = Script(signals: [.openQuestion])

    static let opinionQuestion = "Wat vindt u er zelf van?"

    /// The three questions that reveal the three key facts, and their scripts.
    static let keyQuestions = ["Wat stond er in de brief?", "Wanneer kwam die brief?", "Hoe was dat voor u?"]
    static let listeningScripts: [String: Script] = [
        keyQuestions[0]: open, keyQuestions[1]: open, keyQuestions[2]: Script(signals: [.experienceQuestion]),
        opinionQuestion: Script(signals: [.opinionQuestion]),
    ]

    /// A session where the three key questions made the film complete.
    static func completeFilm(_ extra: [String: Script] = [:]) -> PracticeSession {
        var session = session(listeningScripts.merging(extra) { $1 })
        for question in keyQuestions { session.respond(question) }
        return session
    }
}
