import BlancoCore
import DisplayText
import Platform

/// `blanco validate --proef ID VRAAG...`: which fact each question brings up, and why.
enum ProbeReport {
    static func run(exercise id: String, questions: [String], _ context: AppContext) -> ExitCode {
        guard !questions.isEmpty else {
            context.error(
                "geef na --proef \(id) een of meer vragen, bijvoorbeeld: blanco validate --proef \(id) \"Wanneer was dat?\""
            )
            return .usage
        }
        let exercise: Exercise
        if id.lowercased().hasSuffix(".md") {
            switch ExerciseFiles.load(id) {
            case .success(let loaded): exercise = loaded
            case .failure(let error):
                for problem in error.problems {
                    context.out.line(TerminalText.sanitize(problem.description, keepNewlines: false))
                }
                return .dataError
            }
        } else {
            let catalog = ExerciseCatalog.load(directory: context.exercisesDirectory)
            guard let found = catalog.exercise(id: id) else {
                var message = "onbekende oefening '\(id)'"
                if let close = EditDistance.closest(to: id, in: catalog.exercises.map(\.id)) {
                    message += "; bedoelde je '\(close)'?"
                }
                context.error(message)
                return .usage
            }
            exercise = found
        }
        let width = min(100, TerminalSize.columns(environment: context.environment))
        func say(_ text: String, indent: String = "  ") {
            context.out.line(
                TextWrap.wrap(TerminalText.sanitize(text, keepNewlines: false), width: width, indent: indent))
        }
        for (index, answer) in FactProbe(exercise: exercise).answers(to: questions).enumerated() {
            if index > 0 { context.out.line() }
            say("\(index + 1). \u{201C}\(answer.question)\u{201D}", indent: "")
            switch answer.reply {
            case .reveals(let fact):
                say("→ het feit op regel \(fact.sourceLine) (\(describe(fact))): \u{201C}\(fact.line)\u{201D}")
                var why = "waarom: " + reading(of: answer.move)
                if answer.touchedWords.isEmpty {
                    why += "; de vraag raakt geen onderwerpwoord van dit feit"
                } else {
                    why += "; de vraag raakt de onderwerpwoorden " + quoted(answer.touchedWords)
                }
                say(why + ".")
            default:
                let flagged = answer.flag.map { " (\u{201C}\($0.text)\u{201D})" } ?? ""
                say("→ geen nieuw feit: \(outcome(of: answer.reply))\(flagged).")
                say("de cliënt: \u{201C}\(answer.replyText)\u{201D}")
                say("waarom: " + reading(of: answer.move) + ".")
            }
            for other in answer.alsoTouched {
                say(
                    "ook geraakt, maar niet gekozen: het feit op regel \(other.fact.sourceLine) (\(describe(other.fact))) via "
                        + quoted(other.words) + ".")
            }
        }
        return .ok
    }

    /// How the session read the question, in the words of the debrief.
    private static func reading(of move: ListenerMove) -> String {
        if case .factQuestion(let aspect?) = move {
            return "een open vraag naar feiten, gericht op '\(aspect.rawValue)'"
        }
        return "blanco leest dit als: " + move.dutchName
    }

    /// What the client does instead of telling a fact.
    private static func outcome(of reply: ClientReply) -> String {
        switch reply {
        case .reveals: "de cliënt vertelt een feit"
        case .reacts(let category): "de cliënt reageert op een \(category.dutchName)"
        case .agrees: "de cliënt is het met je oordeel eens en blijft daarin hangen"
        case .givesOpinion: "de film is compleet; de cliënt geeft zijn mening"
        case .hasNothingToAdd: "de cliënt heeft de hele film al verteld"
        case .waits: "de cliënt wacht af"
        case .puzzled: "de vraag gaat over iets buiten het verhaal; de cliënt volgt je niet"
        case .alreadyTold: "dezelfde vraag als eerder; de cliënt heeft dat al verteld"
        case .hearsOwnWords: "de cliënt hoort zijn eigen woorden terug"
        case .answersBriefly: "een gesloten vraag krijgt een kort antwoord"
        case .holdsBack: "na een oordeel houdt de cliënt zijn verhaal even voor zich"
        }
    }

    private static func describe(_ fact: Fact) -> String {
        fact.aspect.rawValue + (fact.isKey ? ", kern" : "")
    }

    private static func quoted(_ words: [String]) -> String {
        words.map { "'\($0)'" }.joined(separator: ", ")
    }
}
