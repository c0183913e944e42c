import Testing

@testable import BlancoCore

/// Runs every example of the signal files (`Rules/nl/signals/`), as `RuleExampleTests` does
/// for the rules, so a good-move pattern cannot drift from what its file documents.
@Suite("Signal file examples")
struct SignalExampleTests {
    static let analyzer = Analyzer()
    static let kinds = RuleBook.standard.signals.map(\.kind)

    static func signal(_ kind: Signal.Kind) -> SignalRule { RuleBook.standard.signals.first { $0.kind == kind }! }

    static func matches(of kind: Signal.Kind, in example: RuleExample) -> [(span: TextSpan, pattern: String)] {
        analyzer.signalFindings(example.response, context: example.context).filter { $0.kind == kind }
            .map { ($0.span, $0.pattern) }
    }

    @Test("the bundled good moves are a meaning check and an experience question, each with patterns")
    func bundledKinds() {
        #expect(Self.kinds == [.meaningCheck, .experienceQuestion])
        for signal in RuleBook.standard.signals {
            #expect(!signal.patterns.isEmpty && !signal.counterexamples.isEmpty, "\(signal.kind)")
        }
    }

    @Test("every signal pattern has an example of its own that it finds", arguments: kinds)
    func everyPatternIsExercised(kind: Signal.Kind) {
        let signal = Self.signal(kind)
        for name in Set(signal.patterns.map(\.name)) {
            let own = signal.examples.filter { $0.pattern == name }
            #expect(!own.isEmpty, "\(kind): pattern '\(name)' has no example")
            #expect(
                own.contains { Self.matches(of: kind, in: $0).contains { $0.pattern == name } },
                "\(kind): no example of pattern '\(name)' is found by it")
        }
    }

    @Test("each example is found exactly at its marks, by its own pattern only", arguments: kinds)
    func examplesBelongToTheirPattern(kind: Signal.Kind) {
        for example in Self.signal(kind).examples {
            let found = Self.matches(of: kind, in: example)
            let text = ResponseText(example.response)
            #expect(
                found.map(\.span).sorted() == example.expectedSpans.sorted(),
                "\(kind): \(example.text) → \(found.map { "[[" + text.slice($0.span) + "]]" })")
            #expect(Set(found.map(\.pattern)) == [example.pattern], "\(kind): \(example.text) → \(found)")
        }
    }

    @Test("each example earns its move in the analysis a trainee sees", arguments: kinds)
    func examplesEarnTheMove(kind: Signal.Kind) {
        for example in Self.signal(kind).examples {
            let analysis = Self.analyzer.analyze(example.response, context: example.context)
            #expect(analysis.signals.contains { $0.kind == kind }, "\(kind): \(example.text) → \(analysis.signals)")
            #expect(analysis.flags.isEmpty, "\(kind): \(example.text) → \(analysis.flags.map(\.ruleID))")
        }
    }

    @Test("no counterexample is found by a pattern of its signal", arguments: kinds)
    func counterexamplesStaySilent(kind: Signal.Kind) {
        for example in Self.signal(kind).counterexamples {
            #expect(Self.matches(of: kind, in: example).isEmpty, "\(kind) found in: \(example.text)")
        }
    }

    @Test("a flag in the same sentence takes the move away: a good question around a guess is a guess")
    func flaggedSentenceEarnsNoMove() {
        let good = Self.analyzer.analyze("Bedoel je dat je toen naar huis ging?")
        #expect(good.signals.map(\.kind) == [.meaningCheck])
        let wrapped = Self.analyzer.analyze("Bedoel je dat je je schaamde?")
        #expect(wrapped.flags.map(\.ruleID) == ["nl.interpretation.feeling-attributed"])
        #expect(wrapped.signals.isEmpty)
    }
}
