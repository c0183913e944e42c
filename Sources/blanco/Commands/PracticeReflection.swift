import BlancoCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The self-assessment side of a practice session, kept beside the loop: the learning
/// goal shown at the start, the self-rating and reflection at `/klaar`, self versus coach
/// and progress on the goal in the debrief, `/reflectie` and `/export` for the attempt
/// just finished. It keeps in memory the journal's records of the attempts it needs (the
/// current goal's, one being continued; `JournalDigest` says where they are) and every
/// record saved since, so it works the same when the journal cannot be written.
struct PracticeReflection {
    let catalog: ExerciseCatalog
    /// Read from the journal, in its order, with where each line starts.
    private var journalRecords: [(offset: Int, record: JournalRecord)] = []
    /// Saved in this session, in order.
    private var sessionRecords: [JournalRecord] = []
    /// The attempt finished last, for `/reflectie` and `/export`.
    private(set) var lastFinished: String?

    init(catalog: ExerciseCatalog) {
        self.catalog = catalog
    }

    /// The records known, in the order they were written: the journal's, then this session's.
    var records: [JournalRecord] { journalRecords.map(\.record) + sessionRecords }

    /// Adds records read from the journal; a line read before is not added twice.
    mutating func include(_ read: [(offset: Int, record: JournalRecord)]) {
        let known = Set(journalRecords.map(\.offset))
        journalRecords += read.filter { !known.contains($0.offset) }
        journalRecords.sort { $0.offset < $1.offset }
    }

    /// Called for every record the session saves.
    mutating func remember(_ record: JournalRecord) {
        sessionRecords.append(record)
        if record.kind == .finished { lastFinished = record.attempt }
    }

    /// The current learning goal: the latest one set; a cleared goal gives way to the one before.
    var currentGoal: (text: String, attempt: String)? {
        var decided: Set<String> = []
        for record in records.reversed() where record.kind == .goal && decided.insert(record.attempt).inserted {
            if let text = record.text, !text.allSatisfy(\.isWhitespace) { return (text, record.attempt) }
        }
        return nil
    }

    /// The line at the start of an exercise naming the current goal, if there is one.
    var goalReminder: String? {
        currentGoal.map { "Je leerdoel: \u{201C}\($0.text)\u{201D}. Let er in dit gesprek op." }
    }

    /// The portfolio attempt with this id, built from the records.
    func attempt(_ id: String) -> PortfolioAttempt? {
        PortfolioBuilder(catalog: catalog.exercises).attempts(from: records.filter { $0.attempt == id }).attempts.first
    }

    /// The debrief's closing part for an attempt: self next to coach with a kind word on a
    /// large gap, the reflection, and progress on the goal set before it.
    func debriefLines(for id: String, goalBefore: (text: String, attempt: String)?) -> [String] {
        guard let attempt = attempt(id) else { return [] }
        var lines = ["", "Jij en de coach (1 tot 5)"]
        lines += SelfCoachView.lines(own: attempt.selfRatings, coach: attempt.coachRatings)
        if let reflection = attempt.reflection { lines.append("  Je reflectie: " + reflection) }
        if let goal = attempt.goal { lines.append("  Je leerdoel voor de volgende keer: " + goal) }
        if let goalBefore, goalBefore.attempt != id, let origin = self.attempt(goalBefore.attempt) {
            let judged = LearningGoal(
                text: goalBefore.text, attempt: origin.id, set: "", origin: origin, later: [attempt])
            lines.append("")
            lines.append(ExportText.goalProgress(judged))
        }
        lines.append("Pas je beoordeling aan met /reflectie; bewaar deze poging als bestand met /export.")
        return lines
    }

    /// The attempt as a file in the current folder, never overwriting one: the message to show.
    func export(_ id: String, format: ExportFormat, student: String?) -> Result<String, FileWriteError> {
        let builder = PortfolioBuilder(catalog: catalog.exercises)
        var portfolio = builder.portfolio(from: records, student: student, generated: JournalRecord.timestamp(Date()))
        portfolio.attempts = portfolio.attempts.filter { $0.id == id }
        portfolio.goals = portfolio.goals.filter { $0.attempt == id }
        guard let attempt = portfolio.attempts.first else { return .failure(.failed(path: "", reason: "geen poging")) }
        let base = "blanco-\(attempt.exercise.id)-\(attempt.shortID)"
        let bytes = format.render(portfolio, generator: "blanco \(BlancoApp.version)")
        var name = base + "." + format.rawValue
        for number in 2...99 {
            do {
                try AtomicFile.write(bytes, to: name, overwrite: false)
                return .success(name)
            } catch .exists {
                name = base + "-\(number)." + format.rawValue
            } catch {
                return .failure(error)
            }
        }
        return .failure(.exists(path: name))
    }
}
