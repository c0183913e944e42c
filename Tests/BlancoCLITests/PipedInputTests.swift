import Foundation
import Testing

/// `blanco practice ID < file`: no terminal, so the line editor reads plain lines and
/// echoes them after the prompt. What a file can hold must never break that.
@Suite("Practising from a file or pipe: plain line reading")
struct PipedInputTests {
    private func practise(_ input: [UInt8]) throws -> (Blanco.Result, journal: String) {
        let home = try TemporaryFolder()
        let exercises = try TemporaryFolder()
        try TmuxFixture.exercise.write(
            to: exercises.url.appendingPathComponent("\(TmuxFixture.exerciseID).md"), atomically: true, encoding: .utf8)
        let result = try Blanco.run(
            ["--exercises", exercises.url.path, "practice", TmuxFixture.exerciseID], stdin: Data(input),
            environment: ["BLANCO_HOME": home.url.path])
        return (result, try TmuxFixture.journalText(in: home.url))
    }

    @Test("Windows line ends are read as line ends, and each line is echoed after the prompt")
    func windowsLineEnds() throws {
        let (result, journal) = try practise(Array("Wat is er gebeurd?\r\nWanneer was dat?\r\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("jij> Wat is er gebeurd?\n"))
        #expect(result.stdout.contains("jij> Wanneer was dat?\n"))
        #expect(!result.stdout.contains("\r"))
        #expect(journal.contains("\"Wat is er gebeurd?\""), "no CR saved with the response")
    }

    @Test("a last line without a newline still counts")
    func lastLineWithoutNewline() throws {
        let (result, journal) = try practise(Array("Wat is er gebeurd?".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("bouwvakkers"), "the question was answered:\n\(result.stdout)")
        #expect(journal.contains("Wat is er gebeurd?"))
    }

    @Test("invalid UTF-8 becomes a replacement character instead of a crash")
    func invalidUTF8() throws {
        let (result, _) = try practise([0x57, 0x61, 0x74, 0xFF, 0xC3, 0x0A] + Array("Wat is er gebeurd?\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("jij> Wat\u{FFFD}\u{FFFD}\n"))
        #expect(result.stdout.contains("bouwvakkers"))
    }

    @Test("escape codes in the input are shown harmlessly, never passed to the terminal")
    func escapeCodes() throws {
        let (result, _) = try practise(Array("\u{1B}[2J\u{1B}]0;titel\u{07}Wat is er gebeurd?\n".utf8))
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("^[[2J"))
    }

    @Test("a line up to the practice limit of 4,000 characters is read whole and saved")
    func longLine() throws {
        let long = String(repeating: "vertel ", count: 570) + "verder"
        #expect(long.count <= 4_000)
        let (result, journal) = try practise(Array((long + "\n").utf8))
        #expect(result.status == 0)
        #expect(journal.contains(long))
    }

    @Test(
        "row 6: a 30 MB practice line is refused with a message naming the limit, never analyzed or stored, and practice goes on"
    )
    func hugeLine() throws {
        let huge = String(repeating: "vertel ", count: 30_000_000 / 7)
        let (result, journal) = try practise(Array((huge + "\nWat is er gebeurd?\n").utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("een reactie mag hoogstens 4.000 tekens lang zijn"))
        #expect(result.stdout.utf8.count < 100_000, "the refused line is not echoed whole")
        #expect(!journal.contains("vertel vertel"))
        #expect(journal.contains("Wat is er gebeurd?"))
    }
}
