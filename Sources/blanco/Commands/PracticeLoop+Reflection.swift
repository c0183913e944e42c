import BlancoCore
import DisplayText
import Platform

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The practice loop's self-assessment: the learning goal at the start, the self-rating
/// and reflection at `/klaar` before the grade, self versus coach in the debrief,
/// `/reflectie` and `/export` for the attempt just finished.
extension PracticeLoop {
    /// Names the current learning goal under the scene.
    func sayGoalReminder() {
        guard let reminder = reflection.goalReminder else { return }
        say(wrapped(reminder))
    }

    /// Asks the self-assessment questions and saves the answers; returns a slash command
    /// typed instead of an answer, for the loop to run.
    func askSelfAssessment(attempt: String, exercise: String) -> String? {
        say("")
        let answers = dialog().ask(current: nil)
        for record in ReflectionDialog.records(answers, attempt: attempt, exercise: exercise, time: Date()) {
            save(record)
        }
        return answers.command
    }

    /// Self next to coach, the reflection, and progress on the goal set before.
    func reflectionDebrief(attempt: String, goalBefore: (text: String, attempt: String)?) -> String {
        // Table rows keep their columns; only longer lines are wrapped.
        reflection.debriefLines(for: attempt, goalBefore: goalBefore).map { line in
            DisplayWidth.of(line) <= TerminalSize.columns ? TerminalText.sanitize(line) : wrapped(line)
        }.joined(separator: "\n")
    }

    /// `/reflectie`: change the self-assessment of the attempt just finished.
    func reflectOnLastAttempt() {
        guard let id = reflection.lastFinished, let attempt = reflection.attempt(id) else {
            say(wrapped("Rond eerst een oefening af met /klaar; daarna kun je er met /reflectie op terugkijken."))
            return
        }
        say(wrapped("Terugkijken op \(attempt.exercise.displayTitle). Enter houdt wat je al had."))
        let answers = dialog().ask(current: attempt)
        for record in ReflectionDialog.records(answers, attempt: id, exercise: attempt.exercise.id, time: Date()) {
            save(record)
        }
        say(reflectionDebrief(attempt: id, goalBefore: nil))
        if let command = answers.command { say(wrapped("(Typ \(command) nog eens om het uit te voeren.)")) }
    }

    /// `/export [format]`: the attempt just finished as a file in the current folder.
    func exportLastAttempt(_ formatName: String?) {
        guard let id = reflection.lastFinished else {
            say(wrapped("Rond eerst een oefening af met /klaar; daarna bewaar je die poging met /export."))
            return
        }
        guard let format = formatName.map({ ExportFormat(name: $0) }) ?? .html else {
            say(wrapped("/export kent html, md, csv en json, niet '\(formatName ?? "")'."))
            return
        }
        let student = dataDirectory.flatMap { UserSettings.load(from: $0).name }
        switch reflection.export(id, format: format, student: student) {
        case .success(let path):
            say(wrapped("Je poging staat in \(path). Je hele portfolio exporteer je met 'blanco export'."))
        case .failure(let error):
            context.warning(error.description)
        }
    }

    private func dialog() -> ReflectionDialog {
        ReflectionDialog(read: { [self] in readAnswer($0) }, say: { [self] in say(wrapped($0)) })
    }

    /// Sanitized for the terminal and wrapped to its width.
    func wrapped(_ text: String) -> String {
        TextWrap.wrap(TerminalText.sanitize(text), width: max(20, TerminalSize.columns))
    }
}
