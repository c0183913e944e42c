import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Drives `blanco` in a real terminal: tmux gives it a pseudo-terminal, so raw mode, the
/// line editor and the escape codes run exactly as for a student. `.ci/run` installs tmux;
/// without it these tests are skipped with a message saying so.
@Suite(
    "blanco in a real terminal (tmux)", .serialized,
    .enabled(if: TmuxPane.isInstalled, "tmux is not installed: apt-get install -y tmux to run these tests"))
struct TmuxSessionTests {
    @Test(
        "a whole practice session: edit with arrows, a flagged judgment, a revealed fact, /hint, /klaar, Ctrl-D, journal"
    )
    func wholeSession() throws {
        let folders = try PracticeFolders()
        let pane = try TmuxPane.start(
            arguments: folders.arguments, home: folders.home.url)
        defer { pane.shutDown() }

        try pane.waitFor("De paaltjes voor mijn deur zijn weg")
        try pane.waitForPrompt()

        // A judgment is flagged, with its category named.
        pane.type("Wat erg voor u.")
        pane.press("Enter")
        try pane.waitFor("oordeel", after: "Wat erg voor u.")
        try pane.waitForPrompt()

        // Type, go back with Left, insert: the edited line is what gets answered.
        pane.type("Wat er gebeurd?")
        pane.press(Array(repeating: "Left", count: 11))
        pane.type("is ")
        try pane.waitFor("Wat is er gebeurd?")
        pane.press("Enter")
        // The open question about facts reveals the core fact, in the client's words.
        try pane.waitFor("bouwvakkers", after: "Wat is er gebeurd?")
        try pane.waitFor("film 1/4", after: "Wat is er gebeurd?")
        try pane.waitForPrompt()

        pane.type("/hint")
        pane.press("Enter")
        try pane.waitFor("Hint 1", after: "/hint")
        try pane.waitForPrompt(after: "/hint")

        // The self-assessment comes first; Enter skips each question.
        try pane.finishSkippingSelfAssessment()

        pane.press("C-d")
        let status = try pane.waitForExit()
        #expect(status == 0, "blanco exited with \(status):\n\((try? pane.screen()) ?? "")")

        let journal = try TmuxFixture.journalText(in: folders.home.url)
        #expect(journal.contains(TmuxFixture.exerciseID))
        #expect(journal.contains("Wat is er gebeurd?"), "the edited line, not the typed one, was saved")
        #expect(!journal.contains("Wat er gebeurd?"))
    }

    @Test(
        "a 'wie' question reveals the who-fact, the same question again is noticed, and a resumed attempt continues at the same film"
    )
    func questionsSteerAndAttemptsResume() throws {
        let folders = try PracticeFolders()
        let first = try TmuxPane.startPractice(folders)
        defer { first.shutDown() }
        try first.respond("Wie waren er allemaal bij?", expecting: "buurman Henk")
        try first.waitFor("film 1/4", after: "Wie waren er allemaal bij?")
        first.type("Wie waren er allemaal bij?")
        first.press("Enter")
        try first.waitFor("Dat zei ik net al.", after: "Dezelfde vraag als in beurt 1")
        try first.waitForPrompt(after: "Dat zei ik net al.")
        first.press("C-d")
        #expect(try first.waitForExit() == 0)

        let second = try TmuxPane.start(arguments: folders.arguments, home: folders.home.url)
        defer { second.shutDown() }
        try second.waitFor("2 beurten, film 1/4")
        try second.waitFor("verder? (ja/nee)>")
        second.type("ja")
        second.press("Enter")
        try second.waitFor("buurman Henk", after: "Wat je tot nu toe weet")
        try second.waitForPrompt(after: "Wat je tot nu toe weet")
        try second.respond("Wanneer was dat?", expecting: "film 2/4")
        // The self-assessment comes first; Enter skips each question.
        try second.finishSkippingSelfAssessment()
        second.press("C-d")
        #expect(try second.waitForExit() == 0)
        let journal = try TmuxFixture.journalText(in: folders.home.url)
        let attempts = Set(
            journal.split(separator: "\n").compactMap { line -> String? in
                guard let range = line.range(of: "\"attempt\":\"") else { return nil }
                return String(line[range.upperBound...].prefix(36))
            })
        #expect(attempts.count == 1, "the resumed turns and the finish belong to one attempt")
    }

