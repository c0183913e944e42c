import Foundation
import Testing

@Suite("blanco validate on rule files")
struct RuleValidateTests {
    @Test("validate Rules checks every bundled rule file and word list and exits 0")
    func bundledRules() throws {
        let rules = Blanco.packageRoot.appendingPathComponent("Rules")
        let result = try Blanco.run(["validate", rules.path])
        #expect(result.status == 0, "\(result.stdout)")
        // Every rule file, signal file and word list of the tree is counted, none skipped.
        let language = rules.appendingPathComponent("nl")
        let folders = try FileManager.default.contentsOfDirectory(atPath: language.path)
        var ruleCount = 0
        var signalCount = 0
        var listCount = 0
        for folder in folders {
            let files =
                (try? FileManager.default.contentsOfDirectory(
                    atPath: language.appendingPathComponent(folder).path)) ?? []
            let markdown = files.filter { $0.hasSuffix(".md") }.count
            switch folder {
            case "vocabulary": listCount += markdown
            case "signals": signalCount += markdown
            default: ruleCount += markdown
            }
        }
        #expect(ruleCount > 70 && signalCount > 1 && listCount > 20)
        #expect(
            result.stdout.hasPrefix(
                "\(ruleCount) regels, \(signalCount) signalen en \(listCount) woordenlijsten gecontroleerd: geen fouten."
            ))
    }

    @Test("a broken rule file of one's own gets FILE:LINE: fout: lines and exit 65")
    func brokenOwnRule() throws {
        let (folder, file) = try Self.ownRule(
            "kort-verdict",
            pattern: """
                ## pattern balen
                why: A one-word verdict.
                match: START balen|@intensifers END
                example: [[Balen]].

                """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Blanco.run(["validate", folder.path])
        #expect(result.status == 65)
        #expect(
            result.stdout == """
                \(file.path):17: fout: 'balen|@intensifers': onbekende woordenlijst '@intensifers'; bedoelde je '@intensifiers'?
                1 fout in 1 bestand; 0 regels zijn in orde.

                """)
    }

    /// A temporary folder with one judgment rule of one's own, `NAME.md`: the same metadata,
    /// message and suggestion every time (14 lines), then the pattern section given, so a
    /// test's expected line numbers start counting at line 15.
    static func ownRule(_ name: String, pattern: String) throws -> (folder: URL, file: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("\(name).md")
        let header = """
            ---
            id: nl.judgment.\(name)
            category: judgment
            severity: minor
            ---

            ## message

            Een kort oordeel.

            ## suggestion

            Vraag door.


            """
        try (header + pattern).write(to: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

}

extension RuleValidateTests {
    @Test("an example its pattern does not flag as marked is reported at its line")
    func exampleNotFlagged() throws {
        let (folder, file) = try Self.ownRule(
            "balen",
            pattern: """
                ## pattern balen
                why: A one-word verdict.
                match: START balen END
                example: [[Balen]].
                example: Het is [[balen]].
                counterexample: Balen.

                """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Blanco.run(["validate", file.path])
        #expect(result.status == 65)
        #expect(
            result.stdout == """
                \(file.path):19: fout: de regel vindt niets in dit voorbeeld
                \(file.path):20: fout: de regel vindt iets in dit tegenvoorbeeld: [[Balen]]
                2 fouten in 1 bestand; 0 regels zijn in orde.

                """)
    }
}

@Suite("blanco analyze --uitleg")
struct AnalyzeExplainTests {
    @Test("--uitleg shows each flag's rule, pattern and words, and why other matches stayed silent")
    func explains() throws {
        let result = try Blanco.run(["analyze", "--uitleg", "Dat is toch raar, vindt u ook niet?"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "VLAG  nl.judgment.opinion-tag › vind-je-ook-niet\n        woorden: \u{201C}Dat is toch raar, vindt u ook niet?\u{201D} [0–35]"
            ))
        #expect(
            result.stdout.contains("stil:    nl.judgment.opinion-tag spreekt al voor deze woorden (zelfde categorie)"))
        #expect(result.stdout.contains("stil:    buiten bereik: de regel kijkt alleen naar"))
        #expect(result.stdout.contains("VLAG  nl.opinion.agreement-bid › agreement-bid (controle van de hele zin)"))
        #expect(
            try Blanco.run(["analyze", "--explain", "Dat is toch raar, vindt u ook niet?"]).stdout == result.stdout)
    }

    @Test("--uitleg with --format json is a usage error")
    func onlyText() throws {
        let result = try Blanco.run(["analyze", "--uitleg", "--format", "json", "Dat is raar."])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--uitleg werkt alleen met --format text"))
    }

    @Test("json and jsonl flags carry the pattern that found them")
    func jsonCarriesPattern() throws {
        let result = try Blanco.run(["analyze", "--format", "json", "Tja, dat is ook raar."])
        #expect(
            result.stdout.contains(
                "\"rule\":\"nl.judgment.everyday-verdict\",\"pattern\":\"dat-is-ook-raar\",\"severity\""))
    }
}
