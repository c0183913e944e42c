import BlancoCore
import LineEditing
import Platform

/// Reads the trainee's lines. On a terminal it is a small line editor with no
/// dependency: arrows, Home/End, Backspace and Delete by whole characters ("ë", "👍🏽"),
/// Up/Down through a per-user history, Ctrl-A/E/K/U/W/L, and lines that wrap over the
/// window width. Elsewhere (a file or pipe on standard input) it reads plain lines and
/// echoes them after the prompt, so the output reads as a transcript.
///
/// The terminal goes into raw mode at the first `readLine` and stays there until the
/// editor is released: switching back to line mode between lines would let the terminal
/// echo and truncate (at 4095 bytes) a paste that is still arriving. `TerminalMode`
/// restores it on every way out, `exit`, signals and crashes included.
final class LineEditor {
    /// What `readLine` got.
    enum Input: Equatable {
        /// A line the user accepted with Enter (without the newline).
        case line(String)
        /// Ctrl-C on an empty line: the user wants to stop.
        case interrupt
        /// Ctrl-D on an empty line, or the end of the input.
        case endOfInput
    }

    /// Whether standard input and standard output are both terminals.
    static var isInteractive: Bool { Platform.isTerminal(.standardInput) && Platform.isTerminal(.standardOutput) }

    /// Whether lines read from a pipe or file are echoed after the prompt.
    var echoesPipedInput = true

    private let historyPath: String?
    /// Loaded at the first line read on a terminal; reading from a file needs no history.
    private lazy var history: LineHistory = LineHistory(entries: loadedHistory.entries, capacity: Self.historyCapacity)
    private lazy var historyFile: HistoryFile? = loadedHistory.file
    private lazy var loadedHistory: (file: HistoryFile?, entries: [String]) = {
        guard let historyPath else { return (nil, []) }
        let loaded = HistoryFile.load(path: historyPath, capacity: Self.historyCapacity)
        return (loaded.file, loaded.entries)
    }()
    private var decoder = KeyDecoder()
    /// Keys decoded but not yet used: typed or pasted after an Enter.
    private var pendingEvents = KeyQueue()
    /// Enough bytes to hold any line within `Limits.practiceLine`, and to show a longer
    /// one is over it.
    private lazy var pipedReader = PipedLineReader(maximumLineBytes: 4 * (Limits.practiceLine.value + 1))
    private var pipedInputEnded = false

    /// How long to wait for the rest of an escape sequence before taking Esc as a key.
    private static let escapeTimeoutMilliseconds: Int32 = 50
    private static let historyCapacity = 500

    /// `historyFile` is the path of this user's history, or nil for none. An unreadable or
    /// damaged file is ignored and left as it is.
    init(historyFile: String?) {
        historyPath = historyFile
    }

    deinit {
        TerminalMode.leaveRaw()
    }

    /// Whether the line being read goes into the history (not a yes/no answer).
    private var remembering = true
    /// Inside a bracketed paste: line ends join lines instead of sending them.
    private var pasting = false
    /// A pasted line end waits to become a space until more pasted text follows.
    private var lineEndPasted = false

    /// Whether an Enter is part of a paste the terminal did not bracket: more text came
    /// in the same read right after it. A typist's Enter is read on its own.
    private func pastedTextFollows() -> Bool {
        if case .text(let text)? = pendingEvents.peek() { return text.count >= 2 }
        return false
    }

    /// Shows `prompt` and reads one line; `remember: false` keeps it out of the history.
    func readLine(prompt: String, remember: Bool = true) -> Input {
        remembering = remember
        Output.standardOutput.flush()
        Output.standardError.flush()
        guard Self.isInteractive, TerminalMode.enterRaw() else { return readPipedLine(prompt: prompt) }
        var session = EditingSession(prompt: prompt, columns: TerminalSize.columns)
        session.redraw()
        while true {
            while let event = pendingEvents.next() {
                if let input = apply(event, to: &session) {
                    return input
                }
            }
            if !Self.inputIsWaiting(timeoutMilliseconds: 0) { session.redrawIfNeeded() }
            switch readKeys() {
            case .events(let events):
                pendingEvents.append(events)
            case .resized:
                session.resize(columns: TerminalSize.columns)
            case .closed:
                session.finish()
                return .endOfInput
            }
        }
    }

