import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 14, row 13: Ctrl-Z (SIGTSTP) hands the shell a cooked terminal, and the resume
/// (SIGCONT, `fg`) takes raw mode back, so the line editor works as before.
@Suite(
    "Suspend and resume in the terminal", .serialized,
    .enabled(if: TmuxPane.isInstalled, "tmux is not installed: apt-get install -y tmux to run these tests"))
struct TerminalSuspendTests {
    @Test(
        "row 13: after SIGTSTP (from kill, or Ctrl-Z typed in the editor) the terminal is cooked; after the shell's own reset and SIGCONT the editor is in raw mode again",
        arguments: [false, true])
    func suspendAndResume(typed: Bool) throws {
        let folders = try PracticeFolders()
        let pane = try TmuxPane.start(arguments: folders.arguments, home: folders.home.url)
        defer { pane.shutDown() }
        try pane.waitForPrompt()
        pane.type("Wat er gebeurd?")
        try pane.waitFor("Wat er gebeurd?")
        let raw = try pane.currentTerminalMode()
        #expect(!raw.contains("icanon") && !raw.contains("echo "), "raw while editing: \(raw)")

        if typed {
            pane.press("C-z")
        } else {
            try pane.signalBlanco(SIGTSTP)
        }
        var stopped = ""
        for _ in 0..<100 where !stopped.contains("icanon") {
            usleep(50_000)
            stopped = try pane.currentTerminalMode()
        }
        #expect(stopped.contains("icanon") && stopped.contains("echo"), "cooked while stopped: \(stopped)")

        // What a job-control shell does when it takes the terminal back; then `fg`.
        try pane.cookTerminal()
        try pane.signalBlanco(SIGCONT)
        var resumed = ""
        for _ in 0..<100 where resumed.isEmpty || resumed.contains("icanon") {
            usleep(50_000)
            resumed = try pane.currentTerminalMode()
        }
        #expect(!resumed.contains("icanon"), "raw again after SIGCONT: \(resumed)")

        // The editor still edits: insert "is " before "er" with the arrow keys.
        pane.press("Home")
        for _ in 0..<4 { pane.press("Right") }
        pane.type("is ")
        pane.press("Enter")
        try pane.waitFor("Wat is er gebeurd?")
        pane.press("C-d")
        #expect(try pane.waitForExit() == 0)
        let journal = try TmuxFixture.journalText(in: folders.home.url)
        #expect(journal.contains("Wat is er gebeurd?"))
    }
}
