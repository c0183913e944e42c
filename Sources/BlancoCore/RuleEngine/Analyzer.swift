/// Finds judgments, interpretations, premature opinion-questions, advice, why-questions
/// and leading questions in a trainee's response, and the good moves, and scores them.
///
/// The analyzer reads the client's words so far (`context`) to tell the client's words
/// echoed or quoted by the listener from the listener's own, and the `stage` to know
/// whether an opinion-question comes too early. At the `late` stage an opinion-question is
/// no flag but an `opinionQuestion` signal.
///
/// A `Profile` decides which rules count and how heavily: every rule still reads the
/// response (the checks that build on other rules' findings see them all), but a finding
/// of a rule the profile leaves out becomes no flag, and a flag carries the severity the
/// profile gives its rule.
public struct Analyzer: Sendable {
    let book: CompiledRuleBook
    public let weights: ScoringWeights
    public let profile: Profile
    /// Per rule of the book, in its order: the severity its flags count with, or nil when
    /// the profile leaves the rule out.
    let severities: [Severity?]

    /// The standard rule book and weights, counted as `profile` says.
    public init(profile: Profile = .standard) {
        self.init(book: .standard, weights: .standard, profile: profile)
    }

    /// Compiles the bundled rule book now, which the first analysis would otherwise do (tens
    /// of milliseconds): a practice session calls it on another thread while the trainee
    /// reads the opening, so neither the first prompt nor the first feedback waits for it.
    public static func prepareStandardRuleBook() {
        _ = CompiledRuleBook.standard
    }

    /// A custom rule book, e.g. for testing one rule.
    public init(rules: RuleBook, weights: ScoringWeights = .standard, profile: Profile = .standard) {
        self.init(book: CompiledRuleBook(rules), weights: weights, profile: profile)
    }

    /// The same rules and weights, counted as `profile` says: the compiled rule book is
    /// shared, so a class report re-grading each hand-in with its own profile compiles the
    /// rules (the lecturer's own among them) once.
    public func counting(_ profile: Profile) -> Analyzer {
        Analyzer(book: book, weights: weights, profile: profile)
    }

    private init(book: CompiledRuleBook, weights: ScoringWeights, profile: Profile) {
        self.book = book
        self.weights = weights
        self.profile = profile
        severities = book.book.rules.map(profile.severity(of:))
    }

    /// Analyzes one response given the client's words so far and the stage.
    public func analyze(_ response: String, context: String = "", stage: Stage = .opening) -> Analysis {
        analyze(response, client: ClientContext(context), stage: stage)
    }

    /// Analyzes one response against client words prepared once (see `ClientContext`).
    public func analyze(_ response: String, client: ClientContext, stage: Stage = .opening) -> Analysis {
        // A long response is analyzed a block of sentences at a time (see `analyzeCompactly`),
        // so the working memory stays that of one block.
        if response.utf8.count > InputLimits.longResponseBytes {
            return analyzeCompactly(response, client: client, stage: stage).expanded()
        }
        let (flags, signals) = flagsAndSignals(response, client: client, stage: stage)
        let score = ResponseScore.compute(flags: flags, signals: signals, weights: weights)
        return Analysis(response: response, stage: stage, flags: flags, signals: signals, score: score)
    }

    func flagsAndSignals(_ response: String, client: ClientContext, stage: Stage) -> ([Flag], [Signal]) {
        let text = ResponseText(response)
        let clientWords = client.words
        let runner = RuleRunner(book: book, text: text, clientWords: clientWords)
        let findings = runner.findings()

        var flags: [Flag] = []
        var lateOpinions: [TextSpan: ClosedRange<Int>] = [:]
        var flaggedSentences: Set<Int> = []
        for finding in findings {
            guard let severity = severities[finding.ruleIndex] else { continue }
            flaggedSentences.insert(finding.sentence)
            if finding.rule.category == .prematureOpinion, stage == .late {
                lateOpinions[finding.span] = finding.spanTokens
                continue
            }
            flags.append(
                Flag(
                    category: finding.rule.category, ruleID: finding.rule.id, pattern: book.patternName(of: finding),
                    severity: severity,
                    span: finding.span, text: text.slice(tokens: finding.spanTokens), message: finding.rule.message,
                    suggestion: finding.rule.suggestion))
        }
        flags = Self.merged(flags)

        var signals = SignalDetector(
            text: text, blocked: runner.blocked, clientWords: clientWords, flaggedSentences: flaggedSentences,
            runner: runner
        ).signals()
        for (span, tokens) in lateOpinions {
            signals.append(Signal(kind: .opinionQuestion, span: span, text: text.slice(tokens: tokens)))
        }
        signals.sort { $0.span < $1.span }
        return (flags, signals)
    }

    /// One flag per category for overlapping spans: the first rule to cover the words
    /// speaks for them, so a trainee is not told the same thing twice.
    static func merged(_ flags: [Flag]) -> [Flag] {
        guard flags.count > 1 else { return flags }
        let sorted = flags.sorted { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }
        var kept: [Flag] = []
        var lastEnd = CategoryTable<Int?>(repeating: nil)
        for flag in sorted {
            if let end = lastEnd[flag.category], flag.span.start < end || (flag.span.isEmpty && flag.span.start == end)
            {
                continue
            }
            kept.append(flag)
            lastEnd[flag.category] = flag.span.end
        }
        return kept
    }

    /// Every rule match before merging, for tests that check one rule's spans.
    func findings(_ response: String, context: String = "") -> [(ruleID: String, span: TextSpan, pattern: String)] {
        let text = ResponseText(response)
        let clientWords = ClientWords(context)
        return RuleRunner(book: book, text: text, clientWords: clientWords).findings()
            .map { ($0.rule.id, $0.span, book.patternName(of: $0)) }
    }
}

extension Analyzer {
    /// Every match of a signal pattern (see `RuleRunner.signalMatches`), for the checks that
    /// run the examples of the signal files.
    func signalFindings(_ response: String, context: String = "") -> [(
        kind: Signal.Kind, span: TextSpan, pattern: String
    )] {
        let text = ResponseText(response)
        let clientWords = ClientWords(context)
        let runner = RuleRunner(book: book, text: text, clientWords: clientWords)
        return text.sentences.flatMap { sentence in
            runner.signalMatches(in: sentence).map {
                let pattern = book.signalPatterns[$0.entry]
                return (pattern.kind, text.span(ofTokens: $0.tokens), pattern.name)
            }
        }
    }
}
