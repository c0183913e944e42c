/// One practice conversation as a pure value: the exercise, the turns so far, which facts
/// of the film the client has told, and the hints used. `respond(_:)` plays the simulated
/// client: good listening reveals the film, a flagged response gets the client's reaction,
/// and an opinion-question only gets an answer once the film is complete.
public struct PracticeSession: Sendable {
    /// Analyzes a response given the client's words so far and the stage. Injectable so
    /// tests can feed exact flags and signals.
    public typealias Analyze = @Sendable (_ response: String, _ context: String, _ stage: Stage) -> Analysis

    public let exercise: Exercise
    public private(set) var turns: [PracticeTurn] = []
    /// Indices into `exercise.film`, in the order the client told them.
    public private(set) var revealedFactIndices: [Int] = []
    /// The hints given, in order.
    public private(set) var hintsUsed: [String] = []
    /// Whether the client has given their opinion: the exercise can close.
    public private(set) var opinionGiven = false
    /// Everything the client has said: the opening and every answer, a line each.
    public private(set) var clientWordsSoFar: String
    /// `clientWordsSoFar` folded (`TopicWords.fold`), grown with it a reply at a time, so
    /// a turn never folds the whole conversation again.
    private(set) var clientFoldedWords: [String]
    /// `clientFoldedWords` as the story of what the client said, grown with it a reply at a
    /// time, so recognising the client's own words never gathers the conversation again.
    private(set) var clientStory: StoryVocabulary
    /// Each turn's response folded, in the order of `turns`.
    private(set) var foldedResponses: [[String]] = []
    /// How many more good moves a guarded client answers with silence after a judgment.
    var guardedTurns = 0
    /// The register the client is spoken to in, from the exercise.
    public let register: Register
    /// Hears what each response does; its story vocabulary also fits blank alternatives.
    public let classifier: MoveClassifier
    private let analyze: Analyze

    public init(exercise: Exercise, analyze: @escaping Analyze = { Analyzer().analyze($0, context: $1, stage: $2) }) {
        self.init(exercise: exercise, classifier: MoveClassifier(exercise: exercise), analyze: analyze)
    }

    /// A session with a classifier already made for `exercise`: replaying many attempts at
    /// one exercise prepares its story vocabulary once.
    init(exercise: Exercise, classifier: MoveClassifier, analyze: @escaping Analyze) {
        self.exercise = exercise
        self.analyze = analyze
        register = Register.of(exercise)
        self.classifier = classifier
        clientWordsSoFar = exercise.opening
        clientFoldedWords = TopicWords.fold(exercise.opening)
        clientStory = StoryVocabulary(words: clientFoldedWords)
    }

    /// A session whose responses are analyzed, and graded, as `profile` counts them; with
    /// `rules` (a lecturer's own rules added, see `OwnRules`) instead of the bundled book.
    public init(exercise: Exercise, profile: Profile, rules: RuleBook? = nil) {
        guard let rules else {
            // The bundled rule book is compiled at the first response, not before the
            // first prompt (`Analyzer.prepareStandardRuleBook` can do it meanwhile).
            self.init(exercise: exercise) { Analyzer(profile: profile).analyze($0, context: $1, stage: $2) }
            return
        }
        let analyzer = Analyzer(rules: rules, profile: profile)
        self.init(exercise: exercise) { analyzer.analyze($0, context: $1, stage: $2) }
    }

    // MARK: - State

    public var progress: FilmProgress {
        let keyIndices = exercise.film.indices.filter { exercise.film[$0].isKey }
        return FilmProgress(
            revealed: revealedFactIndices.count, total: exercise.film.count,
            keyRevealed: keyIndices.filter(revealedFactIndices.contains).count, keyTotal: keyIndices.count)
    }

    /// The stage the analyzer judges the next response at.
    public var stage: Stage { progress.isComplete ? .late : .opening }

    /// The facts told so far, in the order the client told them.
    public var knownFacts: [Fact] { revealedFactIndices.map { exercise.film[$0] } }

    public var score: ExerciseScore {
        ExerciseScore(exercise: exercise, turns: turns, hintsUsed: hintsUsed.count)
    }

    public var debrief: Debrief { Debrief(session: self) }

    // MARK: - Turns

    /// Whether a line is a response at all: an empty line is not a turn.
    public static func isResponse(_ text: String) -> Bool {
        !text.allSatisfy(\.isWhitespace)
    }

    /// Analyzes the trainee's response, lets the client answer, and records the turn.
    @discardableResult
    public mutating func respond(_ text: String) -> PracticeTurn {
        let analysis = analyze(text, clientWordsSoFar, stage)
        let words = TopicWords.fold(text)
        let move = classifier.move(
            of: text, words: words, analysis: analysis, earlier: turns, earlierWords: foldedResponses,
            clientWords: clientFoldedWords)
        let reply = decideReply(to: move, response: text, words: words, analysis: analysis)
        switch reply {
        case .reveals(let fact):
            if let index = exercise.film.firstIndex(of: fact) { revealedFactIndices.append(index) }
        case .givesOpinion:
            opinionGiven = true
        default:
            break
        }
        let turn = PracticeTurn(
            number: turns.count + 1, response: text, analysis: analysis, move: move, reply: reply,
            replyText: replyText(for: reply, analysis: analysis), filmComplete: progress.isComplete)
        turns.append(turn)
        foldedResponses.append(words)
        clientWordsSoFar += "\n" + turn.replyText
        let replyWords = TopicWords.fold(turn.replyText)
        clientFoldedWords += replyWords
        clientStory.add(replyWords)
        return turn
    }

    // MARK: - Hints

    /// The next hint: first a general one, then aimed at the next lure in the story, then
    /// at the next gap in the film; once the film is complete, how to close.
    public mutating func hint() -> String {
        let text = HintPlanner.hint(
            number: hintsUsed.count + 1, exercise: exercise, progress: progress,
            missingKeyFact: unrevealedFacts.first(where: \.isKey),
            opinionGiven: opinionGiven)
        hintsUsed.append(text)
        return text
    }
}
