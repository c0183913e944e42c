/// What the live view shows, kept up to date by polling: the hand-ins in the folder, each
/// replayed once (a file is read and replayed again only when it changes), grouped by
/// exercise in the order the exercises first arrived, with the session's exercise first.
public struct ClassLiveFeed: Sendable {
    /// One exercise and the hand-ins for it so far.
    public struct ExerciseFeed: Sendable {
        public let exercise: Exercise
        public var handIns: [ReviewedHandIn]
    }

    public let paths: [String]
    public let catalog: ExerciseCatalog
    public private(set) var exercises: [ExerciseFeed] = []
    public private(set) var skipped: [SkippedHandIn] = []
    public private(set) var session: ClassSession?
    /// The profile the session names, found; answers typed in the room count with it.
    public private(set) var sessionProfile: Profile?
    private var collector: HandInCollector
    private var reviews: [String: ReviewedHandIn] = [:]
    private var signature: [String] = []
    private let contexts = ReplayContexts()
    /// The rules hand-ins and typed answers are analysed with, compiled once.
    private let rules: Analyzer

    /// `rules`: the bundled rules with the lecturer's own added (`--regels`), else nil.
    public init(paths: [String], catalog: ExerciseCatalog, rules: RuleBook? = nil) {
        self.paths = paths
        self.catalog = catalog
        self.collector = HandInCollector(book: rules ?? .standard)
        self.rules = rules.map { Analyzer(rules: $0) } ?? Analyzer()
    }

    /// The profile an exercise's answers count with: the session's, else the exercise's
    /// own, else standard.
    public func profile(for exercise: Exercise) -> Profile {
        sessionProfile ?? catalog.profile(for: exercise) ?? .standard
    }

    /// The analyzer an exercise's answers count with: the feed's rules, its profile.
    public func analyzer(for exercise: Exercise) -> Analyzer {
        rules.counting(profile(for: exercise))
    }

    /// Scans the folder again; true when something the view shows changed.
    @discardableResult
    public mutating func refresh() -> Bool {
        let scan = collector.scan(paths)
        var next: [String: ReviewedHandIn] = [:]
        var order: [String] = []
        var grouped: [String: [ReviewedHandIn]] = [:]
        var skipped = scan.skipped
        if let session = scan.session, catalog.exercise(id: session.exercise) != nil { order.append(session.exercise) }
        for handIn in scan.handIns {
            guard let exercise = catalog.exercise(id: handIn.exercise) else {
                skipped.append(SkippedHandIn(file: handIn.file, reason: "onbekende oefening '\(handIn.exercise)'"))
                continue
            }
            let profile: Profile
            switch HandInReview.profile(for: handIn, exercise: exercise, catalog: catalog, session: scan.sessionProfile)
            {
            case .success(let chosen): profile = chosen
            case .failure(let problem):
                skipped.append(problem)
                continue
            }
            let key = handIn.attempt + "\u{0}" + handIn.file
            let reviewed =
                reviews[key].flatMap { $0.handIn == handIn && $0.profile == profile ? $0 : nil }
                ?? HandInReview.review(
                    handIn, exercise: exercise, analyzer: rules.counting(profile), contexts: contexts)
            next[key] = reviewed
            if grouped[exercise.id] == nil, !order.contains(exercise.id) { order.append(exercise.id) }
            grouped[exercise.id, default: []].append(reviewed)
        }
        reviews = next
        let newSignature =
            order + next.keys.sorted() + skipped.map(\.description) + [scan.session.map(\.exercise) ?? ""]
            + [scan.sessionProfile?.id ?? ""]
        let changed = newSignature != signature
        signature = newSignature
        session = scan.session
        sessionProfile = scan.sessionProfile
        self.skipped = skipped
        exercises = order.compactMap { id in
            catalog.exercise(id: id).map { ExerciseFeed(exercise: $0, handIns: grouped[id] ?? []) }
        }
        return changed
    }
}
