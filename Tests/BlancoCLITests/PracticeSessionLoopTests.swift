import Foundation
import Testing

/// The session loop around the client: empty lines, leaving mid-conversation, choosing by
/// number, and continuing an attempt that was stopped.
@Suite("The practice session loop")
struct PracticeSessionLoopTests {
    let exerciseID = "losse-stoeptegel-gevallen"
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-loop-\(UUID().uuidString)").path

    private func practice(_ lines: [String], arguments: [String]? = nil) throws -> Blanco.Result {
        try Blanco.run(
            arguments ?? ["practice", exerciseID], stdin: Data((lines.joined(separator: "\n") + "\n").utf8),
            environment: ["BLANCO_HOME": home])
    }

    /// The output with line wrapping undone, so a check does not depend on the width.
    private func flat(_ result: Blanco.Result) -> String {
        result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("an empty line is not a turn")
    func emptyLineIsNoTurn() throws {
        let result = try practice(["", "/score"])
        #expect(flat(result).contains("Een lege regel telt niet als beurt"))
        #expect(flat(result).contains("na 0 beurten"))
    }

    @Test("/oefen with another id mid-conversation asks first, and 'nee' stays")
    func leavingAsksFirst() throws {
        let result = try practice(["Wat is er precies gebeurd?", "/oefen 3", "nee", "/film"])
        #expect(flat(result).contains("Wil je deze oefening verlaten?"))
        #expect(flat(result).contains("Je blijft bij deze oefening."))
        #expect(flat(result).contains("Wat je tot nu toe weet"))
    }

    @Test("/oefen accepts a number from the list, like the start menu")
    func practiceByNumber() throws {
        let result = try practice(["/oefen 1"])
        #expect(flat(result).contains("== Een zaterdagbaan naast de bijstand =="))
    }

    @Test("a stopped attempt is offered again with its film, and 'ja' continues it")
    func stoppedAttemptResumes() throws {
        _ = try practice(["Wat is er precies gebeurd?", "/stop"])
        let resumed = try practice(["ja", "/score"])
        #expect(flat(resumed).contains("Je was al bezig met"))
        #expect(flat(resumed).contains("1 beurt, film 1/7"))
        #expect(flat(resumed).contains("na 1 beurt"))
        let fresh = try practice(["nee", "/score"])
        #expect(flat(fresh).contains("na 0 beurten"))
    }
}