    @Test("a line wider than the window wraps, and Home, End, Ctrl-W and Backspace edit it by whole characters")
    func wideLineEditing() throws {
        let folders = try PracticeFolders()
        let pane = try TmuxPane.start(
            arguments: folders.arguments, home: folders.home.url,
            columns: 30)
        defer { pane.shutDown() }
        try pane.waitForPrompt()

        let words = "hoe ging het toen de paaltjes er maandag ineens niet meer stonden"
        pane.type(words + " weg")
        pane.press("C-w")
        pane.press("Home")
        pane.type("En ")
        pane.press("End")
        pane.type("? 👍🏽ë")
        pane.press("BSpace", "BSpace")
        try pane.waitFor("jij> En \(words) ?")
        pane.press("Enter")
        try pane.waitForPrompt(after: "jij> En ")

        let journal = try TmuxFixture.journalText(in: folders.home.url)
        #expect(journal.contains("En \(words) ?"), "the edited line was saved:\n\(journal)")
        #expect(!journal.contains("weg"))
        pane.press("C-d")
        #expect(try pane.waitForExit() == 0)
    }

    @Test("Up recalls an earlier answer from the history file, and the terminal is restored on Ctrl-C")
    func historyAndRestore() throws {
        let folders = try PracticeFolders()

        let first = try TmuxPane.start(arguments: folders.arguments, home: folders.home.url)
        defer { first.shutDown() }
        try first.waitForPrompt()
        first.type("Wie waren er bij?")
        first.press("Enter")
        try first.waitForPrompt(after: "Wie waren er bij?")
        first.press("C-c")
        #expect(try first.waitForExit() == 0)
        #expect(try first.terminalModeAfterExit().contains("icanon"), "the terminal is back in line mode")
        #expect(try first.terminalModeAfterExit().contains("echo"))

        let second = try TmuxPane.start(arguments: folders.arguments, home: folders.home.url)
        defer { second.shutDown() }
        // The first session's turn is kept: blanco offers to continue; a fresh start is fine here.
        try second.waitFor("verder? (ja/nee)>")
        second.type("nee")
        second.press("Enter")
        try second.waitForPrompt(after: "verder? (ja/nee)>")
        second.press("Up")
        try second.waitFor("Wie waren er bij?", after: "De paaltjes voor mijn deur zijn weg")
        second.press("C-u")
        second.press("C-d")
        #expect(try second.waitForExit() == 0)
    }

    @Test("a damaged history file is not used and not overwritten; practice goes on")
    func damagedHistory() throws {
        let folders = try PracticeFolders()
        let damaged = Data([0x57, 0x61, 0x74, 0x00, 0xFF, 0xFE, 0x0A, 0x1B, 0x5B, 0x32, 0x4A, 0x0A])
        let historyURL = folders.home.url.appendingPathComponent("history")
        try damaged.write(to: historyURL)

        let pane = try TmuxPane.start(
            arguments: folders.arguments, home: folders.home.url)
        defer { pane.shutDown() }
        try pane.waitForPrompt()
        pane.press("Up")
        pane.type("Wie waren er bij?")
        pane.press("Enter")
        try pane.waitForPrompt(after: "Wie waren er bij?")
        pane.press("C-d")
        #expect(try pane.waitForExit() == 0)
        #expect(try Data(contentsOf: historyURL) == damaged, "the damaged history file is left as it was")
        #expect(try TmuxFixture.journalText(in: folders.home.url).contains("\"Wie waren er bij?\""))
    }

