/// Runs the examples of rule files, as the test suite does for the bundled rules, so
/// `blanco validate` tells a rule writer which example their patterns do not flag as marked.
extension RuleFiles {
    /// A problem for each example not flagged exactly at its marks by its own pattern, and
    /// each counterexample or exception example that its rule flags.
    public func exampleProblems() -> [ExerciseProblem] {
        let files = ruleBook()
        // Own rule files (read on top of the bundled word lists) run as `--regels` runs them:
        // inside the bundled book, so a check such as `assumed-answer`, which reads what the
        // bundled leading patterns found, sees its examples as it will in use.
        let analyzer = Analyzer(rules: base.names.isEmpty ? files : RuleBook.standard.adding(files))
        var problems: [ExerciseProblem] = []
        for rule in files.rules {
            let source = sources[rule.id]
            func report(_ text: String, _ message: String) {
                problems.append(
                    ExerciseProblem(
                        file: source?.path ?? rule.id, line: Self.line(of: text, in: source?.text ?? ""),
                        message: message))
            }
            for example in rule.examples {
                let found = analyzer.findings(example.response, context: example.context).filter {
                    $0.ruleID == rule.id
                }
                if let problem = Self.markProblem(
                    found.map { ($0.span, $0.pattern) }, example, nothingFound: "de regel vindt niets in dit voorbeeld",
                    otherWords: "de regel vindt hier")
                {
                    report(example.text, problem)
                }
            }
            for example in rule.counterexamples {
                let found = analyzer.findings(example.response, context: example.context).filter {
                    $0.ruleID == rule.id
                }
                if !found.isEmpty {
                    report(
                        example.text,
                        "de regel vindt iets in dit tegenvoorbeeld: \(Self.marked(found.map(\.span), in: example.response))"
                    )
                }
            }
            for antipattern in rule.antipatterns
            where analyzer.findings(antipattern.example).contains(where: { $0.ruleID == rule.id }) {
                report(
                    antipattern.example,
                    "de regel vindt toch iets in het voorbeeld van uitzondering '\(antipattern.name)'")
            }
        }
        return problems + signalExampleProblems(analyzer, files.signals)
    }

    /// A problem for each example of a signal file whose move the analyzer does not see, or
    /// whose marked words another pattern (or none) finds, and each counterexample that a
    /// pattern of its signal finds.
    private func signalExampleProblems(_ analyzer: Analyzer, _ signals: [SignalRule]) -> [ExerciseProblem] {
        var problems: [ExerciseProblem] = []
        for signal in signals {
            let source = sources[Self.sourceKey(of: signal.kind)]
            func report(_ text: String, _ message: String) {
                problems.append(
                    ExerciseProblem(
                        file: source?.path ?? signal.kind.rawValue, line: Self.line(of: text, in: source?.text ?? ""),
                        message: message))
            }
            for example in signal.examples {
                let found = analyzer.signalFindings(example.response, context: example.context).filter {
                    $0.kind == signal.kind
                }
                if let problem = Self.markProblem(
                    found.map { ($0.span, $0.pattern) }, example,
                    nothingFound: "geen patroon van dit signaal vindt iets in dit voorbeeld",
                    otherWords: "de patronen vinden hier")
                {
                    report(example.text, problem)
                } else if !analyzer.analyze(example.response, context: example.context).signals.contains(where: {
                    $0.kind == signal.kind
                }) {
                    report(
                        example.text,
                        "het patroon vindt de woorden, maar de analyse geeft geen '\(signal.kind.rawValue)': een regel vlagt iets in deze zin"
                    )
                }
            }
            for example in signal.counterexamples {
                let found = analyzer.signalFindings(example.response, context: example.context).filter {
                    $0.kind == signal.kind
                }
                if let first = found.first {
                    report(
                        example.text,
                        "patroon '\(first.pattern)' vindt iets in dit tegenvoorbeeld: [[\(ResponseText(example.response).slice(first.span))]]"
                    )
                }
            }
        }
        return problems
    }

    /// What is wrong with what the patterns found in an example: nothing, other words than
    /// the marked ones, or the marked words found by another pattern than the example's
    /// own; nil when its own pattern finds exactly the marks.
    private static func markProblem(
        _ found: [(span: TextSpan, pattern: String)], _ example: RuleExample, nothingFound: String,
        otherWords: String
    ) -> String? {
        if found.map(\.span).sorted() != example.expectedSpans.sorted() {
            return found.isEmpty
                ? nothingFound
                : "\(otherWords) \(marked(found.map(\.span), in: example.response)), niet wat gemarkeerd is"
        }
        if let other = found.first(where: { $0.pattern != example.pattern }) {
            return "dit voorbeeld hoort bij '\(example.pattern)', maar patroon '\(other.pattern)' vindt het"
        }
        return nil
    }

    /// The line of the file that holds an example (1 when it cannot be found).
    private static func line(of example: String, in text: String) -> Int {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.hasSuffix(example) && line.contains(":") {
            return index + 1
        }
        return 1
    }

    /// The words at `spans` of `response`, each in the `[[…]]` marks the examples use.
    static func marked(_ spans: [TextSpan], in response: String) -> String {
        let text = ResponseText(response)
        return spans.map { "[[" + text.slice($0) + "]]" }.joined(separator: ", ")
    }
}