    private func apply(_ event: KeyEvent, to session: inout EditingSession) -> Input? {
        switch event {
        case .text(let text):
            if lineEndPasted, !session.buffer.isEmpty, !session.buffer.text.hasSuffix(" ") {
                session.edit { $0.insert(" ") }
            }
            lineEndPasted = false
            session.edit { $0.insert(text) }
        case .pasteStart:
            pasting = true
        case .pasteEnd:
            pasting = false
            lineEndPasted = false
        case .enter where pasting || pastedTextFollows():
            // A line end inside a pasted block joins its lines into one response: a space
            // before the next pasted text, nothing at the end of the block.
            lineEndPasted = true
        case .enter:
            session.finish()
            let line = session.buffer.text
            // A line over the limit is refused by the caller; it is no history entry.
            if remembering, !Limits.practiceLine.isExceeded(by: line), history.add(line) { historyFile?.append(line) }
            return .line(line)
        case .interrupt:
            history.resetBrowsing()
            if session.buffer.isEmpty {
                session.finish()
                return .interrupt
            }
            session.edit { $0.clear() }
        case .endOfFile:
            if session.buffer.isEmpty {
                session.finish()
                return .endOfInput
            }
            session.edit { $0.deleteForward() }
        case .backspace: session.edit { $0.deleteBackward() }
        case .delete: session.edit { $0.deleteForward() }
        case .left: session.edit { $0.moveLeft() }
        case .right: session.edit { $0.moveRight() }
        case .wordLeft: session.edit { $0.moveWordLeft() }
        case .wordRight: session.edit { $0.moveWordRight() }
        case .home: session.edit { $0.moveToStart() }
        case .end: session.edit { $0.moveToEnd() }
        case .killToEnd: session.edit { $0.deleteToEnd() }
        case .killToStart: session.edit { $0.deleteToStart() }
        case .deleteWordBackward: session.edit { $0.deleteWordBackward() }
        case .clearScreen: session.clearScreen()
        case .suspend:
            // Raw mode turns Ctrl-Z into a key; stop as the terminal would have. The
            // handlers give the shell a cooked terminal and take raw mode back on `fg`.
            TerminalMode.suspendProcess()
            session.redraw()
        case .up:
            if let entry = history.previous(current: session.buffer.text) {
                session.edit { $0.replace(with: entry) }
            }
        case .down:
            if let entry = history.next() {
                session.edit { $0.replace(with: entry) }
            }
        }
        return nil
    }

    private enum KeyRead {
        case events([KeyEvent])
        case resized
        case closed
    }

    /// Blocks until keys arrive (or the window is resized); a lone Esc is given up on
    /// after a short wait.
    private func readKeys() -> KeyRead {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if TerminalMode.takeWindowResize() { return .resized }
            if decoder.hasPendingInput, !Self.inputIsWaiting(timeoutMilliseconds: Self.escapeTimeoutMilliseconds) {
                if TerminalMode.takeWindowResize() { return .resized }
                return .events(decoder.flushPending())
            }
            switch chunk.withUnsafeMutableBytes({
                FileDescriptor.standardInput.read(into: $0, retryingOnInterrupt: false)
            }) {
            case .success(let count) where count > 0:
                return .events(decoder.decode(chunk[..<count]))
            case .failure(let error) where error.isWouldBlock:
                // Standard input was left non-blocking by another program: wait, do not spin.
                _ = Self.inputIsWaiting(timeoutMilliseconds: -1)
            case .failure(let error) where error.isInterrupted:
                // A signal that only interrupts (SIGCONT, SIGWINCH): look at the flags again.
                continue
            default:
                return .closed
            }
        }
    }

    private static func inputIsWaiting(timeoutMilliseconds: Int32) -> Bool {
        FileDescriptor.standardInput.waitForInput(milliseconds: timeoutMilliseconds)
    }

    private func readPipedLine(prompt: String) -> Input {
        guard !pipedInputEnded else { return .endOfInput }
        let out = Output.standardOutput
        if echoesPipedInput {
            // A program that drives blanco through pipes waits for the prompt to answer it.
            out.write(prompt)
            out.flush()
        }
        guard let line = pipedReader.nextLine() else {
            pipedInputEnded = true
            if echoesPipedInput, !prompt.isEmpty { out.line() }
            out.flush()
            return .endOfInput
        }
        if echoesPipedInput { out.line(TerminalText.sanitize(line, keepNewlines: false)) }
        out.flush()
        return .line(line)
    }
}
