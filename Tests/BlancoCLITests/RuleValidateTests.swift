import Foundation
import Testing

@Suite("blanco validate on rule files")
struct RuleValidateTests {
    @Test("validate Rules checks every bundled rule file and word list and exits 0")
    func bundledRules() throws {
        let result = try Blanco.run(["validate", Blanco.packageRoot.appendingPathComponent("Rules").path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasPrefix("71 regels, 2 signalen en 22 woordenlijsten gecontroleerd: geen fouten."))
    }

    @Test("a broken rule file of one's own gets FILE:LINE: fout: lines and exit 65")
    func brokenOwnRule() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("kort-verdict.md")
        try """
        ---
        id: nl.judgment.kort-verdict
        category: judgment
        severity: minor
        ---

        ## message

        Een kort oordeel.

        ## suggestion

        Vraag door.

        ## pattern balen
        why: A one-word verdict.
        match: START balen|@intensifers END
        example: [[Balen]].

        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try Blanco.run(["validate", folder.path])
        #expect(result.status == 65)
        #expect(
            result.stdout == """
                \(file.path):17: fout: 'balen|@intensifers': onbekende woordenlijst '@intensifers'; bedoelde je '@intensifiers'?
                1 fout in 1 bestand; 0 regels zijn in orde.

                """)
    }
}

extension RuleValidateTests {
    @Test("an example its pattern does not flag as marked is reported at its line")
    func exampleNotFlagged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("balen.md")
        try """
        ---
        id: nl.judgment.balen
        category: judgment
        severity: minor
        ---

        ## message

        Een kort oordeel.

        ## suggestion

        Vraag door.

        ## pattern balen
        why: A one-word verdict.
        match: START balen END
        example: [[Balen]].
        example: Het is [[balen]].
        counterexample: Balen.

        """.write(to: file, atomically: true, encoding: .utf8)
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
                "VLAG  nl.judgment.everyday-verdict › dat-is-ook-raar\n        woorden: \u{201C}Dat is toch raar\u{201D} [0–16]"
            ))
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
