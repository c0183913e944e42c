import Foundation
import Testing

@testable import BlancoCore

/// Issue 14: the core's share of "bounded resources on any input, honest failures".
/// Each test names the row of the issue's table it pins.
@Suite("Reliability of the core on hostile input")
struct ReliabilityTests {
    // MARK: Row 4: JSON output is always valid JSON

    @Test(
        "row 4: an id that is a malformed JSON number is refused, never echoed into invalid JSON",
        arguments: ["01", "-.5", "1.", "1.e5", "-0.", "+1", ".5", "1e", "0x10", "-", "1e9991", "-1e400"])
    func malformedNumericID(id: String) throws {
        let line = Array(#"{"id": \#(id), "response": "x"}"#.utf8)
        guard case .failure(let problem) = AnalysisRequest.parse(line[...], knownContexts: []) else {
            Issue.record("\(id) was accepted as an id")
            return
        }
        let output = AnalysisJSON().encodeError(problem.message, line: 1, idJSON: problem.idJSON)
        #expect((try? JSONSerialization.jsonObject(with: Data(output.utf8))) is [String: Any], "\(output)")
    }

    @Test(
        "row 4: valid JSON numbers as ids are echoed as they were",
        arguments: ["0", "-0", "7", "-12.5", "1.5e3", "2E-2"])
    func validNumericID(id: String) throws {
        let line = Array(#"{"id": \#(id), "response": "Wat gebeurde er?"}"#.utf8)
        let request = try AnalysisRequest.parse(line[...], knownContexts: []).get()
        #expect(request.idJSON == id)
        let output = AnalysisJSON().encode(
            Analyzer().analyze(request.response, client: ClientContext(""), stage: .opening), idJSON: request.idJSON)
        #expect((try? JSONSerialization.jsonObject(with: Data(output.utf8))) is [String: Any], "\(output)")
    }

    // MARK: Row 10: FILE:LINE counts lines as editors do

    @Test(
        "row 10: a form feed, vertical tab, NEL, U+2028/2029 or stray CR is no line break: it is reported on the line editors show",
        arguments: ["\u{0C}", "\u{0B}", "\u{85}", "\u{2028}", "\u{2029}", "\r"])
    func oddLineBreaks(character: String) throws {
        let text = ExerciseFixtures.valid.replacingOccurrences(of: "client: ", with: "client: Ria\(character)")
        let expectedLine =
            ExerciseFixtures.valid.components(separatedBy: "\n").firstIndex { $0.hasPrefix("client: ") }! + 1
        guard case .failure(let error) = ExerciseParser.parse(text: text, file: "x.md") else {
            Issue.record("accepted a \(character.unicodeScalars.first!.value) in the client's name")
            return
        }
        #expect(
            error.problems.contains { $0.line == expectedLine && $0.message.contains("stuurteken") },
            "\(error.problems)")
        // Every later problem-free line keeps its number: nothing after it shifted.
        #expect(error.problems.allSatisfy { $0.line == expectedLine }, "\(error.problems)")
    }

    @Test("row 10: CRLF files and old Mac CR-only files still count their lines")
    func crlfAndCR() throws {
        #expect(throws: Never.self) {
            try ExerciseParser.parse(
                text: ExerciseFixtures.valid.replacingOccurrences(of: "\n", with: "\r\n"), file: "x.md"
            ).get()
        }
        #expect(throws: Never.self) {
            try ExerciseParser.parse(
                text: ExerciseFixtures.valid.replacingOccurrences(of: "\n", with: "\r"), file: "x.md"
            ).get()
        }
    }
}
