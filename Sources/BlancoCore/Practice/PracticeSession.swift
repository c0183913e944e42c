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
    private let analyze: Analyze

    public init(exercise: Exercise, analyze: @escaping Analyze = { Analyzer().analyze($0, context: $1, stage: $2) }) {
        self.exercise = exercise
        self.analyze = analyze
    }

    /// A session whose responses are analyzed, and graded, as `profile` counts them.
    public init(exercise: Exercise, profile: Profile) {
        let analyzer = Analyzer(profile: profile)
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

    /// Everything the client has said: the opening and every answer.
    public var clientWordsSoFar: String {
        ([exercise.opening] + turns.map(\.replyText)).joined(separator: "\n")
    }

    public var score: ExerciseScore {
        ExerciseScore(exercise: exercise, turns: turns, keyFactsFound: progress.keyRevealed, hintsUsed: hintsUsed.count)
    }

    public var debrief: Debrief { Debrief(session: self) }

    // MARK: - Turns

    /// Analyzes the trainee's response, lets the client answer, and records the turn.
    @discardableResult
    public mutating func respond(_ text: String) -> PracticeTurn {
        let analysis = analyze(text, clientWordsSoFar, stage)
        let reply = decideReply(to: text, analysis: analysis)
        switch reply {
        case .reveals(let fact):
            if let index = exercise.film.firstIndex(of: fact) { revealedFactIndices.append(index) }
        case .givesOpinion:
            opinionGiven = true
        default:
            break
        }
        let turn = PracticeTurn(
            number: turns.count + 1, response: text, analysis: analysis, reply: reply,
            replyText: replyText(for: reply), filmComplete: progress.isComplete)
        turns.append(turn)
        return turn
    }

    /// The client's choice, following the script: flags first, then the opinion,
    /// then the film.
    private func decideReply(to text: String, analysis: Analysis) -> ClientReply {
        if let flag = mostSerious(analysis.flags) {
            return .reacts(to: flag.category)
        }
        let kinds = Set(analysis.signals.map(\.kind))
        if kinds.contains(.opinionQuestion) {
            return progress.isComplete ? .givesOpinion : .reacts(to: .prematureOpinion)
        }
        if let touched = unrevealedFactTouched(by: text) {
            return .reveals(touched)
        }
        let revealing: Set<Signal.Kind> = [.openQuestion, .meaningCheck, .summary, .encourager, .silence, .experienceQuestion]
        guard !kinds.isDisjoint(with: revealing) else { return .waits }
        if let next = nextUnrevealedFact(preferring: kinds.contains(.experienceQuestion) ? .beleving : nil) {
            return .reveals(next)
        }
        return .hasNothingToAdd
    }

    /// Major flags first, then the earliest in the response.
    private func mostSerious(_ flags: [Flag]) -> Flag? {
        flags.min { lhs, rhs in
            if lhs.severity != rhs.severity { return lhs.severity == .major }
            return lhs.span < rhs.span
        }
    }

    /// The unrevealed fact whose topic words the response touches most; key facts and
    /// earlier facts win a tie.
    private func unrevealedFactTouched(by text: String) -> Fact? {
        let words = TopicWords.fold(text)
        var best: (index: Int, matches: Int)?
        for index in exercise.film.indices where !revealedFactIndices.contains(index) {
            let fact = exercise.film[index]
            let matches = TopicWords.matchCount(words, topicWords: fact.topicWords)
            guard matches > 0 else { continue }
            if let current = best {
                let currentKey = exercise.film[current.index].isKey
                if matches < current.matches || (matches == current.matches && (currentKey || !fact.isKey)) { continue }
            }
            best = (index, matches)
        }
        return best.map { exercise.film[$0.index] }
    }

    /// The next fact to tell: of the preferred aspect if there is one, else the first
    /// unrevealed key fact, else the first unrevealed fact.
    private func nextUnrevealedFact(preferring aspect: Aspect?) -> Fact? {
        let unrevealed = exercise.film.indices.filter { !revealedFactIndices.contains($0) }.map { exercise.film[$0] }
        if let aspect, let match = unrevealed.first(where: { $0.aspect == aspect }) { return match }
        return unrevealed.first(where: \.isKey) ?? unrevealed.first
    }

    private func replyText(for reply: ClientReply) -> String {
        switch reply {
        case .reveals(let fact): fact.line
        case .reacts(let category): exercise.reaction(to: category)
        case .givesOpinion: exercise.opinion
        case .hasNothingToAdd: "Eigenlijk heb ik alles wel verteld wat er gebeurd is."
        case .waits: "Eh... wat wilt u precies weten?"
        }
    }

    // MARK: - Hints

    /// The next hint: first a general one, then aimed at the next lure in the story, then
    /// at the next gap in the film; once the film is complete, how to close.
    public mutating func hint() -> String {
        let text = HintPlanner.hint(number: hintsUsed.count + 1, exercise: exercise, progress: progress,
                                    missingKeyFact: nextUnrevealedFact(preferring: nil).flatMap { $0.isKey ? $0 : nil },
                                    opinionGiven: opinionGiven)
        hintsUsed.append(text)
        return text
    }
}
