import BlancoCore
import Dispatch
import DisplayText
import Platform

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The interactive practice loop: picks an exercise, reads the trainee's lines, plays the
/// client through `PracticeSession`, handles slash commands and saves every turn and every
/// finished exercise in the journal. Saving problems are reported and never stop practice.
final class PracticeLoop {
    let context: AppContext
    private let catalog: ExerciseCatalog
    /// `--profiel`, when given: it wins over the profile an exercise names.
    private let chosenProfile: Profile?
    /// The rule book with `--regels`' own rules added, or nil for the bundled one.
    private let rules: RuleBook?
    /// Made for every message, so text printed after a resize wraps at the new width.
    private var view: PracticeView { PracticeView(colors: context.colorsStandardOutput, width: TerminalSize.columns) }
    private let editor: LineEditor
    /// Nil when progress cannot be saved (no data folder, or a journal that cannot be read).
    private var journal: Journal?
    /// Where the records are that practice reads from the journal: the current goal's
    /// attempt, and per exercise the attempt that may be continued.
    private var digest = JournalDigest()
    /// Attempts whose journal records `reflection` holds.
    private var attemptsRead: Set<String> = []
    private var reportedSaveFailure = false
    /// Records saved and records that could not be, for a truthful goodbye.
    private var savedCount = 0
    private var unsavedCount = 0
    private var session: PracticeSession?
    /// The profile `session` is graded with, for the hand-in to record.
    private var sessionProfile = Profile.standard
    private var attempt = JournalRecord.newAttemptID()
    /// Self-assessment, learning goal and `/export` (PracticeLoop+Reflection.swift).
    var reflection: PracticeReflection
    let dataDirectory: String?
    /// `--hand-in MAP`: finished attempts are also written into the class's folder.
    var handIn: HandInDelivery?

    init(
        context: AppContext, catalog: ExerciseCatalog, profile: Profile?, rules: RuleBook? = nil, dataDirectory: String?
    ) {
        self.context = context
        self.catalog = catalog
        chosenProfile = profile
        self.rules = rules
        editor = LineEditor(historyFile: dataDirectory.map { $0 + "/history" })
        self.dataDirectory = dataDirectory
        reflection = PracticeReflection(catalog: catalog)
        if let dataDirectory {
            let journal = Journal(directory: dataDirectory)
            do {
                // The summary (from journal.index when it matches), not every record: a
                // journal of years of use starts as fast as a new one.
                let summary = try journal.read()
                for warning in summary.warnings { context.warning(warning) }
                self.journal = journal
                digest = summary.digest
                readAttempt(digest.currentGoalAttempt)
            } catch {
                context.warning(error.description)
            }
        } else {
            context.warning(
                "er is geen map voor je voortgang (HOME en BLANCO_HOME ontbreken); deze sessie wordt niet bewaard")
        }
    }

    /// Runs until `/stop`, Ctrl-D, Ctrl-C on an empty line or the end of the input.
    func run(startingWith exercise: Exercise?) -> ExitCode {
        if rules == nil { DispatchQueue.global().async { Analyzer.prepareStandardRuleBook() } }
        if let exercise {
            start(exercise)
        } else {
            showPicker()
        }
        while true {
            if let interrupted {
                say("")
                say(wrapped(interrupted.message))
                sayGoodbye()
                return .interrupted
            }
            if quitting {
                sayGoodbye()
                return .ok
            }
            switch editor.readLine(prompt: session == nil ? "oefening> " : "jij> ") {
            case .endOfInput, .interrupt:
                say("")
                sayGoodbye()
                return .ok
            case .line(let line) where Limits.practiceLine.isExceeded(by: line):
                // Refused before any work (analysis, suggestions) and never saved.
                say("Die regel is te lang: \(Limits.practiceLine.message). Zeg het korter, in een paar zinnen.")
            case .line(let line):
                handle(line)
            }
        }
    }

    /// Set by `/stop`: the loop says goodbye and ends.
    private var quitting = false

    /// Set when Ctrl-C stopped long work (`Interruption`): the loop says what was left
    /// undone and ends with exit code 130, as a program ended by Ctrl-C does.
    private var interrupted: Interrupted?

