import Foundation
import Testing

@Suite("blanco analyze")
struct AnalyzeCommandTests {
    func json(_ line: Substring) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test("the text report names each flag, its rule and offsets, the good moves and the score")
    func textReport() throws {
        let result = try Blanco.run(["analyze", "Wat vervelend voor je. Wat gebeurde er toen?"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("oordeel: \u{201C}Wat vervelend\u{201D}  [0–13, nl.judgment.exclamation]"))
        #expect(result.stdout.contains("open vraag naar feiten"))
        #expect(result.stdout.contains("Score: 75 van 100, cijfer 7,8"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour without a terminal")
    }

    @Test("--color always highlights the flagged words; an escape in the response is made visible")
    func colourHighlight() throws {
        let result = try Blanco.run(["--color", "always", "analyze", "Wat erg \u{1B}[31m voor je."])
        #expect(result.stdout.contains("\u{1B}[1;4;31mWat erg\u{1B}[0m"))
        #expect(result.stdout.contains("^[[31m"))
    }

    @Test("--format json prints one object with flags, signals, score and grade")
    func jsonFormat() throws {
        let result = try Blanco.run([
            "analyze", "--format", "json", "--context", "Ik ben boos.", "Waarom heb je niet gebeld?",
        ])
        #expect(result.status == 0)
        let object = try json(result.stdout.split(separator: "\n")[0])
        let flags = try #require(object["flags"] as? [[String: Any]])
        #expect(flags.count == 1)
        #expect(flags[0]["category"] as? String == "why-question")
        #expect(flags[0]["start"] as? Int == 0 && flags[0]["end"] as? Int == 26)
        #expect(object["score"] as? Int != nil && object["grade"] as? Double != nil)
    }

    @Test("--stage late turns an opinion-question into a good move")
    func lateStage() throws {
        let opening = try json(
            try Blanco.run(["analyze", "--format", "json", "Wat vind je daarvan?"]).stdout.dropLast())
        #expect((opening["flags"] as? [[String: Any]])?.first?["category"] as? String == "premature-opinion")
        let late = try json(
            try Blanco.run(["analyze", "--format", "json", "--stage", "late", "Wat vind je daarvan?"]).stdout.dropLast()
        )
        #expect((late["flags"] as? [Any])?.isEmpty == true)
        #expect((late["signals"] as? [[String: Any]])?.first?["kind"] as? String == "opinion-question")
    }

    @Test("jsonl answers every line in order, echoes ids, reports bad lines with their number and exits 65")
    func jsonlWithBadLines() throws {
        let input = """
            {"id": "a", "response": "Wat erg voor je."}
            {"id": "b", "response": 
            {"id": 7, "context": "x"}

            {"response": "Hoe was dat voor jou?", "stage": "late"}

            """
        let result = try Blanco.run(["analyze", "--format", "jsonl"], stdin: Data(input.utf8))
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        let first = try json(lines[0])
        let second = try json(lines[1])
        let third = try json(lines[2])
        let fourth = try json(lines[3])
        #expect(first["id"] as? String == "a")
        #expect((first["flags"] as? [[String: Any]])?.first?["rule"] as? String == "nl.judgment.exclamation")
        #expect(second["id"] as? String == "b" && second["line"] as? Int == 2 && second["error"] is String)
        #expect(third["id"] as? Int == 7 && third["line"] as? Int == 3)
        #expect((third["error"] as? String)?.contains("response") == true)
        #expect(
            fourth["id"] == nil
                && (fourth["signals"] as? [[String: Any]])?.first?["kind"] as? String == "experience-question")
        #expect(result.stderr.contains("niet alle regels"))
    }

