import BlancoCore

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
                if answer.touchedWords.isEmpty {
                    let moves = answer.signals.map(\.dutchName).joined(separator: ", ")
                    say(
                        "waarom: de vraag raakt geen onderwerpwoord van dit feit; de cliënt vertelt het omdat de reactie een goede zet is (\(moves.isEmpty ? "geen" : moves))."
                    )
                } else {
                    say("waarom: de vraag raakt de onderwerpwoorden " + quoted(answer.touchedWords) + ".")
                }
            case .reacts(let category):
                let flagged = answer.flag.map { " (\u{201C}\($0.text)\u{201D})" } ?? ""
                say(
                    "→ geen feit: de cliënt reageert op een \(category.dutchName)\(flagged): \u{201C}\(answer.replyText)\u{201D}"
                )
            case .givesOpinion:
                say("→ de mening van de cliënt: de film is compleet.")
            case .hasNothingToAdd:
                say("→ geen feit: de cliënt heeft de hele film al verteld.")
            case .waits:
                say("→ geen feit: de cliënt wacht af (geen vraag of goede zet die hij kan gebruiken).")
            }
            for other in answer.alsoTouched {
                say(
                    "ook geraakt, maar niet gekozen: het feit op regel \(other.fact.sourceLine) (\(describe(other.fact))) via "
                        + quoted(other.words) + ".")
            }
        }
        return .ok
    }

    private static func describe(_ fact: Fact) -> String {
        fact.aspect.rawValue + (fact.isKey ? ", kern" : "")
    }

    private static func quoted(_ words: [String]) -> String {
        words.map { "'\($0)'" }.joined(separator: ", ")
    }
}
