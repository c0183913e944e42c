import BlancoCore
import Foundation
import Platform

/// The interactive practice loop: picks an exercise, reads the trainee's lines, plays the
/// client through `PracticeSession`, handles slash commands and saves every turn and every
/// finished exercise in the journal. Saving problems are reported and never stop practice.
final class PracticeLoop {
    private let context: AppContext
    private let catalog: ExerciseCatalog
    /// `--profiel`, when given: it wins over the profile an exercise names.
    private let chosenProfile: Profile?
    private let view: PracticeView
    private let editor: LineEditor
    /// Nil when progress cannot be saved (no data folder, or a journal that cannot be read).
    private var journal: Journal?
    private var reportedSaveFailure = false
    /// Records saved and records that could not be, for a truthful goodbye.
    private var savedCount = 0
    private var unsavedCount = 0
    private var session: PracticeSession?
    private var attempt = JournalRecord.newAttemptID()

    init(context: AppContext, catalog: ExerciseCatalog, profile: Profile?, dataDirectory: String?) {
        self.context = context
        self.catalog = catalog
        chosenProfile = profile
        view = PracticeView(colors: context.colorsStandardOutput, width: TerminalSize.columns)
        editor = LineEditor(historyFile: dataDirectory.map { $0 + "/history" })
        if let dataDirectory {
            let journal = Journal(directory: dataDirectory)
            do {
                let contents = try journal.read()
                for warning in contents.warnings { context.warning(warning) }
                self.journal = journal
            } catch {
                context.warning(error.description)
            }
        } else {
            context.warning("er is geen map voor je voortgang (HOME en BLANCO_HOME ontbreken); deze sessie wordt niet bewaard")
        }
    }

    /// Runs until `/stop`, Ctrl-D, Ctrl-C on an empty line or the end of the input.
    func run(startingWith exercise: Exercise?) -> ExitCode {
        if let exercise {
            start(exercise)
        } else {
            showPicker()
        }
        while true {
            switch editor.readLine(prompt: session == nil ? "oefening> " : "jij> ") {
            case .endOfInput, .interrupt:
                say("")
                sayGoodbye()
                return .ok
            case .line(let line) where Limits.practiceLine.isExceeded(by: line):
                // Refused before any work (analysis, suggestions) and never saved.
                say("Die regel is te lang: \(Limits.practiceLine.message). Zeg het korter, in een paar zinnen.")
            case .line(let line):
                if SlashCommand.isCommand(line) {
                    switch SlashCommand.parse(line) {
                    case .success(.quit):
                        sayGoodbye()
                        return .ok
                    case .success(let command):
                        perform(command)
                    case .failure(let error):
                        say(TerminalText.sanitize(error.description, keepNewlines: false))
                    }
                } else if session != nil {
                    if PracticeSession.isResponse(line) {
                        respond(line)
                    } else {
                        say(view.emptyLine())
                    }
                } else {
                    choose(line)
                }
            }
        }
    }

    // MARK: - Exercises

    private func start(_ exercise: Exercise) {
        let profile = chosenProfile ?? catalog.profile(for: exercise) ?? .standard
        session = PracticeSession(exercise: exercise, profile: profile)
        attempt = JournalRecord.newAttemptID()
        say("")
        if profile != .standard {
            say(TerminalText.sanitize("Profiel: \(profile.id) (\(profile.title))", keepNewlines: false))
        }
        say(view.scene(session!))
    }

    private func showPicker() {
        say("Welkom bij blanco. Kies een oefening: typ het nummer of het id.")
        say(view.exerciseList(catalog.exercises, progress: progress()))
    }

    /// A line typed at the picker: a number from the list or an exercise id.
    private func choose(_ line: String) {
        let choice = line.trimmingCharacters(in: .whitespaces)
        guard !choice.isEmpty else { return }
        if let number = Int(choice), catalog.exercises.indices.contains(number - 1) {
            start(catalog.exercises[number - 1])
        } else if let exercise = catalog.exercise(id: choice) {
            start(exercise)
        } else {
            say(unknownExercise(choice))
        }
    }

    func unknownExercise(_ id: String) -> String {
        var message = "Die oefening ken ik niet: '\(TerminalText.sanitize(id, keepNewlines: false))'."
        if let close = EditDistance.closest(to: id, in: catalog.exercises.map(\.id)) {
            message += " Bedoelde je '\(close)'?"
        }
        return message + " Typ een nummer of id uit de lijst, of /lijst."
    }

    private func progress() -> [String: ExerciseProgress] {
        guard let journal, let contents = try? journal.read() else { return [:] }
        return contents.progress
    }

    // MARK: - Turns

    private func respond(_ line: String) {
        guard var current = session else { return }
        let wasComplete = current.progress.isComplete
        let turn = current.respond(line)
        session = current
        say(view.turn(turn, session: current, filmJustCompleted: !wasComplete && current.progress.isComplete))
        save(.turn(turn, attempt: attempt, exercise: current.exercise.id, time: Date()))
    }

    private func perform(_ command: SlashCommand) {
        switch command {
        case .help:
            say(view.help())
        case .list:
            say(view.exerciseList(catalog.exercises, progress: progress()))
            say("Begin er een met /oefen ID.")
        case .practice(let id?):
            if let exercise = catalog.exercise(id: id) {
                start(exercise)
            } else {
                say(unknownExercise(id))
            }
        case .practice(nil):
            session = nil
            showPicker()
        case .hint:
            guard var current = session else { return sayChooseFirst() }
            let text = current.hint()
            session = current
            say(view.hint(text, number: current.hintsUsed.count))
        case .film:
            guard let current = session else { return sayChooseFirst() }
            say(view.film(current))
        case .score:
            guard let current = session else { return sayChooseFirst() }
            say(view.score(current.score, turns: current.turns.count))
        case .restart:
            guard let current = session else { return sayChooseFirst() }
            say("We beginnen opnieuw.")
            start(current.exercise)
        case .done:
            guard let current = session else { return sayChooseFirst() }
            finish(current)
        case .quit:
            break
        }
    }

    private func finish(_ finished: PracticeSession) {
        guard !finished.turns.isEmpty else {
            say("Je hebt nog niets tegen de cliënt gezegd, dus er valt nog niets na te bespreken. Typ een reactie, of /stop.")
            return
        }
        say(view.debrief(finished.debrief))
        save(.finished(finished, attempt: attempt, time: Date()))
        session = nil
        say("")
        say("Kies een volgende oefening (nummer of id), bekijk ze met /lijst, of stop met /stop.")
    }

    private func sayChooseFirst() {
        say("Kies eerst een oefening: typ een nummer of id, of /lijst.")
    }

    private func sayGoodbye() {
        // Only what really happened: nothing is called saved that was not.
        if unsavedCount > 0 {
            say("Tot de volgende keer. Let op: \(savedCount == 0 ? "deze sessie is niet bewaard" : "niet alles van deze sessie is bewaard") (zie de melding hierboven).")
        } else if savedCount > 0 {
            say("Tot de volgende keer. Je voortgang is bewaard.")
        } else {
            say("Tot de volgende keer.")
        }
    }

    // MARK: - Output and saving

    private func say(_ text: String) {
        context.out.line(text)
    }

    private func save(_ record: JournalRecord) {
        guard let journal else {
            unsavedCount += 1
            return
        }
        do {
            try journal.append(record)
            savedCount += 1
            reportedSaveFailure = false
        } catch {
            unsavedCount += 1
            if !reportedSaveFailure { context.warning(error.description) }
            reportedSaveFailure = true
        }
    }
}
