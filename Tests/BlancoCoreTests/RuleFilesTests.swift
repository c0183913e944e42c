import Foundation
import Testing

@testable import BlancoCore

@Suite("Rule files")
struct RuleFilesTests {
    static let root = BundledExercisesTests.root
    static let rulesDirectory = root.appendingPathComponent(RuleBookSource.rulesDirectory).path

    static func loaded() throws -> RuleFiles {
        switch RuleFiles.load(directory: rulesDirectory) {
        case .success(let files): return files
        case .failure(let error): throw error
        }
    }

    static func problems(_ text: String, file: String = "Rules/nl/judgment/test-rule.md") -> [String] {
        switch RuleFileParser.parse(text: text, file: file, vocabularies: ["intensifiers", "evaluative"]) {
        case .success: return []
        case .failure(let error): return error.problems.map(\.description)
        }
    }

    static let valid = """
        ---
        id: nl.judgment.test-rule
        category: judgment
        severity: minor
        scope: assertions
        ---

        ## message

        Een oordeel.

        ## suggestion

        Vraag verder.

        ## pattern dat-is-raar
        why: A verdict on the situation.
        match: dat|dit is|was @intensifiers? raar|vreemd END
        example: Tja, [[dat is echt raar]].
        context: Hij belde niet terug.
        counterexample: Wat vond u raar?

        ## exception vraagwoord
        why: A question asks for the client's view.
        reach: sentence
        match: START wat|hoe
        example: Wat is er raar aan?

        """

    @Test("the embedded rule book and word lists match Rules/ (else run `swift run blanco-embed`)")
    func embeddedBookIsFresh() throws {
        let files = try Self.loaded()
        for (path, expected) in [
            (RuleBookSource.generatedRulesPath, RuleBookSource.renderRules(files)),
            (RuleBookSource.generatedVocabularyPath, RuleBookSource.renderVocabulary(files)),
        ] {
            let checkedIn = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
            #expect(checkedIn == expected, "\(path) is stale: run `\(BundledExerciseSource.regenerateCommand)`")
        }
    }

    @Test("the rule files describe the rule book the analyzer runs, rule for rule and pattern for pattern")
    func filesAreTheBook() throws {
        let fromFiles = try Self.loaded().ruleBook().rules
        #expect(fromFiles.map(\.id) == RuleBook.standard.rules.map(\.id))
        for (a, b) in zip(fromFiles, RuleBook.standard.rules) {
            guard case .patterns(let x) = a.detection, case .patterns(let y) = b.detection else { continue }
            #expect(x.map(\.name) == y.map(\.name), "\(a.id)")
            #expect(x.map { $0.elements.count } == y.map { $0.elements.count }, "\(a.id)")
        }
    }

    @Test("the signal files describe the good-move patterns the analyzer runs, pattern for pattern")
    func signalFilesAreTheBook() throws {
        let fromFiles = try Self.loaded().ruleBook().signals
        #expect(fromFiles.map(\.kind) == RuleBook.standard.signals.map(\.kind))
        for (a, b) in zip(fromFiles, RuleBook.standard.signals) {
            #expect(a.patterns.map(\.name) == b.patterns.map(\.name), "\(a.kind)")
            #expect(a.patterns.map(\.source) == b.patterns.map(\.source), "\(a.kind)")
        }
    }

    static func signalProblems(_ text: String, file: String = "Rules/nl/signals/meaning-check.md") -> [String] {
        switch SignalFileParser.parse(bytes: Array(text.utf8), file: file, vocabularies: ["intensifiers"]) {
        case .success: return []
        case .failure(let error): return error.problems.map(\.description)
        }
    }

    static let validSignal = """
        ---
        signal: meaning-check
        ---

        ## pattern klopt-dat
        why: A bare "klopt dat?" hands the listener's reading back.
        match: START klopt dat|het END
        example: [[Klopt dat]]?
        counterexample: Wat klopt er niet?

        ## counterexamples
        counterexample: Dat klopt.

        """

