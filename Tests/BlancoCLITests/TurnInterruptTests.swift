import Foundation
import Testing

/// Issue 14, row 6: Ctrl-C while a turn is being analysed. A practice line is at most
/// `Limits.practiceLine` (4,000 characters), so a turn takes a fraction of a second even
/// when every word is flagged; Ctrl-C typed meanwhile is not lost: the session ends as
/// soon as the turn is shown, with the turn saved and the terminal restored.
@Suite(
    "Ctrl-C during a turn", .serialized,
    .enabled(if: TmuxPane.isInstalled, "tmux is not installed: apt-get install -y tmux to run these tests"))
struct TurnInterruptTests {
    @Test(
        "row 6: Ctrl-C pressed while a 4,000-character flagged turn is analysed ends the session after it: saved, cooked"
    )
    func interruptDuringTurn() throws {
        let folders = try PracticeFolders()
        let pane = try TmuxPane.start(arguments: folders.arguments, home: folders.home.url)
        defer { pane.shutDown() }
        try pane.waitForPrompt()
        let sentence = "Dat is echt dom van u, waarom deed u dat? U moet gewoon bellen. "
        let line = String(String(repeating: sentence, count: 70).prefix(3_990)) + "EINDE"
        pane.paste(line)
        try pane.waitFor("EINDE")
        // Enter and Ctrl-C in one go: Ctrl-C arrives while the turn is analysed.
        pane.press("Enter", "C-c")
        #expect(try pane.waitForExit(seconds: 30) == 0)
        let mode = try pane.terminalModeAfterExit()
        #expect(mode.contains("icanon") && mode.contains("echo"), "cooked after the exit: \(mode)")
        #expect(try pane.screen().contains("Je voortgang is bewaard"))
        let journal = try TmuxFixture.journalText(in: folders.home.url)
        #expect(journal.contains("EINDE"), "the interrupted turn was saved")
    }
}
