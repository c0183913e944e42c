import Foundation
import Testing

/// What a lecturer writing a first exercise meets: a skeleton to start from, warnings for
/// the silent mistakes, one clear message per real mistake, and a probe for topic words.
@Suite("help for exercise authors")
struct ExerciseAuthoringTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-author-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The template of Exercises/README.md with `id`, after `change` was applied to it.
    func exercise(_ id: String, _ change: (String) -> String = { $0 }) throws -> String {
        let template = try DocSandbox.exerciseTemplate()
        return change(template.text.replacingOccurrences(of: "id: \(template.id)", with: "id: \(id)"))
    }

    func validate(_ text: String, name: String = "oefening.md") throws -> Blanco.Result {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        let result = try Blanco.run(["validate", file.path])
        return Blanco.Result(
            status: result.status, stdout: result.stdout.replacingOccurrences(of: directory.path + "/", with: ""),
            stderr: result.stderr)
    }

    @Test("blanco nieuw writes a valid skeleton from the template, and never overwrites")
    func newSkeleton() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let made = try Blanco.run(["nieuw", "brief-van-de-corporatie"], directory: directory)
        #expect(made.status == 0, "\(made.stderr)")
        let file = directory.appendingPathComponent("brief-van-de-corporatie.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("id: brief-van-de-corporatie"))
        let checked = try Blanco.run(["validate", file.path])
        #expect(
            checked.status == 0 && checked.stdout.contains("1 oefening gecontroleerd: geen fouten"), "\(checked.stdout)"
        )
        let nested = try Blanco.run(["new", "tweede", directory.appendingPathComponent("nieuw/map").path])
        #expect(nested.status == 0, "\(nested.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("nieuw/map/tweede.md").path))
        let again = try Blanco.run(["new", "brief-van-de-corporatie", directory.path])
        #expect(again.status == 1 && again.stderr.contains("het bestand bestaat al"), "\(again.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
        let wrong = try Blanco.run(["nieuw", "Brief Van"], directory: directory)
        #expect(wrong.status == 64 && wrong.stderr.contains("kleine letters"))
    }

    @Test("validate warns, without failing, about topic words that do not do what the author meant")
    func topicWordWarnings() throws {
        let result = try validate(
            exercise("mijn-paaltjes") { text in
                text.replacingOccurrences(
                    of: "woorden: paaltjes, riool, werkzaamheden, gat, stoep",
                    with: "woorden: paaltjes; riool, toen, gat"
                )
                .replacingOccurrences(
                    of: "woorden: buurman, henk, gemeld, app, antwoord", with: "woorden: buurman, gat, gemeld")
            })
        #expect(result.status == 0, "\(result.stdout)")
        #expect(
            result.stdout.contains(
                "waarschuwing: 'paaltjes; riool' is nu één onderwerpwoord; scheid onderwerpwoorden met komma's"))
        #expect(result.stdout.contains("waarschuwing: het onderwerpwoord 'toen' komt in bijna elke vraag voor"))
        #expect(result.stdout.contains("waarschuwing: het onderwerpwoord 'gat' staat ook bij het feit op regel"))
        #expect(result.stdout.contains("geen fouten, 3 waarschuwingen."), "\(result.stdout)")
    }

    @Test("validate warns about a .txt file --exercises would skip and an id that replaces a bundled exercise")
    func fileAndIDWarnings() throws {
        let text = try validate(exercise("mijn-paaltjes"), name: "oefening.txt")
        #expect(text.status == 0)
        #expect(text.stdout.contains("oefening.txt:1: waarschuwing: dit bestand eindigt niet op .md"), "\(text.stdout)")
        let replacing = try validate(exercise("grofvuil-bank-blijft-staan"))
        #expect(replacing.status == 0)
        #expect(replacing.stdout.contains("het id 'grofvuil-bank-blijft-staan' heeft ook een meegeleverde oefening"))
        let bundled = try Blanco.run(["validate", Blanco.packageRoot.appendingPathComponent("Exercises").path])
        #expect(!bundled.stdout.contains("meegeleverde oefening"), "the bundled files themselves replace nothing")
    }

    @Test("a missing closing --- is one message that says where it belongs")
    func unclosedMetadata() throws {
        let result = try validate(
            exercise("open-eind") {
                $0.replacingOccurrences(of: "\n---\n\n## Opening", with: "\n\n## Opening")
            })
        #expect(result.status == 65)
        let errors = result.stdout.split(separator: "\n").filter { $0.contains(": fout: ") }
        #expect(errors.count == 1, "\(result.stdout)")
        #expect(errors.first?.contains("niet afgesloten met een regel '---'; zet die regel vóór regel") == true)
    }

    @Test("(key) suggests (kern), a fact without '>' is one message, and cliënt: is client:")
    func clearerErrors() throws {
        let key = try validate(
            exercise("sleutel") { $0.replacingOccurrences(of: "### wanneer (kern)", with: "### wanneer (key)") })
        #expect(key.status == 65)
        #expect(key.stdout.contains("onbekende markering '(key)'; bedoelde je '(kern)'?"), "\(key.stdout)")

        let unquoted = try validate(
            exercise("zonder-citaat") {
                $0.replacingOccurrences(of: "> Mijn buurman Henk heeft", with: "Mijn buurman Henk heeft")
            })
        #expect(unquoted.status == 65)
        let errors = unquoted.stdout.split(separator: "\n").filter { $0.contains(": fout: ") }
        #expect(errors.count == 1, "\(unquoted.stdout)")
        #expect(errors.first?.contains("zet '> ' voor de regel van de cliënt") == true)

        let accent = try validate(
            exercise("met-accent") { $0.replacingOccurrences(of: "\nclient: ", with: "\ncliënt: ") })
        #expect(accent.status == 0, "\(accent.stdout)")
    }

    @Test("validate --proef shows which fact a question brings up and which topic words it touched")
    func probe() throws {
        let result = try Blanco.run(
            [
                "validate", "--proef", "grofvuil-bank-blijft-staan", "Wat stond er in de mail?",
                "Wat slordig van de gemeente.",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        // Wrapped to the terminal's width: read as one line per question.
        let flat = result.stdout.replacingOccurrences(of: "\n  ", with: " ")
        #expect(flat.contains("→ het feit op regel 16 (wat, kern)"), "\(result.stdout)")
        #expect(flat.contains("de vraag raakt de onderwerpwoorden 'mail', 'stond'"))
        #expect(flat.contains("→ geen nieuw feit: de cliënt"), "\(result.stdout)")

        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("paaltjes.md")
        try Data(try exercise("mijn-paaltjes").utf8).write(to: file)
        let own = try Blanco.run(["validate", "--probe", file.path, "Wanneer begon het?"])
        #expect(own.status == 0)
        #expect(own.stdout.contains("(wanneer, kern)") && own.stdout.contains("'begon'"), "\(own.stdout)")

        let unknown = try Blanco.run(["validate", "--proef", "grofvuil-bank-blijft-stan", "Wat gebeurde er?"])
        #expect(unknown.status == 64 && unknown.stderr.contains("bedoelde je"))
    }
}
