import Testing

@testable import BlancoCore

@Suite("Explaining an analysis (--uitleg)")
struct ExplanationTests {
    static let analyzer = Analyzer()

    @Test("a flag is explained by its rule, its pattern and the words the pattern matched")
    func flagIsExplained() throws {
        let explanation = Self.analyzer.explain("Tja, dat is ook raar. Wat gebeurde er toen?")
        let flagged = explanation.matches.filter { $0.outcome == .flagged }
        #expect(flagged.map(\.ruleID) == ["nl.judgment.everyday-verdict"])
        let match = try #require(flagged.first)
        #expect(match.pattern.name == "dat-is-ook-raar" && match.text == "dat is ook raar" && match.sentence == 0)
        #expect(match.pattern.source.hasPrefix("dat|dit|het|zoiets is|was @intensifiers?"))
        #expect(!match.pattern.why.isEmpty)
        #expect(explanation.analysis.flags.map(\.pattern) == ["dat-is-ook-raar"])
    }

    @Test(
        "every exception's own example shows the exception that kept its rule silent",
        arguments: RuleBook.standard.rules.map(\.id))
    func exceptionsAreNamed(id: String) {
        let rule = RuleBook.standard.rule(id: id)!
        for antipattern in rule.antipatterns {
            let explanation = Self.analyzer.explain(antipattern.example)
            let silenced = explanation.matches.filter { $0.ruleID == id }.map(\.outcome)
            #expect(!explanation.analysis.flags.contains { $0.ruleID == id })
            #expect(
                silenced.contains { if case .exception = $0 { true } else { false } } || silenced.isEmpty
                    || silenced.allSatisfy { if case .outOfScope = $0 { true } else { false } },
                "\(id): \(antipattern.example) → \(silenced)")
        }
    }

    @Test("the client's quoted words are listed as not read")
    func quotedWordsAreUnread() {
        let explanation = Self.analyzer.explain(
            "U zei: \u{201C}het is schandalig\u{201D}. Wat gebeurde er toen?", context: "Het is schandalig.")
        #expect(explanation.analysis.flags.isEmpty)
        #expect(explanation.unread.map(\.text) == ["het is schandalig"])
    }

    @Test("an opinion-question at the late stage is explained as a good move, not a flag")
    func lateStage() {
        let explanation = Self.analyzer.explain("Wat vindt u daar zelf van?", stage: .late)
        #expect(explanation.analysis.flags.isEmpty)
        #expect(explanation.matches.contains { $0.ruleID.hasPrefix("nl.opinion.") && $0.outcome == .lateStage })
    }

    @Test("a match in a kind of sentence its rule does not look at is shown as out of scope")
    func outOfScope() {
        let explanation = Self.analyzer.explain("Dat is toch raar, vindt u ook niet?")
        #expect(
            explanation.matches.contains {
                $0.ruleID == "nl.opinion.vinden" && $0.outcome == .outOfScope(.notDeclarativeQuestions)
            })
        #expect(explanation.checks.map(\.flag.ruleID) == ["nl.opinion.agreement-bid"])
    }

    @Test("a good move is explained by its signal pattern, and shown as not counted when a rule flags its sentence")
    func goodMoveIsExplained() throws {
        let explanation = Self.analyzer.explain("Bedoel je de brief van maart? Bedoel je dat je je schaamde?")
        let moves = explanation.signalMatches
        #expect(moves.map(\.kind) == [.meaningCheck, .meaningCheck])
        #expect(moves.map(\.pattern.name) == ["bedoel-je", "bedoel-je"])
        #expect(moves.map(\.text) == ["Bedoel je", "Bedoel je"])
        #expect(moves.map(\.earned) == [true, false])
        #expect(moves.first?.pattern.source == "bedoel|bedoelt je|jij|u|jullie")
    }
}
