import Foundation
import Testing

@testable import BlancoCore

@Suite("Profiles: which rules count and how heavily")
struct ProfileTests {
    let leading = "U was toch zeker boos?"

    @Test("the standard profile counts every rule at its own severity")
    func standardIsEveryRule() {
        for rule in RuleBook.standard.rules {
            #expect(Profile.standard.severity(of: rule) == rule.severity, "\(rule.id)")
        }
        #expect(Analyzer().analyze(leading) == Analyzer(profile: .standard).analyze(leading))
    }

    @Test("basis leaves leading questions out and counts every other category")
    func basisLeavesLeadingQuestionsOut() {
        for category in Category.allCases {
            #expect(Profile.basic.counts(category) == (category != .leadingQuestion), "\(category)")
        }
        let standard = Analyzer().analyze(leading)
        let basic = Analyzer(profile: .basic).analyze(leading)
        #expect(standard.flags.contains { $0.category == .leadingQuestion })
        #expect(!basic.flags.contains { $0.category == .leadingQuestion })
        #expect(basic.score.points > standard.score.points)
    }

    @Test("streng weighs every flag as major, so a minor flag costs more")
    func strictMakesEveryFlagMajor() {
        let minorRule = RuleBook.standard.rules.first { $0.severity == .minor }!
        #expect(Profile.strict.severity(of: minorRule) == .major)
        let response = "Dat moet heel zwaar voor u zijn."
        let standard = Analyzer().analyze(response)
        let strict = Analyzer(profile: .strict).analyze(response)
        #expect(standard.flags.contains { $0.severity == .minor })
        #expect(strict.flags.map(\.ruleID) == standard.flags.map(\.ruleID))
        #expect(strict.flags.allSatisfy { $0.severity == .major })
        #expect(strict.score.points < standard.score.points)
    }

    @Test("a long response under a profile is analyzed and written the same way in blocks")
    func longResponseHonoursProfile() {
        let response = String(
            repeating: "U was toch zeker boos? Dat moet zwaar zijn. Wat gebeurde er toen? ", count: 1_500)
        let analyzer = Analyzer(profile: .basic)
        let compact = analyzer.analyzeCompactly(response, client: ClientContext(""))
        #expect(compact.flagCount > 0)
        compact.forEachFlag { #expect($0.category != .leadingQuestion) }
        #expect(compact.expanded() == analyzer.analyze(response))
    }

    @Test("a profile file switches a category off, a single rule back on and changes a severity")
    func profileFile() throws {
        let leadingRule = RuleBook.standard.rules.first { $0.category == .leadingQuestion }!
        let minorAdvice = RuleBook.standard.rules.first { $0.category == .advice && $0.severity == .minor }
        let text = """
            ---
            id: eerstejaars-blok-1   # kebab-case
            titel: Eerstejaars, blok 1
            basis: basis
            ---

            Uitleg voor collega's mag hier staan.

            ## Uit
            - waarom                  # een hele categorie

            ## Aan
            - \(leadingRule.id)

            ## Zwaarte
            - advies: zwaar
            """
        let profile = try ProfileParser.parse(text: text, file: "p.profiel.md").get()
        #expect(profile.id == "eerstejaars-blok-1" && profile.title == "Eerstejaars, blok 1")
        #expect(profile.severity(of: leadingRule) == leadingRule.severity)
        #expect(!profile.counts(.whyQuestion))
        if let minorAdvice { #expect(profile.severity(of: minorAdvice) == .major) }
        let other = RuleBook.standard.rules.first { $0.category == .leadingQuestion && $0.id != leadingRule.id }
        if let other { #expect(profile.severity(of: other) == nil) }
    }

    @Test("every mistake in a profile file is reported with its line")
    func profileFileProblems() {
        let text = """
            ---
            id: Eerste Jaars
            basis: zacht
            kleur: rood
            ---
            - oordeel
            ## Uitt
            - advies
            ## Uit
            - advice
            - nl.judgment.bestaat-niet
            gewoon tekst
            ## Aan
            - advies
            ## Zwaarte
            - oordeel: heel zwaar
            - interpretatie
            """
        guard case .failure(let error) = ProfileParser.parse(text: text, file: "p.profiel.md") else {
            Issue.record("expected problems")
            return
        }
        let lines = error.problems.map(\.line)
        #expect(lines == [2, 3, 4, 6, 7, 11, 12, 14, 16, 17])
        let messages = error.problems.map(\.description)
        #expect(messages[0].hasPrefix("p.profiel.md:2: fout: id 'Eerste Jaars'"))
        #expect(messages[2].contains("bedoelde je 'titel'?") || messages[2].contains("onbekend veld 'kleur'"))
        #expect(messages[4].contains("bedoelde je '## Uit'?"))
        #expect(messages[5].contains("nl.judgment.bestaat-niet"))
        #expect(messages[7].contains("staat ook onder '## Uit'"))
        #expect(messages[8].contains("onbekende zwaarte 'heel zwaar'; kies licht of zwaar"))
    }
}

@Suite("The profile example lecturers copy")
struct ProfileDocumentationTests {
    @Test("the example profile in Exercises/README.md is a valid profile that does what its comments say")
    func readmeExample() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Exercises/README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.range(of: "## Profielen"))
        let start = try #require(text.range(of: "```markdown\n", range: section.upperBound..<text.endIndex))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let profile = try ProfileParser.parse(text: String(text[start.upperBound..<end.lowerBound]), file: "README")
            .get()
        #expect(profile.id == "eerstejaars-blok-1")
        #expect(!profile.counts(.whyQuestion))
        let tagWord = try #require(RuleBook.standard.rule(id: "nl.leading.tag-word"))
        #expect(profile.severity(of: tagWord) != nil)
        let exclamation = try #require(RuleBook.standard.rule(id: "nl.judgment.exclamation"))
        #expect(profile.severity(of: exclamation) == nil)
        for rule in RuleBook.standard.rules where rule.category == .advice {
            #expect(profile.severity(of: rule) == .major)
        }
    }
}