    @Test("a history file of more than twice its capacity is trimmed to the newest 500 lines")
    func longHistoryTrimmed() throws {
        let folders = try PracticeFolders()
        let historyURL = folders.home.url.appendingPathComponent("history")
        let lines = ["#blanco-history-v1"] + (1...1200).map { "vraag \($0)" }
        try (lines.joined(separator: "\n") + "\n").write(to: historyURL, atomically: true, encoding: .utf8)

        let pane = try TmuxPane.start(
            arguments: folders.arguments, home: folders.home.url)
        defer { pane.shutDown() }
        try pane.waitForPrompt()
        pane.press("Up")
        try pane.waitFor("jij> vraag 1200")
        pane.press("C-u")
        pane.press("C-d")
        #expect(try pane.waitForExit() == 0)
        let kept = try String(contentsOf: historyURL, encoding: .utf8).split(separator: "\n")
        #expect(kept.count == 501)
        #expect(kept.first == "#blanco-history-v1")
        #expect(kept.dropFirst().first == "vraag 701")
        #expect(kept.last == "vraag 1200")
    }

    @Test("a pasted block of lines is one response, and a resized window redraws the line")
    func pasteAndResize() throws {
        let folders = try PracticeFolders()
        let pane = try TmuxPane.start(
            arguments: folders.arguments, home: folders.home.url)
        defer { pane.shutDown() }
        try pane.waitForPrompt()

        pane.paste("Wat is er gebeurd?\nWanneer was dat?\n")
        try pane.waitFor("jij> Wat is er gebeurd? Wanneer was dat?")
        pane.press("Enter")
        try pane.waitFor("film 1/4", after: "Wanneer was dat?")
        try pane.waitForPrompt(after: "Wanneer was dat?")

        let question =
            "Wie waren er allemaal bij toen de bouwvakkers de paaltjes voor uw deur weghaalden, en wie zag het?"
        pane.type(question)
        try pane.waitFor(question)
        pane.resize(columns: 40)
        pane.press("End")
        pane.type(" Henk?")
        try pane.waitFor("jij> \(question) Henk?")
        pane.press("Enter")
        try pane.waitFor("buurman Henk", after: "Henk?")
        pane.press("C-d")
        #expect(try pane.waitForExit() == 0)
        let journal = try TmuxFixture.journalText(in: folders.home.url)
        #expect(journal.contains("\"Wat is er gebeurd? Wanneer was dat?\""), "the pasted lines are one response")
        #expect(journal.contains("\(question) Henk?"))
    }

    @Test(
        "SIGTERM, SIGHUP or SIGINT from outside while the line editor waits restores the terminal",
        arguments: [SIGTERM, SIGHUP, SIGINT])
    func signalRestoresTerminal(signal: Int32) throws {
        let folders = try PracticeFolders()
        let pane = try TmuxPane.start(
            arguments: folders.arguments, home: folders.home.url)
        defer { pane.shutDown() }
        try pane.waitForPrompt()
        pane.type("half getypt")
        try pane.waitFor("half getypt")
        try pane.signalBlanco(signal)
        #expect(try pane.waitForExit() == 128 + signal, "blanco ends as the signal's default action would")
        let mode = try pane.terminalModeAfterExit()
        #expect(mode.contains("icanon") && mode.contains("echo") && mode.contains("opost"), "stty after exit: \(mode)")
    }
}

/// The exercise and journal helpers the terminal tests share.
/// A fresh data folder and an exercises folder holding the fixture exercise, and the
/// arguments that start practising it.
struct PracticeFolders {
    let home: TemporaryFolder
    let exercises: TemporaryFolder

    init() throws {
        home = try TemporaryFolder()
        exercises = try TemporaryFolder()
        try TmuxFixture.exercise.write(
            to: exercises.url.appendingPathComponent("\(TmuxFixture.exerciseID).md"), atomically: true, encoding: .utf8)
    }

