import Foundation
import Testing

/// `analyze --format jsonl` analyzes batches of lines on several workers: the output is the
/// same, line for line and in input order, whatever the number of workers.
@Suite("jsonl on several workers")
struct AnalyzeJSONLinesWorkerTests {
    /// 700 lines (more than two batches) whose contexts change every few lines, with a broken
    /// line, a line without a response, a too-big response and a long response in between.
    static let input: String = {
        var lines: [String] = []
        let responses = [
            "Wat erg voor je.", "Hoe was dat voor jou?", "Je moet gewoon met hem praten.",
            "Dus je bent boos op je broer?", "Waarom heb je dat niet gezegd?", "Mm.",
            "Wat bedoel je met lastig?", "Ik zou het gewoon doen.",
        ]
        for index in 0..<700 {
            let context = "Mijn broer belde weer over het geld, gesprek \(index / 3)."
            switch index {
            case 150: lines.append(#"{"id": "broken", "response": "#)
            case 151: lines.append(#"{"id": 151, "context": "geen reactie"}"#)
            case 260:
                let big = String(repeating: "a", count: 1_000_001)
                lines.append(#"{"id": 260, "response": "\#(big)"}"#)
            case 420:
                let long = String(repeating: "Je moet echt eens met hem praten, vind ik. ", count: 2_000)
                lines.append(#"{"id": 420, "response": "\#(long)", "context": "\#(context)"}"#)
            default:
                let response = responses[index % responses.count]
                lines.append(#"{"id": \#(index), "response": "\#(response)", "context": "\#(context)"}"#)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    static func run(workers: Int) throws -> Blanco.Result {
        try Blanco.run(
            ["analyze", "--format", "jsonl"], stdin: Data(input.utf8), environment: ["BLANCO_WORKERS": "\(workers)"])
    }

    @Test("one worker and several workers give byte-identical output and the same exit code")
    func sameOutput() throws {
        let one = try Self.run(workers: 1)
        let several = try Self.run(workers: 4)
        #expect(one.status == 65 && several.status == 65)
        #expect(one.stdout == several.stdout)
        #expect(one.stderr == several.stderr)
    }

    @Test("every line is answered in input order across batch boundaries, error lines in their place")
    func orderAndErrorLines() throws {
        let result = try Self.run(workers: 3)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 700)
        for (index, line) in lines.enumerated() {
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            switch index {
            case 150:
                #expect(object["line"] as? Int == 151 && object["error"] is String)
            case 151, 260:
                #expect(object["id"] as? Int == index && object["line"] as? Int == index + 1)
                #expect(object["error"] is String)
            default:
                #expect(object["id"] as? Int == index && object["error"] == nil)
            }
        }
    }

    @Test("a long response between short ones is answered in its place, with its flags")
    func longResponseInPlace() throws {
        let result = try Self.run(workers: 2)
        let lines = result.stdout.split(separator: "\n")
        let long = try #require(JSONSerialization.jsonObject(with: Data(lines[420].utf8)) as? [String: Any])
        #expect(long["id"] as? Int == 420)
        #expect(((long["flags"] as? [[String: Any]])?.count ?? 0) > 1_000)
    }

    @Test("the rules parsed in parts on several threads at the start analyze as the rules parsed on one")
    func startInParts() throws {
        let response = "Waarom heb je dat niet gezegd? Je moet gewoon met hem praten, dat is toch logisch?"
        let one = try Blanco.run(["analyze", "--format", "json", response], environment: ["BLANCO_WORKERS": "1"])
        let two = try Blanco.run(["analyze", "--format", "json", response], environment: ["BLANCO_WORKERS": "2"])
        #expect(one.status == 0 && two.status == 0)
        #expect(!one.stdout.isEmpty && one.stdout == two.stdout)
    }

    @Test("BLANCO_WORKERS that is no whole number of at least 1 is ignored")
    func badWorkerCount() throws {
        let input = Data(#"{"id": "a", "response": "Wat erg voor je."}"#.utf8 + [0x0A])
        let zero = try Blanco.run(["analyze", "--format", "jsonl"], stdin: input, environment: ["BLANCO_WORKERS": "0"])
        let one = try Blanco.run(["analyze", "--format", "jsonl"], stdin: input, environment: ["BLANCO_WORKERS": "1"])
        #expect(zero.status == 0 && zero.stdout == one.stdout)
    }
}
