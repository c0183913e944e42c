import DisplayText
import Platform

/// A hand-in replayed with the current rules: every response analysed again in the same
/// conversation with the simulated client, and the grade recomputed from that, so the
/// class report never takes a file's word for its grade.
public struct ReviewedHandIn: Sendable {
    public let handIn: HandIn
    /// The replayed conversation, one turn per response.
    public let turns: [PracticeTurn]
    public let score: ExerciseScore
    public let keyFactsFound: Int
    public let keyFactsTotal: Int
    /// The coach's 1–5 per skill id, from the replayed turns.
    public let coachRatings: [String: Int]
    /// The profile the replay graded with (see `HandInReview.profile(for:exercise:catalog:)`).
    public let profile: Profile

    /// The recomputed grade: the one the report uses.
    public var grade: Double { score.grade }

    /// The file claims a grade its own responses do not give (an edited file, or one made
    /// with other rules); nil when the file claims none.
    public var claimMatches: Bool? {
        handIn.claimedGrade.map { abs($0 - grade) < 0.05 }
    }

    /// Every flag of every turn.
    public var flags: [Flag] { turns.flatMap(\.analysis.flags) }
}

public enum HandInReview {
    /// The profile to re-grade a hand-in with: the one its file names, found among the
    /// session's profile, the built-in profiles and the catalog's own; for a file that names
    /// none, the one the
    /// session names (`session`, see `ClassSession.profile`), else the one the exercise
    /// names, else standard, as practice chooses. A file that names a
    /// profile this blanco does not know cannot be graded the same way, so it is skipped
    /// with a line saying how to add the profile.
    public static func profile(
        for handIn: HandIn, exercise: Exercise, catalog: ExerciseCatalog, session: Profile? = nil
    ) -> Result<Profile, SkippedHandIn> {
        guard let id = handIn.profile else { return .success(session ?? catalog.profile(for: exercise) ?? .standard) }
        if let session, session.id == id { return .success(session) }
        if let profile = catalog.profile(named: id) { return .success(profile) }
        return .failure(
            SkippedHandIn(
                file: handIn.file,
                reason:
                    "gemaakt met het profiel '\(TerminalText.sanitize(String(id.prefix(60)), keepNewlines: false))', dat hier onbekend is; geef de map met dat profielbestand mee met --exercises MAP"
            ))
    }

    /// Replays the responses against the exercise; `hints` are taken from the file, since
    /// asking for a hint leaves nothing to replay. `analyzer` holds the rules (the bundled
    /// ones, or with a lecturer's own added, as `--regels` gives them to practice) and the
    /// profile to grade with (see `profile(for:exercise:catalog:session:)`).
    public static func review(
        _ handIn: HandIn, exercise: Exercise, analyzer: Analyzer = Analyzer(),
        contexts: ReplayContexts = ReplayContexts()
    ) -> ReviewedHandIn {
        // The previous turn's context, which the next one extends by the client's reply.
        let previous = Locked<ReplayContexts.Entry?>(nil)
        var session = PracticeSession(exercise: exercise, classifier: contexts.classifier(for: exercise)) {
            response, context, stage in
            let entry = contexts.context(for: context, after: previous.withLock { $0 })
            previous.withLock { $0 = entry }
            return analyzer.analyze(response, client: entry.context, stage: stage)
        }
        for response in handIn.responses { session.respond(response) }
        let progress = session.progress
        let score = ExerciseScore(exercise: exercise, turns: session.turns, hintsUsed: handIn.hints)
        return ReviewedHandIn(
            handIn: handIn, turns: session.turns, score: score, keyFactsFound: progress.keyRevealed,
            keyFactsTotal: progress.keyTotal,
            coachRatings: ClassCoachRatings.rate(
                session.turns, keyFactsFound: progress.keyRevealed, keyFactsTotal: progress.keyTotal),
            profile: analyzer.profile)
    }
}