    var arguments: [String] { ["--exercises", exercises.url.path, "practice", TmuxFixture.exerciseID] }
}

enum TmuxFixture {
    static let exerciseID = "tmux-paaltjes"

    static let exercise = """
        ---
        id: tmux-paaltjes
        titel: De verdwenen paaltjes
        domein: gemeente en openbare ruimte
        niveau: 1
        client: Ria de Vries
        over: 74 jaar, woont alleen; belt het klantcontactcentrum van de gemeente.
        ---

        ## Opening

        De paaltjes voor mijn deur zijn weg. Nu parkeren er steeds auto's op de stoep.

        ## Film

        ### wat (kern)
        > Maandag kwamen er bouwvakkers die de paaltjes eruit hebben getrokken voor werk aan het riool.

        woorden: gebeurd, paaltjes, bouwvakkers, riool, werk

        ### wanneer (kern)
        > Dat was maandag vroeg, om zeven uur stonden ze al te boren.

        woorden: wanneer, maandag, tijd, uur

        ### wie
        > Mijn buurman Henk heeft ze nog gevraagd wanneer de paaltjes terugkomen.

        woorden: wie, buurman, henk, buren

        ### beleving (kern)
        > Ik schrik elke keer als er een auto vlak langs mijn raam rijdt.

        woorden: voelt, schrik, beleeft, merkt

        ## Valkuilen

        - oordeel: Het lokt "wat vervelend" uit. Vraag liever wat er gebeurd is.
        - advies: Je wilt meteen een melding maken. Vraag eerst naar de film.

        ## Mening

        > Ik vind dat ze de paaltjes gewoon terug moeten zetten.

        ## Voorbeeldreacties

        - Wat is er met de paaltjes gebeurd?
        - Hoe merkt u dat de paaltjes weg zijn?

        ## Nabespreking

        Maandag haalden bouwvakkers de paaltjes weg voor rioolwerk; mevrouw De Vries schrikt van de auto's.

        ## Reflectievragen

        - Wanneer had je zin om een oplossing te geven?

        """

    /// Everything in the journal files under `home`, however the journal names them.
    static func journalText(in home: URL) throws -> String {
        var text = ""
        let files = FileManager.default.enumerator(at: home, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.lastPathComponent != "history",
                let data = FileManager.default.contents(atPath: file.path)
            else { continue }
            text += String(decoding: data, as: UTF8.self)
        }
        return text
    }
}

/// A folder under the temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// One tmux server on a private socket running `blanco` in one pane. After `blanco`
/// exits, the pane's shell prints the exit status and the terminal mode, then waits.
struct TmuxPane {
    let socket: String
    private static let prompt = "> "
    private static let exitMarker = "BLANCO-EXIT="
    private static let modeMarker = "STTY-AFTER:"
    private static let pidMarker = "BLANCO-PID="

    static var isInstalled: Bool { executable != nil }

    static var executable: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Starts `blanco ARGUMENTS` in a 100×40 terminal with `BLANCO_HOME` set to `home`.
    static func start(arguments: [String], home: URL, columns: Int = 100, directory: URL? = nil) throws -> TmuxPane {
        let pane = TmuxPane(socket: "blanco-test-\(UUID().uuidString.prefix(8))")
        // The inner shell prints its process id and then becomes blanco, keeping that id.
        let blanco = "echo \(pidMarker)$$; exec \"$0\" \"$@\""
        // Ctrl-C reaches the whole foreground group: the pane's shell survives it (a handler,
        // not an ignored signal, so blanco still gets the default) to report the exit.
        let command =
            "trap : INT; "
            + (directory.map { "cd " + shellQuoted($0.path) + " && " } ?? "")
            + "sh -c " + shellQuoted(blanco) + " "
            + ([Blanco.executable.path] + arguments).map(shellQuoted).joined(separator: " ")
            + "; echo \(exitMarker)$?; echo \(modeMarker) $(stty -a | tr '\\n' ' '); sleep 600"
        let environment = [
            "BLANCO_HOME=\(home.path)", "NO_COLOR=1", "TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
        ]
        try pane.tmux(
            ["-f", "/dev/null", "new-session", "-d", "-x", String(columns), "-y", "40", "-s", "blanco"]
                + ["env"] + environment + ["sh", "-c", command])
        return pane
    }

