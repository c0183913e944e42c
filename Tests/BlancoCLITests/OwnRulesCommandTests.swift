import Foundation
import Testing

/// `--regels DIR` (`--rules`): a lecturer's own rule files, checked like `blanco validate`,
/// added to the bundled rules for `analyze` and `practice`.
@Suite("Own rules on the command line")
struct OwnRulesCommandTests {
    /// An own judgment rule for a resigned verdict on the system.
    let ownRule = """
        ---
        id: nl.judgment.nou-eenmaal
        category: judgment
        severity: minor
        ---

        ## message

        Met "zo gaat dat nou eenmaal" geef je je eigen oordeel over hoe het systeem werkt.

        ## suggestion

        Vraag liever hoe de cliënt het meemaakte: "Hoe ging dat verder?"

        ## pattern nou-eenmaal
        why: A resigned verdict on how things go, the listener's view, not the client's.
        match: START zo gaat|werkt dat|het nou eenmaal REST
        example: [[Zo gaat dat nou eenmaal bij de gemeente]].

        """

    private func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "blanco-own-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    private func rules(_ result: Blanco.Result) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let flags = try #require(object["flags"] as? [[String: Any]])
        return flags.compactMap { $0["rule"] as? String }
    }

    @Test("analyze --regels DIR flags the example of an own rule, and the bundled rules still apply")
    func ownRuleFlagsItsExample() throws {
        let dir = try folder(["nou-eenmaal.md": ownRule])
        defer { try? FileManager.default.removeItem(at: dir) }
        let response = "Zo gaat dat nou eenmaal bij de gemeente. Het was zeker glad?"
        let without = try rules(Blanco.run(["analyze", "--format", "json", response]))
        #expect(!without.contains("nl.judgment.nou-eenmaal"))
        let with = try Blanco.run(["analyze", "--regels", dir.path, "--format", "json", response])
        #expect(with.status == 0, "\(with.stderr)")
        let found = try rules(with)
        #expect(found.contains("nl.judgment.nou-eenmaal"))
        #expect(found.contains { $0.hasPrefix("nl.leading.") }, "\(found)")
        let english = try Blanco.run(["--rules=\(dir.path)", "analyze", "--format", "json", response])
        #expect(try rules(english) == found)
    }

    @Test("an own rule with the id of a bundled rule replaces it")
    func sameIDReplaces() throws {
        let replacement = """
            ---
            id: nl.advice.must
            category: advice
            severity: minor
            ---

            ## message

            Eigen uitleg van de docent over moeten.

            ## suggestion

            Vraag wat de cliënt zelf al deed.

            ## pattern je-moet
            why: Only the plain 'je moet' at the start, as this lecturer wants it.
            match: START je moet REST
            example: [[Je moet echt een klacht indienen]].

            """
        let dir = try folder(["must.md": replacement])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Blanco.run(["--regels", dir.path, "analyze", "Je moet echt een klacht indienen."])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Eigen uitleg van de docent over moeten."))
        let bundled = try Blanco.run(["analyze", "Je moet echt een klacht indienen."])
        #expect(!bundled.stdout.contains("Eigen uitleg van de docent"))
    }

    @Test("a broken own rule file stops analyze with FILE:LINE: fout: and exit 65")
    func brokenRuleFile() throws {
        let broken = ownRule.replacingOccurrences(of: "match: START zo gaat", with: "match: START @intensifers zo gaat")
        let dir = try folder(["nou-eenmaal.md": broken])
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("nou-eenmaal.md").path
        let result = try Blanco.run(["analyze", "--regels", dir.path, "Wat gebeurde er toen?"])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(file):17: fout: "), "\(result.stderr)")
        #expect(result.stderr.contains("onbekende woordenlijst '@intensifers'"))
        let practice = try Blanco.run(["--regels", dir.path, "practice"], stdin: Data())
        #expect(practice.status == 65)
        #expect(practice.stderr.contains("\(file):17: fout: "))
    }

    @Test("--regels with a folder that holds no rule files is refused, not ignored")
    func emptyFolder() throws {
        let dir = try folder([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Blanco.run(["analyze", "--regels", dir.path, "Wat gebeurde er toen?"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("geen regelbestanden"))
    }
}
