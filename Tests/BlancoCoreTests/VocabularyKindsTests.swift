import Testing

@testable import BlancoCore

@Suite("Phrase, form and line lists")
struct VocabularyKindsTests {
    private func parse(_ text: String) -> Result<VocabularySource, RuleFileError> {
        VocabularyFileParser.parse(bytes: Array(text.utf8), file: "vocabulary/test.md")
    }

    @Test("a phrase list keeps its phrases in file order, each under its section's label")
    func phrasesInOrder() throws {
        let source = try parse(
            "---\nkind: phrases\nlabels: wie, waar\nprovenance: test\n---\n\n## phrases waar\n\nwaar, welke plek\n\n"
                + "## phrases wie\n\nwie\n"
        ).get()
        #expect(source.phrases.map(\.label) == ["waar", "waar", "wie"])
        #expect(source.phrases.map(\.words) == [["waar"], ["welke", "plek"], ["wie"]])
    }

    @Test("a form list gives each form its standard words")
    func forms() throws {
        let source = try parse("---\nkind: forms\nprovenance: test\n---\n\n## forms\n\nda's = dat is, k = ik\n").get()
        #expect(source.forms.map(\.written) == ["da's", "k"])
        #expect(source.forms.map(\.standard) == [["dat", "is"], ["ik"]])
    }

    @Test("bad lines in phrase and form lists are reported in Dutch with file and line")
    func badLines() {
        let phrases =
            "---\nkind: phrases\nlabels: wie\nprovenance: test\n---\n\n## phrases wat\n\nwat\n\n## phrases wie\n\nwie,\nWíe?,\nwie\n"
        #expect(
            parse(phrases).problems == [
                "vocabulary/test.md:7: fout: onbekend label 'wat'; kies uit: wie",
                "vocabulary/test.md:14: fout: 'Wíe?' is geen woord zoals de analyse het ziet; schrijf kleine letters zonder accenten",
                "vocabulary/test.md:15: fout: 'wie' staat al eerder in de lijst",
            ])
        let forms = "---\nkind: forms\nprovenance: test\n---\n\n## forms\n\nk = ik,\nk = ik,\ntwee woorden = een, tis\n"
        #expect(
            parse(forms).problems == [
                "vocabulary/test.md:9: fout: de vorm 'k' staat al eerder in de lijst",
                "vocabulary/test.md:10: fout: verwacht 'vorm = standaardwoorden', bijvoorbeeld 'da's = dat is'",
                "vocabulary/test.md:10: fout: verwacht 'vorm = standaardwoorden', bijvoorbeeld 'da's = dat is'",
            ])
        #expect(
            parse("---\nkind: zinnen\nprovenance: test\n---\n\n## words\n\nja\n").problems == [
                "vocabulary/test.md:2: fout: onbekende waarde 'zinnen' voor 'kind'; kies uit: words, lexicon, phrases, forms, lines"
            ])
    }

    @Test("a pattern cannot name a phrase or form list")
    func notNameable() throws {
        let names = try RuleFilesTests.loaded().table.names
        #expect(names.contains("encouragers"))
        #expect(!names.contains("spoken-forms") && !names.contains("aspect-phrases"))
    }

    @Test("every spoken form is ASCII, so the tokenizer's byte table holds each of them")
    func spokenFormsAreASCII() {
        #expect(!Words.spokenForms.isEmpty)
        #expect(Words.spokenForms.keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
    }

    @Test("the labels of the aim phrases are the film's aspects, those of the goal words categories")
    func labelsAreKnown() {
        #expect(Set(Words.aspectPhrases.map(\.label)) == Set(Aspect.allCases.map(\.rawValue)))
        #expect(Words.goalWords.allSatisfy { Category(rawValue: $0.label) != nil })
    }

    @Test("a line list keeps each sentence whole, commas and all, in file order under its label")
    func linesInOrder() throws {
        let source = try parse(
            "---\nkind: lines\nlabels: kort, lang\nprovenance: test\n---\n\n## lines lang\n\n"
                + "- Nou, dat zei ik toch al, {u} weet het.\n- Ja.\n\n## lines kort\n\n-   Hm.  \n"
        ).get()
        #expect(source.lines.map(\.label) == ["lang", "lang", "kort"])
        #expect(source.lines.map(\.text) == ["Nou, dat zei ik toch al, {u} weet het.", "Ja.", "Hm."])
    }

    @Test("bad lines in a line list are reported in Dutch with file and line")
    func badSentences() {
        let text =
            "---\nkind: lines\nlabels: kort, lang\nprovenance: test\n---\n\n## lines kort\n\nJa.\n- Zeg {jij} het maar.\n"
            + "- Ja.\n- Ja.\n\n## lines midden\n\n- Hm.\n"
        #expect(
            parse(text).problems == [
                "vocabulary/test.md:9: fout: schrijf elke zin als '- zin', op een eigen regel",
                "vocabulary/test.md:10: fout: onbekende plek '{jij}'; de zinnen kennen alleen {u}, {U}, {uw}",
                "vocabulary/test.md:12: fout: deze zin staat al eerder onder 'kort'",
                "vocabulary/test.md:14: fout: onbekend onderdeel 'lines midden'; schrijf '## lines LABEL', met LABEL uit: kort, lang",
            ])
        #expect(
            parse("---\nkind: lines\nlabels: kort, lang\nprovenance: test\n---\n\n## lines kort\n\n- Ja.\n").problems
                == [
                    "vocabulary/test.md:3: fout: het label 'lang' heeft geen zinnen; schrijf '## lines lang' met ten minste één zin"
                ])
        #expect(
            parse("---\nkind: lines\nprovenance: test\n---\n\n## lines kort\n\n- Ja.\n").problems == [
                "vocabulary/test.md:1: fout: een lijst van zinnen noemt zijn onderdelen in 'labels:'"
            ])
    }

    @Test("the client's reply file has lines for every situation the simulated client meets, and only those")
    func clientRepliesCoverEverySituation() throws {
        let file = try #require(try RuleFilesTests.loaded().vocabularies.first { $0.name == "client-replies" })
        let known = Set(ClientLines.situations + Category.allCases.map(\.rawValue))
        #expect(Set(file.labels).isSuperset(of: ClientLines.situations))
        #expect(Set(file.labels).isSubset(of: known))
        for situation in ClientLines.situations {
            #expect(!ClientLines.section(situation).isEmpty, "\(situation)")
        }
        #expect(ClientLines.puzzled.first == "Eh... wat bedoelt {u}? Daar ging het toch niet over?")
        #expect(ClientLines.moreReactions[.advice]?.count == 2 && ClientLines.moreReactions[.systemLanguage] == nil)
    }
}

extension Result where Failure == RuleFileError {
    fileprivate var problems: [String] {
        if case .failure(let error) = self { return error.problems.map(\.description) }
        return []
    }
}
