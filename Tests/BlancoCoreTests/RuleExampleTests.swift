import Testing

@testable import BlancoCore

/// Runs every example in the rule book, so a rule cannot drift from what it documents.
@Suite("Rule book examples")
struct RuleExampleTests {
    static let analyzer = Analyzer()
    static let ruleIDs = RuleBook.standard.rules.map(\.id)
    static let prefix = "Één cliënt zei iets. "

    static func rule(_ id: String) -> Rule { RuleBook.standard.rule(id: id)! }

    static func spans(of id: String, in response: String, context: String) -> [TextSpan] {
        analyzer.findings(response, context: context).filter { $0.ruleID == id }.map(\.span).sorted()
    }

    /// The names of a rule's patterns (its families), in file order.
    static func patternNames(of rule: Rule) -> [String] {
        guard case .patterns(let patterns) = rule.detection else { return [] }
        var names: [String] = []
        for pattern in patterns where !names.contains(pattern.name) { names.append(pattern.name) }
        return names
    }

    @Test("every rule has an id in the nl.<category>.<name> form, a Dutch message and examples", arguments: ruleIDs)
    func ruleIsDocumented(id: String) {
        let rule = Self.rule(id)
        #expect(rule.id.hasPrefix("nl."))
        #expect(rule.id.split(separator: ".").count == 3)
        #expect(!rule.message.isEmpty && !rule.suggestion.isEmpty)
        #expect(!rule.examples.isEmpty, "a rule needs triggering examples")
        #expect(!rule.counterexamples.isEmpty, "a rule needs non-triggering examples")
    }

    @Test("each triggering example flags exactly the marked spans", arguments: ruleIDs)
    func examplesFlagMarkedSpans(id: String) {
        for example in Self.rule(id).examples {
            let found = Self.spans(of: id, in: example.response, context: example.context)
            let text = ResponseText(example.response)
            #expect(
                found == example.expectedSpans.sorted(),
                "\(id): \(example.text) → \(found.map { "[[" + text.slice($0) + "]]" })")
        }
    }

    @Test("behind a multi-byte prefix the spans shift by the prefix's length in scalars", arguments: ruleIDs)
    func spansSurviveMultiBytePrefix(id: String) {
        let shift = Self.prefix.unicodeScalars.count
        for example in Self.rule(id).examples {
            let found = Self.spans(of: id, in: Self.prefix + example.response, context: example.context)
            let expected = example.expectedSpans.map { TextSpan(start: $0.start + shift, end: $0.end + shift) }.sorted()
            #expect(found == expected, "\(id): \(example.text) → \(found)")
            for span in found {
                let text = ResponseText(Self.prefix + example.response).slice(span)
                #expect(!text.isEmpty && !text.hasPrefix(" "), "\(id): span '\(text)' starts on a word")
            }
        }
    }

    @Test("inside the client's own quoted words a triggering example stays silent", arguments: ruleIDs)
    func quotedExamplesAreSilent(id: String) {
        for example in Self.rule(id).examples {
            let words = example.response
            let response = "Je zei: \u{201C}\(words)\u{201D} Wat gebeurde er daarna?"
            let analysis = Self.analyzer.analyze(response, context: example.context + " " + words)
            #expect(analysis.flags.isEmpty, "\(id): \(response) → \(analysis.flags.map(\.ruleID))")
        }
    }

    @Test("no non-triggering example triggers the rule", arguments: ruleIDs)
    func counterexamplesStaySilent(id: String) {
        for example in Self.rule(id).counterexamples {
            let found = Self.spans(of: id, in: example.response, context: example.context)
            #expect(found.isEmpty, "\(id) fired on: \(example.text)")
        }
    }

    @Test("each exception's own example does not trigger its rule", arguments: ruleIDs)
    func antipatternExamplesStaySilent(id: String) {
        for antipattern in Self.rule(id).antipatterns {
            let found = Self.spans(of: id, in: antipattern.example, context: "")
            #expect(found.isEmpty, "\(id) fired on its exception's example: \(antipattern.example)")
        }
    }

    @Test("every pattern has a triggering example of its own", arguments: ruleIDs)
    func everyPatternIsExercised(id: String) {
        let rule = Self.rule(id)
        for name in Self.patternNames(of: rule) {
            let own = rule.examples.filter { $0.pattern == name }
            #expect(!own.isEmpty, "\(id): pattern '\(name)' has no example")
            #expect(
                own.contains { example in
                    Self.analyzer.findings(example.response, context: example.context).contains {
                        $0.ruleID == id && $0.pattern == name
                    }
                }, "\(id): no example of pattern '\(name)' is flagged by it")
        }
    }

    @Test("each example is flagged by the pattern it belongs to, and by no other of its rule", arguments: ruleIDs)
    func examplesBelongToTheirPattern(id: String) {
        for example in Self.rule(id).examples {
            let patterns = Self.analyzer.findings(example.response, context: example.context).filter { $0.ruleID == id }
                .map(\.pattern)
            #expect(!example.pattern.isEmpty, "\(id): example without a pattern: \(example.text)")
            #expect(
                Set(patterns) == [example.pattern],
                "\(id): \(example.text) belongs to '\(example.pattern)' but is flagged by \(patterns)")
        }
    }

    @Test("a flag names the pattern that found it, in analyze and in the compact analysis alike")
    func flagsNameTheirPattern() {
        let response = "Tja, dat is ook raar. Waarom heeft u niet gebeld?"
        let flags = Self.analyzer.analyze(response).flags
        let verdict = flags.first { $0.ruleID == "nl.judgment.everyday-verdict" }
        #expect(verdict?.pattern == "dat-is-ook-raar")
        var compact: [Flag] = []
        Self.analyzer.analyzeCompactly(response, client: ClientContext("")).forEachFlag { compact.append($0) }
        #expect(compact == flags)
    }

    @Test("rule ids are unique")
    func uniqueIDs() {
        #expect(Set(Self.ruleIDs).count == Self.ruleIDs.count)
    }

    @Test("every category of the guideline has at least one rule")
    func everyCategoryCovered() {
        let covered = Set(RuleBook.standard.rules.map(\.category))
        #expect(covered == Set(Category.allCases))
    }
}
