import Foundation
import Testing

@Suite("blanco list and validate")
struct ExerciseCommandTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("list shows every bundled exercise with its id first, from any working directory")
    func listFromElsewhere() throws {
        let result = try Blanco.run(["list"], directory: URL(fileURLWithPath: "/tmp"))
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("id ") == true)
        let rows = lines.dropFirst().prefix { !$0.contains("oefeningen.") }
        #expect(rows.count >= 24)
        for row in rows {
            let id = row.split(separator: " ").first.map(String.init) ?? ""
            #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(row)")
        }
        #expect(result.stderr.isEmpty)
    }

    @Test("lijst is an alias of list")
    func alias() throws {
        #expect(try Blanco.run(["lijst"]).stdout == (try Blanco.run(["list"]).stdout))
    }

    @Test("validate on the bundled folder exits 0")
    func validateBundled() throws {
        let result = try Blanco.run(["validate", Blanco.packageRoot.appendingPathComponent("Exercises").path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("geen fouten"))
    }

    @Test("validate prints every problem as FILE:LINE: fout: and exits 65")
    func validateBroken() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = directory.appendingPathComponent("leeg.md")
        let binary = directory.appendingPathComponent("binair.md")
        try Data().write(to: empty)
        try Data([0x00, 0x01, 0x02]).write(to: binary)
        let result = try Blanco.run(["controleer", directory.path])
        #expect(result.status == 65)
        #expect(result.stdout.contains("\(binary.path):1: fout: "))
        #expect(result.stdout.contains("\(empty.path):1: fout: het bestand is leeg"))
    }

    @Test("a broken lecturer file gives one warning naming file and line, and list goes on")
    func brokenFileWarning() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("kapot.md")
        try "---\nid: kapot\n---\n\u{1B}[2J## Opening\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try Blanco.run(["list", "--exercises", directory.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(file.path):"))
        #expect(!result.stderr.contains("\u{1B}"), "escape sequences never reach the terminal raw")
        #expect(result.stdout.split(separator: "\n").count > 24)
    }

    @Test("BLANCO_EXERCISES works like --exercises")
    func environmentFolder() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "leeg".write(to: directory.appendingPathComponent("x.md"), atomically: true, encoding: .utf8)
        let result = try Blanco.run(["list"], environment: ["BLANCO_EXERCISES": directory.path])
        #expect(result.stderr.contains("x.md:1: het bestand moet beginnen met metadata"))
    }

    @Test("an unknown option gets the closest valid one and exit 64")
    func unknownOption() throws {
        let result = try Blanco.run(["--exercise", "x", "list"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("bedoelde je '--exercises'?"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("--help lists the commands in Dutch")
    func help() throws {
        let result = try Blanco.run(["--help"])
        #expect(result.status == 0)
        for command in [
            "practice, oefen", "list, lijst", "analyze, analyseer", "rules, regels", "validate, controleer",
        ] {
            #expect(result.stdout.contains(command))
        }
        #expect(result.stdout.contains("Afsluitcodes"))
    }
}