    @Test("a well-formed signal file parses into its kind, patterns and examples")
    func parsesSignalFile() throws {
        let source = try SignalFileParser.parse(
            bytes: Array(Self.validSignal.utf8), file: "Rules/nl/signals/meaning-check.md", vocabularies: []
        ).get()
        #expect(source.kind == .meaningCheck)
        #expect(source.patterns.map(\.name) == ["klopt-dat"])
        #expect(source.examples.map(\.pattern) == ["klopt-dat"])
        #expect(source.resolve(VocabularyTable()).counterexamples.map(\.text) == ["Dat klopt.", "Wat klopt er niet?"])
    }

    @Test("each mistake in a signal file is reported with its line, with a suggestion where one fits")
    func signalFileProblems() {
        let file = "Rules/nl/signals/meaning-check.md"
        #expect(
            Self.signalProblems(Self.validSignal.replacing("signal: meaning-check", with: "signal: meaning-chek"))
                == ["\(file):2: fout: onbekende waarde 'meaning-chek' voor 'signal'; bedoelde je 'meaning-check'?"])
        #expect(
            Self.signalProblems(Self.validSignal, file: "Rules/nl/signals/check.md") == [
                "Rules/nl/signals/check.md:2: fout: het bestand heet 'check.md' maar het signaal 'meaning-check'; noem het 'meaning-check.md'"
            ])
        let skipFirst = Self.validSignal.replacing("match: START klopt dat|het END", with: "match: ...2 klopt")
        #expect(
            Self.signalProblems(skipFirst) == [
                "\(file):5: fout: patroon 'klopt-dat': een signaalpatroon begint (na START en woorden met ?) met een woord, niet met '...2 klopt'"
            ])
        let noExample = Self.validSignal.replacing("example: [[Klopt dat]]?\n", with: "")
        #expect(
            Self.signalProblems(noExample) == [
                "\(file):5: fout: patroon 'klopt-dat': geef minstens één 'example:' waarop het patroon afgaat"
            ])
        #expect(
            Self.signalProblems(Self.validSignal.replacing("## counterexamples", with: "## message")) == [
                "\(file):11: fout: onbekend onderdeel 'message'; geldig in een signaalbestand: pattern NAAM, counterexamples"
            ])
    }

    @Test("an example of a signal file that its pattern does not find is reported at its line")
    func signalExampleProblems() throws {
        let text = Self.validSignal.replacing("example: [[Klopt dat]]?", with: "example: [[Klopt]] dat?")
        let files = try RuleFiles.parse(files: [("mijn/signals/meaning-check.md", Array(text.utf8))], base: .bundled)
            .get()
        #expect(
            files.exampleProblems().map(\.description) == [
                "mijn/signals/meaning-check.md:8: fout: de patronen vinden hier [[Klopt dat]], niet wat gemarkeerd is"
            ])
    }

    @Test("a well-formed rule file parses into its parts")
    func parsesTemplate() throws {
        let rule = try RuleFileParser.parse(
            text: Self.valid, file: "Rules/nl/judgment/test-rule.md", vocabularies: ["intensifiers"]
        ).get()
        #expect(rule.id == "nl.judgment.test-rule" && rule.scope == .assertions && rule.severity == .minor)
        #expect(rule.patterns.map(\.name) == ["dat-is-raar"])
        #expect(
            rule.patterns[0].lines == [
                [
                    .words([.word("dat"), .word("dit")]), .words([.word("is"), .word("was")]),
                    .optional([.vocabulary("intensifiers")]), .words([.word("raar"), .word("vreemd")]), .end,
                ]
            ])
        #expect(
            rule.examples == [
                RuleExample("Tja, [[dat is echt raar]].", context: "Hij belde niet terug.", pattern: "dat-is-raar")
            ])
        #expect(rule.patterns[0].counterexamples.map(\.text) == ["Wat vond u raar?"])
        #expect(rule.exceptions.map(\.reach) == [.sameSentence])
    }

    @Test("each mistake is reported with its file and line, like the exercise validator")
    func reportsProblemsWithLines() {
        let broken = Self.valid
            .replacing("severity: minor", with: "severity: klein")
            .replacing("@intensifiers?", with: "@intensifers?")
            .replacing("example: Tja, [[dat is echt raar]].", with: "example: Tja, dat is echt raar.")
        #expect(
            Self.problems(broken) == [
                "Rules/nl/judgment/test-rule.md:4: fout: onbekende waarde 'klein' voor 'severity'; kies uit: minor, major",
                "Rules/nl/judgment/test-rule.md:18: fout: '@intensifers?': onbekende woordenlijst '@intensifers'; bedoelde je '@intensifiers'?",
                "Rules/nl/judgment/test-rule.md:19: fout: markeer in een voorbeeld de woorden die de regel moet vinden met [[ en ]]",
            ])
    }

    @Test("a pattern needs a why, a match and an example; names are unique")
    func patternNeedsItsParts() {
        let text = Self.valid + "\n## pattern dat-is-raar\nmatch: raar END\n"
        #expect(
            Self.problems(text) == [
                "Rules/nl/judgment/test-rule.md:29: fout: de naam 'dat-is-raar' komt al voor (regel 16); elk patroon heeft een eigen naam",
                "Rules/nl/judgment/test-rule.md:29: fout: patroon 'dat-is-raar': schrijf in een regel 'why:' waarom het bestaat",
                "Rules/nl/judgment/test-rule.md:29: fout: patroon 'dat-is-raar': geef minstens één 'example:' waarop het patroon afgaat",
            ])
    }

    @Test("the file is named after the rule and sits in its category's folder")
    func fileNameFollowsID() {
        #expect(
            Self.problems(Self.valid, file: "Rules/nl/advice/other.md") == [
                "Rules/nl/advice/other.md:2: fout: het bestand heet 'other.md' maar de regel 'nl.judgment.test-rule'; noem het bestand 'test-rule.md'",
                "Rules/nl/advice/other.md:2: fout: de regel 'nl.judgment.test-rule' hoort in een map 'judgment', niet in 'advice'",
            ])
    }

    @Test(
        "pattern words are written as the analyzer folds them", arguments: ["Raar", "cliënt", "dat,is", "...11", "!"])
    func patternWordsAreFolded(element: String) {
        #expect(PatternSyntax.parse("dat \(element)"[...], vocabularies: []).isFailure)
    }

    @Test("SAME needs a word before it to repeat", arguments: ["SAME is", "START SAME", "...2 SAME dat"])
    func sameNeedsAWordBefore(line: String) {
        #expect(PatternSyntax.parse(line[...], vocabularies: []).isFailure)
    }

    @Test("SAME matches the word the match starts at, not another")
    func sameRepeatsTheStartWord() {
        let analyzer = Analyzer()
        let flagged = analyzer.analyze("Tja, diefstal is diefstal.").flags.map(\.pattern)
        #expect(flagged.contains("dealen-is-dealen"))
        #expect(!analyzer.analyze("Tja, diefstal is misdaad.").flags.map(\.pattern).contains("dealen-is-dealen"))
    }

    @Test("a pattern line parses back from its rendering")
    func patternRoundTrip() throws {
        let line = "START @evaluative|kras !niet|geen ...3 is? SAME PAUSE REST"
        let elements = try PatternSyntax.parse(line[...], vocabularies: ["evaluative"]).get()
        #expect(PatternSyntax.render(elements) == line)
    }

    @Test("a rule missing from the order list, or listed without a file, is reported")
    func orderListIsComplete() {
        let files: [(path: String, bytes: [UInt8])] = [
            ("R/nl/order.md", Array("- nl.judgment.other\n".utf8)),
            ("R/nl/judgment/test-rule.md", Array(Self.valid.utf8)),
        ]
        guard case .failure(let error) = RuleFiles.parse(files: files, base: .bundled) else {
            Issue.record("expected problems")
            return
        }
        #expect(
            error.problems.map(\.description).contains(
                "R/nl/order.md:1: fout: de regel 'nl.judgment.test-rule' ontbreekt in de lijst; zet er '- nl.judgment.test-rule' bij"
            ))
    }

    @Test("a rule file of one's own may name the bundled word lists and runs like a bundled rule")
    func ownRuleRuns() throws {
        let files = try RuleFiles.parse(
            files: [("mijn/test-rule.md", Array(Self.valid.replacing("judgment/", with: "").utf8))], base: .bundled
        ).get()
        let analyzer = Analyzer(rules: files.ruleBook())
        let flags = analyzer.analyze("Tja, dat is heel raar.").flags
        #expect(flags.map(\.pattern) == ["dat-is-raar"])
        #expect(analyzer.analyze("Wat is er raar aan?").flags.isEmpty)
    }

    @Test("yields-to-echo: clause reads the clause a closing tag confirms, not the tag's own words")
    func echoReadsTheClauseATagCloses() throws {
        let rule = """
            ---
            id: nl.leading.test-tag
            category: leading-question
            severity: minor
            extent: sentence
            yields-to-echo: clause
            ---

            ## message

            Een suggestieve vraag.

            ## suggestion

            Vraag open.

            ## pattern he-tag
            why: A closing tag after a word asks the client to confirm the clause before it.
            match: !he he PAUSE
            example: [[je was toen heel bang he?]]

            """
        let files = try RuleFiles.parse(files: [("mijn/test-tag.md", Array(rule.utf8))], base: .bundled).get()
        let analyzer = Analyzer(rules: files.ruleBook())
        let context = "Ik werk in de bakkerij. Ik zit er nu al een jaar, op die plek achter de oven."
        // The client's fact given back with the tag: the clause before it is theirs.
        for silent in [
            "je zit er nu al een jaar he, op die plek?", "oké. je zit er nu al een jaar, he?",
            "je werkt in de bakkerij, je zit er nu al een jaar, achter de oven he?",
        ] {
            #expect(analyzer.analyze(silent, context: context).flags.isEmpty, "\(silent)")
        }
        // The listener's own reading before the tag, also after a clause of the client's.
        for flagged in ["je baalt er nu al een jaar van he?", "je zit er nu al een jaar, je bent het zat he?"] {
            #expect(analyzer.analyze(flagged, context: context).flags.map(\.pattern) == ["he-tag"], "\(flagged)")
        }
        // Without the client's words there is nothing to give back.
        #expect(analyzer.analyze("je zit er nu al een jaar he, op die plek?").flags.map(\.pattern) == ["he-tag"])
    }

    @Test("PAUSE closes a phrase before a comma or colon, after closing tags, or at the end; END only at the end")
    func pauseClosesAPhrase() throws {
        let rule = Self.valid.replacing("judgment/", with: "").replacing(
            "match: dat|dit is|was @intensifiers? raar|vreemd END",
            with: "match: dat|dit is|was @intensifiers? raar|vreemd PAUSE")
        let files = try RuleFiles.parse(files: [("mijn/test-rule.md", Array(rule.utf8))], base: .bundled).get()
        let analyzer = Analyzer(rules: files.ruleBook())
        for flagged in [
            "Dat is echt raar, drie maanden.", "dat is raar zeg, net nu", "Dat is vreemd: hij belde niet.",
            "Dat is raar.",
        ] {
            #expect(analyzer.analyze(flagged).flags.map(\.pattern) == ["dat-is-raar"], "\(flagged)")
        }
        for silent in ["Dat is raar weer vandaag, zei u.", "dat is vreemd genoeg gelukt"] {
            #expect(analyzer.analyze(silent).flags.isEmpty, "\(silent)")
        }
        let withEnd = Analyzer(
            rules: try RuleFiles.parse(
                files: [("mijn/test-rule.md", Array(Self.valid.replacing("judgment/", with: "").utf8))], base: .bundled
            ).get().ruleBook())
        #expect(withEnd.analyze("Dat is echt raar, drie maanden.").flags.isEmpty)
    }

    @Test("a word list's inflected forms and d/t slips are matched")
    func vocabularyForms() throws {
        let text = "---\nkind: lexicon\ninflect: yes\nprovenance: test\n---\n\n## words\n\nnaar, vervelend\n"
        let source = try VocabularyFileParser.parse(bytes: Array(text.utf8), file: "vocabulary/test.md").get()
        let forms = VocabularySource.table([source]).entries["test"]!.matchForms
        #expect(forms.isSuperset(of: ["naar", "nare", "vervelend", "vervelende", "vervelent"]))
    }
}

extension Result {
    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}