    /// Types text literally, as the user would.
    func type(_ text: String) {
        _ = try? tmux(["send-keys", "-t", "blanco", "-l", text])
    }

    /// Pastes `text` as a terminal paste: all bytes at once.
    func paste(_ text: String) {
        _ = try? tmux(["set-buffer", "-b", "blanco-test", text])
        // -p: bracketed, as a terminal pastes into a program that asked for it.
        _ = try? tmux(["paste-buffer", "-p", "-d", "-b", "blanco-test", "-t", "blanco"])
    }

    /// Changes the window width, as dragging the terminal's edge does (SIGWINCH).
    func resize(columns: Int) {
        _ = try? tmux(["resize-window", "-t", "blanco", "-x", String(columns)])
    }

    /// Presses named keys: "Enter", "Left", "C-d", ...
    func press(_ keys: String...) { press(keys) }

    func press(_ keys: [String]) {
        _ = try? tmux(["send-keys", "-t", "blanco"] + keys)
    }

    /// The whole pane with its scrollback, wrapped lines joined.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", "blanco"])
    }

    /// The screen after the last occurrence of `marker`.
    func screen(after marker: String) throws -> String {
        let text = try screen()
        guard let range = text.range(of: marker, options: .backwards) else { return "" }
        return String(text[range.upperBound...])
    }

    /// Waits until `text` is on screen (after the last `marker`, when given).
    func waitFor(_ text: String, after marker: String? = nil, seconds: Double = 10) throws {
        try waitUntil("'\(text)' on screen", seconds: seconds) {
            let shown = try marker.map(screen(after:)) ?? screen()
            return shown.contains(text)
        }
    }

    /// Waits until the last line of the screen is an empty prompt (after `marker`).
    func waitForPrompt(after marker: String? = nil, seconds: Double = 10) throws {
        try waitUntil("an empty prompt", seconds: seconds) {
            let shown = try marker.map(screen(after:)) ?? screen()
            let lines = shown.split(separator: "\n", omittingEmptySubsequences: true)
            guard let last = lines.last?.trimmingCharacters(in: .whitespaces) else { return false }
            return last.hasSuffix(Self.prompt.trimmingCharacters(in: .whitespaces))
        }
    }

    /// Waits for `blanco` to end and returns its exit status.
    func waitForExit(seconds: Double = 10) throws -> Int32 {
        var status: Int32?
        try waitUntil("blanco to exit", seconds: seconds) {
            let text = try screen()
            guard let range = text.range(of: Self.exitMarker, options: .backwards) else { return false }
            status = Int32(text[range.upperBound...].prefix(while: \.isNumber))
            return status != nil
        }
        return status!
    }

    /// `stty -a` as the shell saw it after `blanco` ended.
    func terminalModeAfterExit() throws -> String {
        var mode = ""
        try waitUntil("the terminal mode", seconds: 10) {
            let text = try screen()
            guard let range = text.range(of: Self.modeMarker, options: .backwards) else { return false }
            mode = String(text[range.upperBound...])
            return mode.contains("icanon") || mode.contains("echo")
        }
        // "-icanon" means off; keep only the flags that are on.
        return mode.split(separator: " ").filter { !$0.hasPrefix("-") }.joined(separator: " ")
    }

    /// The pane's terminal mode now, as `stty -a` on its tty gives it, with only the flags
    /// that are on (so "icanon" is absent in raw mode).
    func currentTerminalMode() throws -> String {
        let tty = try tmux(["display-message", "-p", "-t", "blanco", "#{pane_tty}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent(
            "blanco-stty-\(UUID().uuidString)"
        ).path
        defer { unlink(outputPath) }
        try Self.spawnAndWait(["/bin/stty", "-a", "-F", tty], outputPath: outputPath)
        let mode = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return mode.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).filter { !$0.hasPrefix("-") }
            .joined(separator: " ")
    }

    /// Sets the pane's terminal back to cooked mode from outside, as a job-control shell
    /// does when it takes the terminal back from a stopped program.
    func cookTerminal() throws {
        let tty = try tmux(["display-message", "-p", "-t", "blanco", "#{pane_tty}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        try Self.spawnAndWait(["/bin/stty", "-F", tty, "icanon", "echo", "isig", "icrnl"], outputPath: "/dev/null")
    }

    /// The id the pane's shell printed before it became `blanco`; while a full-screen view
    /// hides that line, the pane shell's only child (which is `blanco`).
    private func blancoProcessID() throws -> Int32 {
        let text = try screen()
        if let range = text.range(of: Self.pidMarker),
            let pid = Int32(text[range.upperBound...].prefix(while: \.isNumber))
        {
            return pid
        }
        let shell = try tmux(["display-message", "-p", "-t", "blanco", "#{pane_pid}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        guard let pid = children.split(separator: " ").first.flatMap({ Int32($0) }) else {
            throw TmuxError(message: "blanco's process id is not on screen nor under the pane's shell:\n\(text)")
        }
        return pid
    }

    /// Whether the pane shows the alternate screen (a full-screen program's) and whether
    /// its cursor is visible, as tmux keeps them.
    func screenState() throws -> (alternate: Bool, cursorVisible: Bool) {
        let flags = try tmux(["display-message", "-p", "-t", "blanco", "#{alternate_on} #{cursor_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        return (flags.first == "1", flags.last == "1")
    }

    /// Sends `signal` to the `blanco` process in the pane.
    func signalBlanco(_ signal: Int32) throws {
        let pid = try blancoProcessID()

        #if canImport(Glibc)
            Glibc.kill(pid, signal)
        #else
            Darwin.kill(pid, signal)
        #endif
    }

    /// Stops the tmux server, and with it `blanco` and the shell.
    func shutDown() {
        let socketPath = (try? tmux(["display-message", "-p", "#{socket_path}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try? tmux(["kill-server"])
        // tmux leaves the socket file behind; do not litter /tmp with one per test.
        if let socketPath, socketPath.hasSuffix(socket) { unlink(socketPath) }
    }

    private func waitUntil(_ what: String, seconds: Double, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return }
            usleep(50_000)
        }
        throw TmuxError(message: "timed out waiting for \(what); the screen was:\n\(try screen())")
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent(
            "blanco-tmux-\(UUID().uuidString)"
        ).path
        defer { unlink(outputPath) }
        try Self.spawnAndWait([Self.executable!, "-L", socket] + arguments, outputPath: outputPath)
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// Runs a program to its end with its output in a file. Not `Process`: the tmux
    /// server that `new-session` leaves behind would inherit the descriptor `Process`
    /// watches for the end of its child, and the test would wait for ever. So every
    /// descriptor beyond the standard three is closed in the child.
    private static func spawnAndWait(_ arguments: [String], outputPath: String) throws {
        #if os(Linux)
            var actions = posix_spawn_file_actions_t()
        #else
            var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        // The test runner's threads block signals; a tmux server inheriting that mask
        // would never see its children end, and kill-server would not stop it.
        #if os(Linux)
            var attributes = posix_spawnattr_t()
        #else
            var attributes: posix_spawnattr_t?
        #endif
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid = pid_t()
        let result = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard result == 0 else { throw TmuxError(message: "could not start \(arguments[0]): error \(result)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

struct TmuxError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
