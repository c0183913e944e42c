import Foundation
import Testing

@Suite("conventions users expect from a command-line tool")
struct ConventionTests {
    @Test("'-' reads the response from standard input")
    func dashIsStandardInput() throws {
        let result = try Blanco.run(["analyze", "--format", "json", "-"], stdin: Data("Wat is er gebeurd?\n".utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"open-question\"") || result.stdout.contains("open"), "\(result.stdout)")
    }

    @Test("--context-file - reads the client's words from standard input, the response from the argument")
    func contextFromStandardInput() throws {
        let withContext = try Blanco.run(
            ["analyze", "--context-file", "-", "--format", "json", "Je zegt dat het onterecht is."],
            stdin: Data("Het is echt onterecht.".utf8))
        let without = try Blanco.run(["analyze", "--format", "json", "Je zegt dat het onterecht is."])
        #expect(withContext.status == 0 && without.status == 0, "\(withContext.stderr)")
        #expect(withContext.stdout != without.stdout, "the client's own words should not count as a judgment")
        let both = try Blanco.run(["analyze", "--context-file", "-"], stdin: Data("x".utf8))
        #expect(both.status == 64 && both.stderr.contains("als argument"))
    }

    @Test("empty standard input is an error, not silence")
    func emptyStandardInput() throws {
        for arguments in [["analyze"], ["analyze", "-"], ["analyze", "--format", "json"]] {
            let result = try Blanco.run(arguments, stdin: Data())
            #expect(result.status == 65, "\(arguments)")
            #expect(result.stderr.contains("er kwam niets binnen"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let context = try Blanco.run(["analyze", "--context-file", "-", "Wat gebeurde er?"], stdin: Data())
        #expect(context.status == 65)
    }

    @Test("blanco help help and blanco help hulp explain the help command")
    func helpHelp() throws {
        for name in ["help", "hulp"] {
            let result = try Blanco.run(["help", name])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("Gebruik: blanco help [COMMANDO]"))
        }
    }

    @Test("a mistyped option after a command gets the closest suggestion, global options included")
    func mistypedOption() throws {
        let result = try Blanco.run(["list", "--hlep"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("bedoelde je '--help'?"), "\(result.stderr)")
        let top = try Blanco.run(["--hlep"])
        #expect(top.status == 64 && top.stderr.contains("bedoelde je '--help'?"))
    }

    @Test("a file the system cannot open is named with the reason in Dutch")
    func dutchSystemErrors() throws {
        let missing = try Blanco.run(["analyze", "--context-file", "/geen/bestand", "x"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("het bestand of de map bestaat niet"), "\(missing.stderr)")
        let directory = try Blanco.run(["analyze", "--context-file", "/tmp", "x"])
        #expect(directory.status == 1)
        #expect(directory.stderr.contains("dit is een map"), "\(directory.stderr)")
    }

    @Test("export -o - writes the portfolio to standard output and no file named '-'")
    func exportToStandardOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-dash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Blanco.run(
            ["export", "-o", "-"], environment: ["BLANCO_HOME": folder.path], directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Portfolio blanco luisteren"), "\(result.stdout.prefix(200))")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
    }

    @Test("a file name the system refuses is explained in Dutch words, not the C library's English")
    func refusedNameInDutch() throws {
        let name = "/tmp/" + String(repeating: "a", count: 300) + ".md"
        let result = try Blanco.run(["export", "-o", name])
        #expect(result.status == 1)
        #expect(result.stderr.contains("de naam is te lang"), "\(result.stderr)")
        #expect(!result.stderr.contains("too long"), "\(result.stderr)")
    }

    func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("list, rules and validate write one JSON object with a schema version for scripts")
    func listingsAsJSON() throws {
        let list = try Blanco.run(["list", "--format", "json"])
        #expect(list.status == 0)
        let listed = try object(list.stdout)
        #expect(listed["schemaVersion"] as? Int == 1)
        let exercises = try #require(listed["exercises"] as? [[String: Any]])
        #expect(exercises.count >= 24)
        #expect(exercises.contains { $0["id"] as? String == "grofvuil-bank-blijft-staan" && $0["level"] as? Int == 1 })
        #expect(exercises.allSatisfy { $0["done"] as? Bool == false && $0["bestGrade"] is NSNull })

        let rules = try object(try Blanco.run(["rules", "--format", "json", "--category", "advies"]).stdout)
        let advice = try #require(rules["rules"] as? [[String: Any]])
        #expect(!advice.isEmpty && advice.allSatisfy { $0["category"] as? String == "advice" })
        #expect(advice.allSatisfy { ($0["examples"] as? [String])?.isEmpty == false })

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "blanco-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("---\nid: kapot\n".utf8).write(to: directory.appendingPathComponent("kapot.md"))
        let validate = try Blanco.run(["validate", "--format", "json", directory.path])
        #expect(validate.status == 65)
        let checked = try object(validate.stdout)
        let problems = try #require(checked["problems"] as? [[String: Any]])
        #expect(checked["exercises"] as? Int == 0)
        #expect(problems.first?["file"] as? String == directory.appendingPathComponent("kapot.md").path)
        #expect(problems.first?["line"] is Int)
    }
}
