/// One handed-in attempt as the class features see it: who (if they said), which exercise,
/// the responses in order and what the file claims about them. Read from a
/// `blanco.export/1` file; the class report never trusts the claimed grade, it replays
/// the responses (`HandInReview`).
public struct HandIn: Sendable, Hashable {
    /// The file's name inside the folder (or the path given on the command line).
    public let file: String
    /// The student's name or alias; nil for an anonymous hand-in.
    public let student: String?
    public let attempt: String
    public let exercise: String
    public let responses: [String]
    /// Hints the student asked for; they cost points and cannot be replayed.
    public let hints: Int
    /// The grade the file claims, 1,0–10,0.
    public let claimedGrade: Double?
    /// The student's own 1–5 per skill id (`defer-judgment` ...); empty when skipped.
    public let selfRatings: [String: Int]
    /// ISO 8601 UTC of `/klaar`, when known.
    public let finished: String?
    /// The program that wrote the file (`blanco 0.1.0`), to explain a changed grade.
    public let generator: String?
    /// The id of the profile the student practised with, when the file says
    /// (`PortfolioAttempt.profile`); the report re-grades with the same one.
    public let profile: String?

    public init(
        file: String, student: String?, attempt: String, exercise: String, responses: [String], hints: Int,
        claimedGrade: Double?, selfRatings: [String: Int] = [:], finished: String? = nil, generator: String? = nil,
        profile: String? = nil
    ) {
        self.file = file
        self.student = student
        self.attempt = attempt
        self.exercise = exercise
        self.responses = responses
        self.hints = hints
        self.claimedGrade = claimedGrade
        self.selfRatings = selfRatings
        self.finished = finished
        self.generator = generator
        self.profile = profile
    }

    /// The first eight characters of the attempt id, to name a hand-in without its file.
    public var shortAttempt: String { String(attempt.prefix(8)) }
}

/// A file the class features could not use, and why, in Dutch.
public struct SkippedHandIn: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    /// `FILE: overgeslagen: REASON`, one line.
    public var description: String { "\(file): overgeslagen: \(reason)" }
}
