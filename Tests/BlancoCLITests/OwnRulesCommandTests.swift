import Foundation
import Testing

/// `--regels DIR` (`--rules`): a lecturer's own rule files, checked like `blanco validate`,
/// added to the bundled rules for `analyze` and `practice`.
@Suite("Own rules on the command line")
struct OwnRulesCommandTests {
    /// An own rule of a lecturer: the listener fills in from their own experience.
    let ownRule = """
        ---
        id: nl.interpretation.eigen-ervaring
        category: interpretation
        severity: minor
        ---

        ## message

        Met "dat ken ik zelf ook" vul je het verhaal van de cliënt in met je eigen ervaring.

        ## suggestion

        Vraag liever hoe de cliënt het meemaakte: "Hoe was dat voor u?"

        ## pattern ken-ik-zelf
        why: The listener's own experience put in place of the client's film.
        match: START ik ken|herken dat|het zelf? ook? wel? REST
        example: [[Ik ken dat zelf ook wel]].

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
        let dir = try folder(["eigen-ervaring.md": ownRule])
        defer { try? FileManager.default.removeItem(at: dir) }
        let response = "Ik ken dat zelf ook wel. Het was zeker glad?"
        let without = try rules(Blanco.run(["analyze", "--format", "json", response]))
        #expect(!without.contains("nl.interpretation.eigen-ervaring"))
        let with = try Blanco.run(["analyze", "--regels", dir.path, "--format", "json", response])
        #expect(with.status == 0, "\(with.stderr)")
        let found = try rules(with)
        #expect(found.contains("nl.interpretation.eigen-ervaring"))
        #expect(found.contains { $0.hasPrefix("nl.leading.") }, "\(found)")
        let english = try Blanco.run(["--rules=\(dir.path)", "analyze", "--format", "json", response])
        #expect(try rules(english) == found)
    }

    @Test("practice --regels DIR flags with the own rule too, and the grade counts it")
    func practiceUsesOwnRules() throws {
        let dir = try folder(["eigen-ervaring.md": ownRule])
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = Data("Hoe ging het die woensdagochtend?\nIk ken dat zelf ook wel.\n/klaar\n".utf8)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent(
            "blanco-own-rules-home-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let bundled = try Blanco.run(
            ["practice", "losse-stoeptegel-gevallen"], stdin: input, environment: ["BLANCO_HOME": home])
        let own = try Blanco.run(
            ["--regels", dir.path, "practice", "losse-stoeptegel-gevallen"], stdin: input,
            environment: ["BLANCO_HOME": home])
        #expect(bundled.status == 0 && own.status == 0, "\(own.stderr)")
        #expect(own.stdout.contains("✗ interpretatie"), "\(own.stdout)")
        func points(_ result: Blanco.Result) -> Int? {
            guard let range = result.stdout.range(of: #"Cijfer: \d+,\d \(\d+/100"#, options: .regularExpression) else {
                return nil
            }
            return Int(result.stdout[range].split(separator: "(").last!.dropLast(4))
        }
        #expect(try #require(points(own)) < (try #require(points(bundled))))
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

    @Test("an unchanged copy of a bundled check rule is a valid own rule: its examples run inside the bundled book")
    func copiedCheckRuleValidates() throws {
        let rulesFolder = Blanco.packageRoot.appendingPathComponent("Rules/nl")
        var checked = 0
        for category in try FileManager.default.contentsOfDirectory(atPath: rulesFolder.path).sorted()
        where !["vocabulary", "signals"].contains(category) {
            let categoryFolder = rulesFolder.appendingPathComponent(category)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: categoryFolder.path) else {
                continue
            }
            for name in names.sorted() where name.hasSuffix(".md") {
                let text = try String(contentsOf: categoryFolder.appendingPathComponent(name), encoding: .utf8)
                guard text.contains("\ncheck: ") else { continue }
                let dir = try folder([name: text])
                defer { try? FileManager.default.removeItem(at: dir) }
                let result = try Blanco.run(["validate", dir.path])
                #expect(result.status == 0, "\(category)/\(name): \(result.stdout)\(result.stderr)")
                checked += 1
            }
        }
        #expect(checked >= 5, "only \(checked) check rules found")
    }

    @Test("an own signal file replaces the patterns of its good move, and validate checks its examples")
    func ownSignalFile() throws {
        let signal = """
            ---
            signal: meaning-check
            ---

            ## pattern klopt-dit
            why: This lecturer's students check with "klopt dit?".
            match: START klopt dit END
            example: [[Klopt dit]]?

