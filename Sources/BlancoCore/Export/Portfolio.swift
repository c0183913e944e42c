/// Everything an export shows: the trainee's attempts read from the journal, with their
/// turns, grades, self and coach ratings, reflections and learning goals. Every format
/// (Markdown, HTML, CSV, JSON) renders this one value; the JSON form is `blanco.export/1`.
public struct Portfolio: Sendable, Hashable {
    /// The student's name or alias; nil in an anonymous export.
    public var student: String?
    /// When the export was made, ISO 8601 UTC.
    public var generated: String
    /// `--exercise` and `--since`, if given.
    public var exerciseFilter: String?
    public var since: String?
    /// Oldest first.
    public var attempts: [PortfolioAttempt]
    /// Every learning goal, oldest first, judged on the attempts after it.
    public var goals: [LearningGoal]

    public init(
        student: String?, generated: String, exerciseFilter: String?, since: String?, attempts: [PortfolioAttempt],
        goals: [LearningGoal]
    ) {
        self.student = student
        self.generated = generated
        self.exerciseFilter = exerciseFilter
        self.since = since
        self.attempts = attempts
        self.goals = goals
    }

    /// The attempts finished with `/klaar`, which have a grade.
    public var finishedAttempts: [PortfolioAttempt] { attempts.filter { $0.grade != nil } }
}

/// One attempt at an exercise.
public struct PortfolioAttempt: Sendable, Hashable, Codable {
    public let id: String
    public var exercise: PortfolioExercise
    /// ISO 8601 UTC: the first record of the attempt, and the `/klaar`.
    public var started: String
    public var finished: String?
    public var turns: [PortfolioTurn]
    /// The exercise grade 1,0–10,0 and its points and parts; nil while unfinished.
    public var grade: Double?
    public var gradePoints: Int?
    public var gradeParts: [JournalGradePart]
    public var keyFactsFound: Int?
    public var keyFactsTotal: Int?
    public var hints: Int?
    public var selfRatings: SkillRatings?
    public var coachRatings: SkillRatings
    public var reflection: String?
    /// The learning goal set at the end of this attempt.
    public var goal: String?
    /// The id of the profile the attempt was graded with (`--profiel`, else the one the
    /// exercise names, else `standaard`), so a class report grades a hand-in the same way.
    /// Written by `practice --hand-in`; absent where it is not known (the journal does not
    /// keep it, and files from before the field).
    public var profile: String?

    public init(id: String, exercise: PortfolioExercise, started: String) {
        self.id = id
        self.exercise = exercise
        self.started = started
        turns = []
        gradeParts = []
        coachRatings = SkillRatings()
    }

    /// The first eight characters of the id: enough to name an attempt in `blanco reflectie`.
    public var shortID: String { String(id.prefix(8)) }
}

/// The exercise of an attempt, from the catalog when it is still there.
public struct PortfolioExercise: Sendable, Hashable, Codable {
    public let id: String
    public let title: String?
    public let level: Int?
    public let domain: String?
    /// The vignette: who the client is and what they say first.
    public let client: String?
    public let about: String?
    public let opening: String?

    public init(id: String, exercise: Exercise?) {
        self.id = id
        title = exercise?.title
        level = exercise?.level
        domain = exercise?.domain
        client = exercise?.client.name
        about = exercise?.client.about
        opening = exercise?.opening
    }

    /// The title, or the id when the exercise is no longer known.
    public var displayTitle: String { title ?? id }
}

/// One response of an attempt with what the analyzer found.
public struct PortfolioTurn: Sendable, Hashable, Codable {
    public let number: Int
    public let time: String
    public let response: String
    public let points: Int
    /// Guideline names, in guideline order.
    public let categories: [String]
    /// With rule and span; empty for turns saved before the journal kept them.
    public let flags: [JournalFlag]
    /// The good moves by guideline name; nil for turns saved before the journal kept them.
    public let moves: [String]?
    public let filmComplete: Bool?

    public init(
        number: Int, time: String, response: String, points: Int, categories: [String], flags: [JournalFlag],
        moves: [String]?, filmComplete: Bool?
    ) {
        self.number = number
        self.time = time
        self.response = response
        self.points = points
        self.categories = categories
        self.flags = flags
        self.moves = moves
        self.filmComplete = filmComplete
    }
}