    @Test("jsonl reports a line of invalid UTF-8 and goes on")
    func jsonlInvalidUTF8() throws {
        var input = Data(#"{"id": "x", "response": "#.utf8)
        input.append(contentsOf: [0x22, 0xC3, 0x28, 0x22, 0x7D, 0x0A])
        input.append(Data(#"{"id": "y", "response": "Mm."}"#.utf8 + [0x0A]))
        let result = try Blanco.run(["analyze", "--format", "jsonl"], stdin: input)
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try json(lines[0])["error"] as? String == "de regel is geen geldige UTF-8")
        #expect(try json(lines[1])["id"] as? String == "y")
    }

    @Test("jsonl handles NUL bytes, emoji and an empty response without failing")
    func jsonlOddText() throws {
        let input =
            #"{"id": "n", "response": "Wat\u0000 erg 👍🏽 voor je."}"# + "\n" + #"{"id": "e", "response": ""}"# + "\n"
        let result = try Blanco.run(["analyze", "--format", "jsonl"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let empty = try json(lines[1])
        #expect((empty["signals"] as? [[String: Any]])?.first?["kind"] as? String == "silence")
    }

    @Test("empty standard input gives no lines and exit 0")
    func jsonlEmpty() throws {
        let result = try Blanco.run(["analyze", "--format", "jsonl"])
        #expect(result.status == 0 && result.stdout.isEmpty)
    }

    @Test("a large jsonl stream is answered line for line")
    func jsonlLarge() throws {
        let line =
            #"{"id": "L", "context": "Ik heb twee keer gebeld.", "response": "Je hebt twee keer gebeld. Wat gebeurde er toen?"}"#
            + "\n"
        let result = try Blanco.run(
            ["analyze", "--format", "jsonl"], stdin: Data(String(repeating: line, count: 20_000).utf8))
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 20_000)
    }

    @Test("a response just under the 1 MB limit on standard input is analyzed")
    func largeSingleResponse() throws {
        let response = String(repeating: "Wat gebeurde er toen? Wat erg voor je. ", count: 25_000)
        #expect(response.utf8.count < 1_000_000)
        let result = try Blanco.run(["analyze", "--format", "json"], stdin: Data(response.utf8))
        #expect(result.status == 0)
        let object = try json(result.stdout.dropLast())
        #expect((object["flags"] as? [Any])?.count == 25_000)
    }

    @Test(
        "row 5: a response over 1 MB (1,000,000 bytes, not 1 MiB) is refused with exit 65 and a Dutch message naming the limit"
    )
    func oversizedResponse() throws {
        let response = String(repeating: "x", count: 1_000_001)
        let result = try Blanco.run(["analyze", "--format", "json"], stdin: Data(response.utf8))
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("een reactie mag hoogstens 1 MB groot zijn"), "\(result.stderr)")
        let exact = try Blanco.run(
            ["analyze", "--format", "json"], stdin: Data(String(repeating: "x", count: 1_000_000).utf8))
        #expect(exact.status == 0)
    }

    @Test("row 5: a jsonl response over 1 MB gets an error naming the limit; the next line is still answered")
    func oversizedJSONResponse() throws {
        let long = #"{"id": "groot", "response": ""# + String(repeating: "x", count: 1_000_001) + "\"}\n"
        let short = #"{"id": "klein", "response": "Wat gebeurde er toen?"}"# + "\n"
        let result = try Blanco.run(["analyze", "--format", "jsonl"], stdin: Data((long + short).utf8))
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let error = try json(lines[0])
        #expect(error["id"] as? String == "groot")
        #expect((error["error"] as? String)?.contains("een reactie mag hoogstens 1 MB groot zijn") == true)
        #expect(try json(lines[1])["id"] as? String == "klein")
    }

    @Test("a jsonl line over 4 MB gets an error with its line number; the next line is still answered")
    func oversizedJSONLine() throws {
        let long =
            #"{"id": "groot", "response": ""# + String(repeating: "Wat gebeurde er toen? ", count: 4_000_000 / 22 + 1)
            + "\"}\n"
        let short = #"{"id": "klein", "response": "Wat gebeurde er toen?"}"# + "\n"
        let result = try Blanco.run(["analyze", "--format", "jsonl"], stdin: Data((long + short).utf8))
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let error = try json(lines[0])
        #expect(error["line"] as? Int == 1)
        #expect((error["error"] as? String)?.contains("een jsonl-regel mag hoogstens 4 MB groot zijn") == true)
        #expect(try json(lines[1])["id"] as? String == "klein")
    }

    @Test("invalid UTF-8 on standard input is bad input data: exit 65 with a Dutch message")
    func invalidUTF8Text() throws {
        let result = try Blanco.run(["analyze"], stdin: Data([0x57, 0xFF, 0x0A]))
        #expect(result.status == 65)
        #expect(result.stderr.contains("geen geldige UTF-8"))
    }

    @Test("usage errors exit 64 and say what to do")
    func usageErrors() throws {
        let format = try Blanco.run(["analyze", "--format", "xml", "x"])
        #expect(format.status == 64 && format.stderr.contains("text, json of jsonl"))
        let stage = try Blanco.run(["analyze", "--stage", "midden", "x"])
        #expect(stage.status == 64 && stage.stderr.contains("opening (begin) of late (laat)"))
        let option = try Blanco.run(["analyze", "--contxt", "x"])
        #expect(option.status == 64 && option.stderr.contains("bedoelde je '--context'?"))
        let both = try Blanco.run(["analyze", "--format", "jsonl", "x"])
        #expect(both.status == 64)
    }

    @Test("the Dutch alias analyseer works and reads the context from a file")
    func aliasAndContextFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("context-\(UUID().uuidString).txt")
        try Data("Het is echt onterecht.".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Blanco.run([
            "analyseer", "--context-file", file.path, "--format", "json", "Je zegt dat het onterecht is.",
        ])
        #expect(result.status == 0)
        #expect((try json(result.stdout.dropLast())["flags"] as? [Any])?.isEmpty == true)
        let missing = try Blanco.run(["analyze", "--context-file", "/nonexistent/ctx", "x"])
        #expect(missing.status == 1 && missing.stderr.contains("bestaat niet"))
    }
}
