import Foundation
import Testing

/// Profiles from the command line: `--profiel basis|standaard|streng` or a lecturer's
/// profile file, honoured by `analyze`, `practice` and the grade, and checked by `validate`.
@Suite("Profiles on the command line")
struct ProfileCommandTests {
    /// A leading question that also supplies the answer: a leading-question flag and an
    /// interpretation flag under the standard profile.
    let leading = "Het was zeker glad?"

    private func categories(_ result: Blanco.Result) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let flags = try #require(object["flags"] as? [[String: Any]])
        return flags.compactMap { $0["category"] as? String }
    }

    private func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "blanco-profiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    /// The bundled stoeptegel exercise under another id, meant for `profile`.
    private func exercise(id: String, profile: String) throws -> String {
        let original = try String(
            contentsOf: Blanco.packageRoot.appendingPathComponent("Exercises/losse-stoeptegel-gevallen.md"),
            encoding: .utf8)
        return original.replacingOccurrences(
            of: "id: losse-stoeptegel-gevallen\n", with: "id: \(id)\nprofiel: \(profile)\n")
    }

    @Test("analyze --profiel basis leaves the leading question out; standaard and the default count it")
    func analyzeHonoursProfile() throws {
        let standard = try categories(Blanco.run(["analyze", "--format", "json", leading]))
        let named = try categories(Blanco.run(["analyze", "--format", "json", "--profiel", "standaard", leading]))
        let basic = try categories(Blanco.run(["analyze", "--format", "json", "--profiel", "basis", leading]))
        #expect(standard.contains("leading-question") && standard.contains("interpretation"))
        #expect(named == standard)
        #expect(basic == ["interpretation"])
        let text = try Blanco.run(["--profiel=basis", "analyze", leading])
        #expect(!text.stdout.contains("suggestieve vraag:"))
    }

    @Test("analyze --profiel streng weighs a minor flag as major, and the jsonl stream says so")
    func strictInJSONLines() throws {
        let line = #"{"id": "s1", "response": "Dat moet zwaar voor u zijn."}"# + "\n"
        let standard = try Blanco.run(["analyze", "--format", "jsonl"], stdin: Data(line.utf8))
        let strict = try Blanco.run(["analyze", "--format", "jsonl", "--profiel", "streng"], stdin: Data(line.utf8))
        #expect(standard.stdout.contains(#""severity":"minor""#))
        #expect(strict.stdout.contains(#""severity":"major""#) && !strict.stdout.contains(#""severity":"minor""#))
    }

    @Test("an unknown profile is a usage error that names the closest one")
    func unknownProfile() throws {
        let result = try Blanco.run(["analyze", "--profiel", "basic", "Wat gebeurde er?"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("onbekend profiel 'basic'; bedoelde je 'basis'?"))
    }

    @Test("a profile file is used by analyze, and a broken one is refused with FILE:LINE messages")
    func profileFile() throws {
        let dir = try folder([
            "eerstejaars.profiel.md":
                "---\nid: eerstejaars\nbasis: standaard\n---\n\n## Uit\n- suggestief\n- interpretatie\n",
            "kapot.profiel.md": "---\nid: kapot\n---\n\n## Uit\n- suggestieff\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let own = try Blanco.run([
            "analyze", "--format", "json", "--profiel", dir.appendingPathComponent("eerstejaars.profiel.md").path,
            leading,
        ])
        #expect(own.status == 0)
        #expect(try categories(own).isEmpty)
        let byID = try Blanco.run([
            "--exercises", dir.path, "analyze", "--format", "json", "--profiel", "eerstejaars", leading,
        ])
        #expect(try categories(byID).isEmpty)
        let broken = try Blanco.run([
            "analyze", "--profiel", dir.appendingPathComponent("kapot.profiel.md").path, leading,
        ])
        #expect(broken.status == 65)
        #expect(
            broken.stderr.contains(
                "kapot.profiel.md:6: fout: onbekende categorie of regel 'suggestieff'; bedoelde je 'suggestief'?"))
        let validated = try Blanco.run(["validate", dir.path])
        #expect(validated.status == 65)
        #expect(validated.stdout.contains("kapot.profiel.md:6: fout: onbekende categorie of regel 'suggestieff'"))
    }

    @Test("practice goes by the profile the exercise names, --profiel wins over it, and the grade follows")
    func practiceHonoursExerciseProfile() throws {
        let dir = try folder(["stoeptegel-eerstejaars.md": try exercise(id: "stoeptegel-eerstejaars", profile: "basis")]
        )
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = Data("Hoe ging het die woensdagochtend?\n\(leading)\n/klaar\n".utf8)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent(
            "blanco-profile-home-\(UUID().uuidString)"
        ).path
        let basic = try Blanco.run(
            ["--exercises", dir.path, "practice", "stoeptegel-eerstejaars"], stdin: input,
            environment: ["BLANCO_HOME": home])
        let standard = try Blanco.run(
            ["--exercises", dir.path, "--profiel", "standaard", "practice", "stoeptegel-eerstejaars"], stdin: input,
            environment: ["BLANCO_HOME": home])
        #expect(basic.status == 0 && standard.status == 0)
        #expect(basic.stdout.contains("Profiel: basis"))
        #expect(!basic.stdout.contains("✗ suggestieve vraag") && basic.stdout.contains("✗ interpretatie"))
        #expect(standard.stdout.contains("✗ suggestieve vraag"))
        func points(_ result: Blanco.Result) -> Int? {
            guard let range = result.stdout.range(of: #"Cijfer: \d+,\d \(\d+/100"#, options: .regularExpression) else {
                return nil
            }
            return Int(result.stdout[range].split(separator: "(").last!.dropLast(4))
        }
        let basicPoints = try #require(points(basic))
        let standardPoints = try #require(points(standard))
        #expect(basicPoints > standardPoints)
    }

    @Test("validate reports an exercise that names an unknown profile at its line, and counts profile files")
    func validateExerciseProfile() throws {
        let dir = try folder([
            "a.md": try exercise(id: "stoeptegel-a", profile: "eerstejaarz"),
            "eerstejaars.profiel.md": "---\nid: eerstejaars\nbasis: basis\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Blanco.run(["validate", dir.path])
        #expect(result.status == 65)
        #expect(result.stdout.contains("a.md:3: fout: onbekend profiel 'eerstejaarz'; bedoelde je 'eerstejaars'?"))
        try Data(try exercise(id: "stoeptegel-a", profile: "eerstejaars").utf8).write(
            to: dir.appendingPathComponent("a.md"))
        let fixed = try Blanco.run(["validate", dir.path])
        #expect(fixed.status == 0)
        #expect(fixed.stdout.contains("1 oefening en 1 profiel gecontroleerd: geen fouten."))
    }
}
