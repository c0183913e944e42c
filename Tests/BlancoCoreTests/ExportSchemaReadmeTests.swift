import BlancoCore
import Foundation
import Testing

@Suite("The README's blanco.export/1 example")
struct ExportSchemaReadmeTests {
    /// The first ```json block after the schema heading.
    private func example() throws -> String {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let heading = try #require(text.range(of: "### The export schema (`blanco.export/1`)"))
        let open = try #require(text.range(of: "```json\n", range: heading.upperBound..<text.endIndex))
        let close = try #require(text.range(of: "\n```", range: open.upperBound..<text.endIndex))
        return String(text[open.upperBound..<close.lowerBound])
    }

    @Test("the example decodes as a blanco.export/1 document with every part the schema describes")
    func exampleIsValid() throws {
        let document = try ExportDocument.decode(Data(try example().utf8))
        #expect(document.student?.name == "Sanne de Vries")
        let attempt = try #require(document.attempts.first)
        #expect(attempt.turns.first?.flags.first?.rule == "nl.judgment.exclamation")
        #expect(attempt.gradeParts.count == 2)
        #expect(attempt.selfRatings?[.deferJudgment] == 3)
        #expect(attempt.coachRatings[.opinionTiming] == 3)
        #expect(document.goals.first?.status == .notYetPractised)
    }

    @Test("the example's flag span gives the flagged words, as the schema promises")
    func exampleSpan() throws {
        let document = try ExportDocument.decode(Data(try example().utf8))
        let turn = try #require(document.attempts.first?.turns.first)
        let flag = try #require(turn.flags.first)
        let scalars = Array(turn.response.unicodeScalars)[flag.start..<flag.end]
        #expect(String(String.UnicodeScalarView(scalars)) == flag.text)
    }

    @Test("the example has the same fields a real export writes, so nothing in it is invented")
    func exampleFieldsAreReal() throws {
        let document = try ExportDocument.decode(Data(try example().utf8))
        let reencoded = try #require(try JSONSerialization.jsonObject(with: Data(document.encoded())) as? [String: Any])
        let original = try #require(try JSONSerialization.jsonObject(with: Data(try example().utf8)) as? [String: Any])
        #expect(Set(reencoded.keys) == Set(original.keys))
        let reencodedAttempt = try #require((reencoded["attempts"] as? [[String: Any]])?.first)
        let originalAttempt = try #require((original["attempts"] as? [[String: Any]])?.first)
        #expect(Set(reencodedAttempt.keys) == Set(originalAttempt.keys))
        let reencodedTurn = try #require((reencodedAttempt["turns"] as? [[String: Any]])?.first)
        let originalTurn = try #require((originalAttempt["turns"] as? [[String: Any]])?.first)
        #expect(Set(reencodedTurn.keys) == Set(originalTurn.keys))
    }
}