            """
        let dir = try folder(["meaning-check.md": signal])
        defer { try? FileManager.default.removeItem(at: dir) }
        func kinds(_ result: Blanco.Result) throws -> [String] {
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return try #require(object["signals"] as? [[String: Any]]).compactMap { $0["kind"] as? String }
        }
        #expect(try kinds(Blanco.run(["analyze", "--format", "json", "Klopt dit?"])).isEmpty)
        let own = try Blanco.run(["analyze", "--regels", dir.path, "--format", "json", "Klopt dit?"])
        #expect(own.status == 0, "\(own.stderr)")
        #expect(try kinds(own) == ["meaning-check"])
        let replaced = try Blanco.run(["analyze", "--regels", dir.path, "--format", "json", "Bedoel je de brief?"])
        #expect(try !kinds(replaced).contains("meaning-check"), "\(replaced.stdout)")
        let valid = try Blanco.run(["validate", dir.path])
        #expect(valid.status == 0)
        #expect(valid.stdout.contains("1 signaal gecontroleerd: geen fouten."), "\(valid.stdout)")

        let wrong = try folder([
            "meaning-check.md": signal.replacingOccurrences(of: "[[Klopt dit]]?", with: "[[Klopt]] dit?")
        ])
        defer { try? FileManager.default.removeItem(at: wrong) }
        let file = wrong.appendingPathComponent("meaning-check.md").path
        let invalid = try Blanco.run(["validate", wrong.path])
        #expect(invalid.status == 65)
        #expect(
            invalid.stdout.contains("\(file):8: fout: de patronen vinden hier [[Klopt dit]], niet wat gemarkeerd is"),
            "\(invalid.stdout)")
    }

    @Test("rules --regels DIR lists the own rules after the bundled ones, each marked as own")
    func rulesListsOwnRules() throws {
        let dir = try folder(["eigen-ervaring.md": ownRule])
        defer { try? FileManager.default.removeItem(at: dir) }
        let bundled = try Blanco.run(["rules"])
        #expect(!bundled.stdout.contains("eigen regel"))
        let listed = try Blanco.run(["rules", "--regels", dir.path])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.hasPrefix(bundled.stdout))
        #expect(listed.stdout.contains("nl.interpretation.eigen-ervaring  (interpretatie, licht, eigen regel)"))
        let one = try Blanco.run(["--regels", dir.path, "regels", "nl.interpretation.eigen-ervaring"])
        #expect(one.stdout.contains("Voorbeeld: \u{201C}Ik ken dat zelf ook wel.\u{201D}"), "\(one.stdout)")
        let typo = try Blanco.run(["--regels", dir.path, "rules", "nl.interpretation.eigen-ervaringen"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("bedoelde je 'nl.interpretation.eigen-ervaring'?"))

        let json = try Blanco.run(["--regels", dir.path, "rules", "--format", "json", "--category", "interpretatie"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(
            rules.filter { $0["own"] as? Bool == true }.map { $0["id"] as? String } == [
                "nl.interpretation.eigen-ervaring"
            ])
    }

    @Test("rules --regels DIR marks an own rule that replaces a bundled one in its place")
    func rulesMarksReplacement() throws {
        let replacement = ownRule.replacingOccurrences(
            of: "id: nl.interpretation.eigen-ervaring", with: "id: nl.interpretation.motive")
        let dir = try folder(["motive.md": replacement])
        defer { try? FileManager.default.removeItem(at: dir) }
        let listed = try Blanco.run(["--regels", dir.path, "rules", "--category", "interpretation"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(
            listed.stdout.contains(
                "nl.interpretation.motive  (interpretatie, licht, eigen regel, vervangt de meegeleverde)"),
            "\(listed.stdout)")
    }

    @Test("a profile may switch an own rule off or change its severity, for analyze and validate with --regels")
    func profileNamesOwnRule() throws {
        let dir = try folder(["eigen-ervaring.md": ownRule])
        defer { try? FileManager.default.removeItem(at: dir) }
        let profiles = try folder([
            "stil.profiel.md": "---\nid: stil\n---\n\n## Uit\n- nl.interpretation.eigen-ervaring\n",
            "zwaar.profiel.md": "---\nid: zwaar\n---\n\n## Zwaarte\n- nl.interpretation.eigen-ervaring: zwaar\n",
        ])
        defer { try? FileManager.default.removeItem(at: profiles) }
        let response = "Ik ken dat zelf ook wel."
        func flags(_ profile: String) throws -> [[String: Any]] {
            let result = try Blanco.run([
                "--regels", dir.path, "analyze", "--format", "json", "--profiel",
                profiles.appendingPathComponent(profile).path, response,
            ])
            #expect(result.status == 0, "\(result.stderr)")
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return try #require(object["flags"] as? [[String: Any]])
        }
        #expect(try flags("stil.profiel.md").isEmpty)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-own-home-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let practice = try Blanco.run(
            [
                "--regels", dir.path, "--profiel", profiles.appendingPathComponent("stil.profiel.md").path, "practice",
                "losse-stoeptegel-gevallen",
            ], stdin: Data("Hoe ging het die woensdagochtend?\n\(response)\n/klaar\n".utf8),
            environment: ["BLANCO_HOME": home.path])
        #expect(practice.status == 0, "\(practice.stderr)")
        #expect(!practice.stdout.contains("✗ interpretatie"), "\(practice.stdout)")
        #expect(try flags("zwaar.profiel.md").map { $0["severity"] as? String } == ["major"])

        let file = profiles.appendingPathComponent("stil.profiel.md").path
        let without = try Blanco.run(["analyze", "--profiel", file, response])
        #expect(without.status == 65)
        #expect(
            without.stderr.contains(
                "\(file):6: fout: onbekende regel 'nl.interpretation.eigen-ervaring'; 'blanco rules' toont de ids, en een eigen regel bestaat alleen met 'blanco --regels MAP'"
            ), "\(without.stderr)")
        let unchecked = try Blanco.run(["validate", file])
        #expect(unchecked.status == 65)
        #expect(unchecked.stdout.contains("\(file):6: fout: onbekende regel 'nl.interpretation.eigen-ervaring'"))
        let checked = try Blanco.run(["--regels", dir.path, "validate", profiles.path])
        #expect(checked.status == 0, "\(checked.stdout)")
        let together = try Blanco.run(["validate", dir.path, file])
        #expect(together.status == 0, "\(together.stdout)")

        let typo = try folder([
            "tikfout.profiel.md": "---\nid: tikfout\n---\n\n## Uit\n- nl.interpretation.eigen-ervarin\n"
        ])
        defer { try? FileManager.default.removeItem(at: typo) }
        let suggested = try Blanco.run(["--regels", dir.path, "validate", typo.path])
        #expect(suggested.status == 65)
        #expect(
            suggested.stdout.contains(
                "tikfout.profiel.md:6: fout: onbekende regel 'nl.interpretation.eigen-ervarin'; bedoelde je 'nl.interpretation.eigen-ervaring'?"
            ), "\(suggested.stdout)")
    }

    @Test("a broken own rule file stops analyze with FILE:LINE: fout: and exit 65")
    func brokenRuleFile() throws {
        let broken = ownRule.replacingOccurrences(of: "match: START ik ken", with: "match: START @intensifers ik ken")
        let dir = try folder(["eigen-ervaring.md": broken])
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("eigen-ervaring.md").path
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

    @Test("klas rapport --regels re-grades a hand-in with the own rules it was practised with")
    func classReportUsesOwnRules() throws {
        let dir = try folder(["eigen-ervaring.md": ownRule])
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = try ClassFolder()
        try folder.handIn(
            ["Wat is er gebeurd?", "Ik ken dat zelf ook wel.", "Hoe was dat voor u?"], name: "Anna",
            options: ["--regels", dir.path])
        func report(_ options: [String]) throws -> (row: String, interpretations: Int) {
            let csv = try Blanco.run(["klas", "rapport", folder.path, "--format", "csv"] + options)
            #expect(csv.status == 0, "\(csv.stderr)")
            let row = try #require(csv.stdout.split(separator: "\r\n").first { $0.hasPrefix("Anna;") })
            let json = try Blanco.run(["klas", "rapport", folder.path, "--format", "json"] + options)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
            let exercise = try #require((object["exercises"] as? [[String: Any]])?.first)
            return (String(row), (exercise["categories"] as? [String: Int])?["interpretation"] ?? 0)
        }
        let own = try report(["--regels", dir.path])
        #expect(own.row.contains(";ja;"), "the stored grade is the one the own rules give: \(own.row)")
        #expect(own.interpretations == 1)
        let bundled = try report([])
        #expect(bundled.row.contains(";nee;"), "without the own rules the grade differs, and the report says so")
        #expect(bundled.interpretations == 0)
    }
}
