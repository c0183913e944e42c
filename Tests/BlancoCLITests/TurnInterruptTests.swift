import Foundation
import Testing

/// Issue 14, row 6: Ctrl-C stops long work in practice. Analysing a turn and replaying an
/// earlier conversation run while Ctrl-C only sets a flag; the loop then stops within a
/// fraction of a second, keeps what was saved, restores the terminal, says so in Dutch and
/// ends with exit code 130.
@Suite(
    "Ctrl-C during long work in practice", .serialized,
    .enabled(if: TmuxPane.isInstalled, "tmux is not installed: apt-get install -y tmux to run these tests"))
struct TurnInterruptTests {
    /// Every word of it is flagged somewhere: judgment, why-question, advice.
    static let flaggedSentence = "Dat is echt dom van u, waarom deed u dat? U moet gewoon bellen. "

    @Test(
        "row 6: Ctrl-C while a conversation of 400 long turns is replayed ends practice at once: exit 130, journal unchanged, cooked"
    )
    func interruptDuringReplay() throws {
        let folders = try PracticeFolders()
        let journal = folders.home.url.appendingPathComponent("journal.jsonl")
        let before = Self.unfinishedConversation(turns: 400)
        try before.write(to: journal)
        // From the picker, so the replay runs while the line editor holds the terminal raw.
        let pane = try TmuxPane.start(
            arguments: ["--exercises", folders.exercises.url.path, "practice"], home: folders.home.url)
        defer { pane.shutDown() }
        try pane.waitForPrompt()
        pane.type(TmuxFixture.exerciseID)
        pane.press("Enter")
        // Replaying 400 turns of flagged text takes far longer than this wait.
        usleep(1_500_000)
        try #require(!(try pane.screen().contains("verder?")), "the replay is still running when Ctrl-C comes")
        pane.press("C-c")
        #expect(try pane.waitForExit(seconds: 15) == 130, "gone well before the replay could have ended")
        let mode = try pane.terminalModeAfterExit()
        #expect(mode.contains("icanon") && mode.contains("echo"), "cooked after the exit: \(mode)")
        #expect(try pane.screen().contains("Onderbroken met Ctrl-C tijdens het terugzetten"))
        #expect(try Data(contentsOf: journal) == before, "the journal is exactly as it was")
        let listed = try Blanco.run(
            ["--exercises", folders.exercises.url.path, "list"], environment: ["BLANCO_HOME": folders.home.url.path])
        #expect(listed.status == 0 && listed.stderr.isEmpty, "the journal still loads: \(listed.stderr)")
    }

    @Test(
        "row 6: Ctrl-C pressed with Enter on a 4,000-character flagged turn: either the turn is cut off (130, not saved) or it was done (0, saved); the journal stays whole and the terminal cooked"
    )
    func interruptDuringTurn() throws {
        let folders = try PracticeFolders()
        let pane = try TmuxPane.start(arguments: folders.arguments, home: folders.home.url)
        defer { pane.shutDown() }
        try pane.waitForPrompt()
        let line = String(String(repeating: Self.flaggedSentence, count: 70).prefix(3_990)) + "EINDE"
        pane.paste(line)
        try pane.waitFor("EINDE")
        pane.press("Enter", "C-c")
        let status = try pane.waitForExit(seconds: 30)
        let mode = try pane.terminalModeAfterExit()
        #expect(mode.contains("icanon") && mode.contains("echo"), "cooked after the exit: \(mode)")
        let screen = try pane.screen()
        let journal = try TmuxFixture.journalText(in: folders.home.url)
        switch status {
        case 130:
            // Ctrl-C came during the analysis.
            #expect(screen.contains("Onderbroken met Ctrl-C: je laatste reactie is niet geanalyseerd en niet bewaard"))
            #expect(!journal.contains("EINDE"), "an interrupted turn is not saved")
        case 0:
            // Ctrl-C came after it, at the next prompt.
            #expect(screen.contains("Je voortgang is bewaard"))
            #expect(journal.contains("EINDE"), "a finished turn is saved")
        default:
            Issue.record("exit status \(status)")
        }
        #expect(journal.isEmpty || journal.hasSuffix("}\n"), "no half record")
    }

    /// A journal holding one attempt at the fixture exercise, left unfinished after
    /// `turns` near-limit turns full of flags.
    static func unfinishedConversation(turns: Int) -> Data {
        let response = String(String(repeating: flaggedSentence, count: 70).prefix(3_990))
        var text = ""
        for number in 1...turns {
            text +=
                #"{"attempt":"lang-gesprek","exercise":"\#(TmuxFixture.exerciseID)","kind":"turn","#
                + #""response":"\#(response)","time":"2026-01-05T10:00:00Z","turn":\#(number)}"# + "\n"
        }
        return Data(text.utf8)
    }
}
