import Foundation
import Testing

@Suite(
    "blanco klas live in a real terminal (tmux)", .serialized,
    .enabled(if: TmuxPane.isInstalled, "tmux is not installed: apt-get install -y tmux to run these tests"))
struct ClassLiveTmuxTests {
    @Test(
        "files dropped in the folder appear in the tally; step-through and a typed answer work; q restores the terminal"
    )
    func liveView() throws {
        let folder = try ClassFolder()
        // Hand-ins are made elsewhere and moved in while the view runs, as a synced folder would.
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent(
            "blanco-staging-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        try folder.handIn(ClassFolder.hasty, name: "Bram Geheim", folder: staging)
        try folder.handIn(["Wat vervelend zeg.", "Wat is er gebeurd?"], name: "Anna Geheim", folder: staging)

        let home = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-live-\(UUID().uuidString)")
        let pane = try TmuxPane.start(arguments: ["klas", "live", folder.path], home: home)
        defer { pane.shutDown() }
        try pane.waitFor("0 inleveringen")

        for name in try FileManager.default.contentsOfDirectory(atPath: staging) {
            try FileManager.default.moveItem(atPath: staging + "/" + name, toPath: folder.path + "/" + name)
        }
        try pane.waitFor("2 inleveringen")
        try pane.waitFor("wat vervelend ×2")
        let screen = try pane.screen()
        #expect(screen.contains("De bank die niet werd opgehaald"), "the vignette's exercise is shown")
        #expect(screen.contains("oordeel") && screen.contains("█"), "a bar per category")
        #expect(!screen.contains("Geheim"), "no student's name unless asked")

        pane.resize(columns: 72)
        try pane.waitFor("\n" + String(repeating: "─", count: 72) + "\n")

        // Answers come hand-in by hand-in in file-name order: Anna's first.
        pane.press("Right")
        try pane.waitFor("ANTWOORD 1 VAN 5")
        try pane.waitFor("OORDEEL: “Wat vervelend”", after: "ANTWOORD 1 VAN 5")
        pane.press("Right")
        try pane.waitFor("ANTWOORD 2 VAN 5")
        try pane.waitFor("open vraag naar feiten", after: "ANTWOORD 2 VAN 5")
        pane.press("Right", "Right")
        try pane.waitFor("WAAROMVRAAG", after: "ANTWOORD 4 VAN 5")
        pane.press("Left")
        try pane.waitFor("ANTWOORD 3 VAN 5")

        pane.type("t")
        try pane.waitFor("TYP OF PLAK EEN ANTWOORD")
        pane.paste("U moet gewoon bezwaar maken.")
        pane.press("Enter")
        try pane.waitFor("ANTWOORD UIT DE ZAAL")
        try pane.waitFor("ADVIES")

        pane.type("q")
        #expect(try pane.waitForExit() == 0)
        let mode = try pane.terminalModeAfterExit()
        #expect(mode.contains("icanon") && mode.contains("echo"), "the terminal is back in line mode: \(mode)")
        let state = try pane.screenState()
        #expect(!state.alternate && state.cursorVisible, "back on the shell's screen with the cursor: \(state)")
    }

    @Test(
        "killed or hung up while live (SIGTERM, SIGHUP), the view still gives the terminal back: line mode, the shell's screen, the cursor"
    )
    func terminalRestoredOnSignals() throws {
        let folder = try ClassFolder()
        for signal in [SIGTERM, SIGHUP] {
            let home = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-live-\(UUID().uuidString)")
            let pane = try TmuxPane.start(arguments: ["klas", "live", folder.path], home: home)
            defer { pane.shutDown() }
            try pane.waitFor("0 inleveringen")
            let during = try pane.screenState()
            #expect(during.alternate && !during.cursorVisible, "the live view is full screen: \(during)")
            try pane.signalBlanco(signal)
            _ = try pane.waitForExit()
            let mode = try pane.terminalModeAfterExit()
            #expect(mode.contains("icanon") && mode.contains("echo"), "signal \(signal): line mode again: \(mode)")
            let after = try pane.screenState()
            #expect(!after.alternate && after.cursorVisible, "signal \(signal): the shell's screen again: \(after)")
        }
    }
}