    enum Interrupted {
        case turn, replay

        var message: String {
            switch self {
            case .turn:
                "Onderbroken met Ctrl-C: je laatste reactie is niet geanalyseerd en niet bewaard. Wat je eerder deed, staat veilig in je logboek."
            case .replay:
                "Onderbroken met Ctrl-C tijdens het terugzetten van je eerdere gesprek. Er is niets veranderd: kies de oefening opnieuw om het voort te zetten."
            }
        }
    }

    /// One line: a command, a response to the client, or a choice at the picker.
    private func handle(_ line: String) {
        if SlashCommand.isCommand(line) {
            switch SlashCommand.parse(line) {
            case .success(.quit):
                quitting = true
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

    // MARK: - Exercises

    /// Starts an exercise; when the journal holds an unfinished attempt at it, offers to
    /// continue that one with the film so far.
    private func start(_ exercise: Exercise, offeringToResume: Bool = true) {
        let profile = chosenProfile ?? catalog.profile(for: exercise) ?? .standard
        if offeringToResume, let unfinished = unfinishedAttempt(exercise.id) {
            let fresh = PracticeSession(exercise: exercise, profile: profile, rules: rules)
            // A long conversation takes a while to replay: Ctrl-C stops it.
            guard
                let replayed = Interruption.run({
                    unfinished.replay(into: fresh, shouldStop: { Interruption.wasRequested })
                }),
                let resumed = replayed
            else {
                interrupted = .replay
                return
            }
            say("")
            say(view.resumeOffer(resumed))
            let answer = ask(prompt: "verder? (ja/nee)> ")
            if answer == .yes {
                session = resumed
                sessionProfile = profile
                attempt = unfinished.attempt
                say("")
                say(view.scene(resumed))
                say(view.film(resumed))
                return
            }
            startFresh(exercise, profile: profile)
            // A line that is neither yes nor no was meant for the client (or is a command).
            if case .other(let line) = answer { handle(line) }
            return
        }
        startFresh(exercise, profile: profile)
    }

    private func startFresh(_ exercise: Exercise, profile: Profile) {
        session = PracticeSession(exercise: exercise, profile: profile, rules: rules)
        sessionProfile = profile
        attempt = JournalRecord.newAttemptID()
        say("")
        if profile != .standard {
            say(TerminalText.sanitize("Profiel: \(profile.id) (\(profile.title))", keepNewlines: false))
        }
        say(view.scene(session!))
        sayGoalReminder()
    }

    /// From the journal's latest attempt at the exercise and the records saved since, so
    /// only that attempt's lines are read.
    private func unfinishedAttempt(_ id: String) -> UnfinishedAttempt? {
        guard journal != nil else { return nil }
        readAttempt(digest.latestAttempt[id])
        return JournalContents(records: reflection.records, warnings: []).unfinishedAttempt(exercise: id)
    }

    /// Reads the journal's records of `attempt` into `reflection`, once.
    private func readAttempt(_ attempt: String?) {
        guard let attempt, let journal, let lines = digest.lines(of: attempt), attemptsRead.insert(attempt).inserted
        else { return }
        do {
            reflection.include(try journal.records(at: lines).filter { $0.record.attempt == attempt })
        } catch {
            context.warning(error.description)
        }
    }

    enum Answer: Equatable {
        case yes, no
        /// Neither: a line meant for the client or a command.
        case other(String)
    }

    /// Asks a yes/no question: Enter, "ja", "j", "yes" or "y" is yes; "nee", "n", "no" or the
    /// end of the input is no; anything else is passed back.
    private func ask(prompt: String) -> Answer {
        guard case .line(let line) = editor.readLine(prompt: prompt, remember: false) else { return .no }
        let answer = line.trimmingWhitespace().lowercased()
        if ["", "ja", "j", "yes", "y"].contains(answer) { return .yes }
        if ["nee", "n", "no"].contains(answer) { return .no }
        return .other(line)
    }

    /// Leaving a conversation with turns asks first; the turns stay in the journal. A line
    /// that is no answer stays and is handled as usual.
    private func mayLeave() -> Bool {
        guard let current = session, !current.turns.isEmpty else { return true }
        say(view.leaveQuestion(current))
        let answer = ask(prompt: "verlaten? (ja/nee)> ")
        guard answer != .yes else { return true }
        say("Je blijft bij deze oefening.")
        if case .other(let line) = answer { handle(line) }
        return false
    }

    private func showPicker() {
        say("Welkom bij blanco. Kies een oefening: typ het nummer of het id.")
        say(view.exerciseList(catalog.exercises, progress: progress()))
    }

    /// A line typed at the picker: a number from the list or an exercise id.
    private func choose(_ line: String) {
        let choice = line.trimmingWhitespace()
        guard !choice.isEmpty else { return }
        if let exercise = exercise(chosen: choice) {
            start(exercise)
        } else {
            say(unknownExercise(choice))
        }
    }

    /// An exercise by its number in the list or by its id.
    private func exercise(chosen choice: String) -> Exercise? {
        if let number = Int(choice), catalog.exercises.indices.contains(number - 1) {
            return catalog.exercises[number - 1]
        }
        return catalog.exercise(id: choice)
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
        // Ctrl-C during the analysis stops it: the turn is then not shown or saved.
        guard
            let (answered, turn) = Interruption.run({ () -> (PracticeSession, PracticeTurn) in
                let turn = current.respond(line)
                return (current, turn)
            })
        else {
            interrupted = .turn
            return
        }
        current = answered
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
            guard let exercise = exercise(chosen: id) else { return say(unknownExercise(id)) }
            guard mayLeave() else { return }
            start(exercise)
        case .practice(nil):
            guard mayLeave() else { return }
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
            start(current.exercise, offeringToResume: false)
        case .done:
            guard let current = session else { return sayChooseFirst() }
            finish(current)
        case .reflect:
            reflectOnLastAttempt()
        case .export(let format):
            exportLastAttempt(format)
        case .quit:
            break
        }
    }

    private func finish(_ finished: PracticeSession) {
        guard !finished.turns.isEmpty else {
            say(
                "Je hebt nog niets tegen de cliënt gezegd, dus er valt nog niets na te bespreken. Typ een reactie, of /stop."
            )
            return
        }
        let goalBefore = reflection.currentGoal
        save(.finished(finished, attempt: attempt, time: Date()))
        session = nil
        // The trainee rates themselves before seeing the coach's grade.
        let typedCommand = askSelfAssessment(attempt: attempt, exercise: finished.exercise.id)
        say(view.debrief(finished.debrief))
        say(reflectionDebrief(attempt: attempt, goalBefore: goalBefore))
        if let handIn { say(handIn.deliver(attempt: attempt, profile: sessionProfile)) }
        say("")
        say("Kies een volgende oefening (nummer of id), bekijk ze met /lijst, of stop met /stop.")
        if let typedCommand { handle(typedCommand) }
    }

    private func sayChooseFirst() {
        say("Kies eerst een oefening: typ een nummer of id, of /lijst.")
    }

    private func sayGoodbye() {
        // Only what really happened: nothing is called saved that was not.
        if unsavedCount > 0 {
            say(
                "Tot de volgende keer. Let op: \(savedCount == 0 ? "deze sessie is niet bewaard" : "niet alles van deze sessie is bewaard") (zie de melding hierboven)."
            )
        } else if savedCount > 0, let current = session, !current.turns.isEmpty {
            say(
                TextWrap.wrap(
                    "Tot de volgende keer. Je voortgang is bewaard; kies \u{2018}\(TerminalText.sanitize(current.exercise.id, keepNewlines: false))\u{2019} opnieuw om dit gesprek voort te zetten.",
                    width: TerminalSize.columns))
        } else if savedCount > 0 {
            say("Tot de volgende keer. Je voortgang is bewaard.")
        } else {
            say("Tot de volgende keer.")
        }
    }

    // MARK: - Output and saving

    func say(_ text: String) {
        context.out.line(text)
    }

    func readAnswer(_ prompt: String) -> String? {
        if case .line(let line) = editor.readLine(prompt: prompt) { return line }
        return nil
    }

    func save(_ record: JournalRecord) {
        reflection.remember(record)
        handIn?.note(record)
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
