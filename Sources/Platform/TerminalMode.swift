#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// What the signal handlers read. They are raw pointers, allocated before any handler is
// installed, so a handler touches no Swift runtime machinery (no locks, no reference counts).
nonisolated(unsafe) private let savedMode = UnsafeMutablePointer<termios>.allocate(capacity: 1)
nonisolated(unsafe) private let rawMode = UnsafeMutablePointer<termios>.allocate(capacity: 1)
nonisolated(unsafe) private let rawModeActive = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
nonisolated(unsafe) private let windowResized = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
nonisolated(unsafe) private let fullScreenActive = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
nonisolated(unsafe) private let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
nonisolated(unsafe) private var handlersInstalled = false

/// Signals after which the terminal must not stay in raw mode: the ones that end the
/// process (Ctrl-C from another program, `kill`, a closed terminal) and the crash signals.
private let restoringSignals: [Int32] = [
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP,
]

private func restoreIfRaw() {
    if rawModeActive.pointee != 0 {
        switchTerminal(toRaw: false)
        fullScreenActive.pointee = 0
        rawModeActive.pointee = 0
    }
}

/// Out of raw mode (the full-screen view first, then bracketed pastes, then the saved
/// mode) or back into it in the opposite order: the one way in and out, for leaving, a
/// stop and a resume alike. Only write(2) and tcsetattr, so safe in a signal handler.
private func switchTerminal(toRaw raw: Bool) {
    if raw {
        tcsetattr(STDIN_FILENO, TCSADRAIN, rawMode)
        setBracketedPaste(true)
        if fullScreenActive.pointee != 0 { setFullScreen(true) }
    } else {
        if fullScreenActive.pointee != 0 { setFullScreen(false) }
        setBracketedPaste(false)
        tcsetattr(STDIN_FILENO, TCSANOW, savedMode)
    }
}

/// Asks the terminal to mark pastes (`ESC [ 200 ~` … `ESC [ 201 ~`), so a pasted block of
/// lines is one response; a plain write(2), safe in a signal handler.
private func setBracketedPaste(_ on: Bool) {
    let sequence: StaticString = on ? "\u{1B}[?2004h" : "\u{1B}[?2004l"
    _ = write(STDOUT_FILENO, sequence.utf8Start, sequence.utf8CodeUnitCount)
}

/// Switches to the alternate screen with the cursor hidden, as a full-screen view needs,
/// or back to the shell's screen with the cursor shown; a plain write(2), like the above.
private func setFullScreen(_ on: Bool) {
    let sequence: StaticString = on ? "\u{1B}[?1049h\u{1B}[?25l" : "\u{1B}[?25h\u{1B}[?1049l"
    _ = write(STDOUT_FILENO, sequence.utf8Start, sequence.utf8CodeUnitCount)
}

/// Restores the terminal, puts back the action that was there before (the default, or
/// the Swift runtime's crash reporter) and raises the signal again, so the process ends
/// the way it would have without us.
private let restoreAndReraise: @convention(c) (Int32) -> Void = { signalNumber in
    restoreIfRaw()
    sigaction(signalNumber, previousActions + Int(signalNumber), nil)
    raise(signalNumber)
}

private let noteWindowResize: @convention(c) (Int32) -> Void = { _ in
    windowResized.pointee = 1
}

/// SIGTSTP (Ctrl-Z from the shell, `kill -TSTP`): gives the shell back a cooked terminal,
/// then stops as the default action would. Execution resumes here on SIGCONT.
private let suspend: @convention(c) (Int32) -> Void = { _ in
    let savedErrno = errno
    if rawModeActive.pointee != 0 { switchTerminal(toRaw: false) }
    signal(SIGTSTP, SIG_DFL)
    var stopSignal = sigset_t()
    sigemptyset(&stopSignal)
    sigaddset(&stopSignal, SIGTSTP)
    sigprocmask(SIG_UNBLOCK, &stopSignal, nil)
    raise(SIGTSTP)
    // Resumed: SIGCONT has run `resume` already; take this handler back for next time.
    installSuspendHandler()
    errno = savedErrno
}

/// SIGCONT (`fg`, `kill -CONT`): back into raw mode if the editor was in it, and a redraw
/// of the line, since the shell has written over the screen.
private let resume: @convention(c) (Int32) -> Void = { _ in
    if rawModeActive.pointee != 0 {
        switchTerminal(toRaw: true)
        windowResized.pointee = 1
    }
}

private func installSuspendHandler() {
    SignalAction.install(suspend, for: SIGTSTP)
}

/// Switches the terminal on standard input between its normal (cooked) mode and the raw
/// mode the line editor reads keys in, and makes sure it is switched back on every way
/// out: a normal return, `exit`, SIGINT, SIGTERM, SIGHUP and a crash. A stop (SIGTSTP)
/// hands the shell a cooked terminal and the resume (SIGCONT) takes raw mode back. A
/// full-screen view (`enterFullScreen()`) is left and re-entered along with raw mode.
public enum TerminalMode {
    /// Enters raw mode: no echo, no line buffering, no signals from Ctrl-C. Output
    /// processing stays on, so the program's own "\n" still starts a new line while the
    /// editor stays in raw mode between lines. False when standard input is not a terminal.
    public static func enterRaw() -> Bool {
        installHandlersOnce()
        guard rawModeActive.pointee == 0 else { return true }
        guard tcgetattr(STDIN_FILENO, savedMode) == 0 else { return false }
        var raw = savedMode.pointee
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { controlCharacters in
            controlCharacters[Int(VMIN)] = 1
            controlCharacters[Int(VTIME)] = 0
        }
        rawMode.pointee = raw
        // Set the flag first: a signal arriving in between then restores the saved mode.
        rawModeActive.pointee = 1
        // TCSADRAIN, not TCSAFLUSH: keys typed ahead of the prompt are kept.
        guard tcsetattr(STDIN_FILENO, TCSADRAIN, &raw) == 0 else {
            rawModeActive.pointee = 0
            return false
        }
        setBracketedPaste(true)
        return true
    }

    /// In raw mode, switches to the alternate screen with the cursor hidden, for a view
    /// that fills the window (`klas live`). Leaving raw mode, by `leaveRaw()` or any of the
    /// ways out above, first goes back to the shell's screen and shows the cursor; a stop
    /// does too, and the resume switches again. Flush buffered output first.
    public static func enterFullScreen() {
        guard handlersInstalled, rawModeActive.pointee != 0, fullScreenActive.pointee == 0 else { return }
        fullScreenActive.pointee = 1
        setFullScreen(true)
    }

    /// Stops the process as Ctrl-Z in a cooked terminal would (SIGTSTP), unless stopping
    /// is ignored; returns once the process is resumed.
    public static func suspendProcess() {
        raise(SIGTSTP)
    }

    /// Back to the mode the terminal had before `enterRaw()`.
    public static func leaveRaw() {
        // Before the first `enterRaw()` the flag is not even initialised: nothing to restore.
        guard handlersInstalled else { return }
        restoreIfRaw()
    }

    /// In raw mode, lets Ctrl-C (and Ctrl-\, Ctrl-Z) send their signals again (`true`), or
    /// makes them keys for the editor again (`false`); nothing else about raw mode changes,
    /// so a paste still arriving is neither echoed nor cut. A resume after a stop keeps
    /// the setting. Outside raw mode this does nothing: the terminal sends signals anyway.
    public static func letControlCInterrupt(_ on: Bool) {
        guard handlersInstalled, rawModeActive.pointee != 0 else { return }
        if on {
            rawMode.pointee.c_lflag |= tcflag_t(ISIG)
        } else {
            rawMode.pointee.c_lflag &= ~tcflag_t(ISIG)
        }
        tcsetattr(STDIN_FILENO, TCSANOW, rawMode)
    }

    /// Whether the line must be drawn again since the last call: the window changed size
    /// (SIGWINCH), or the process was resumed after a stop (SIGCONT).
    public static func takeWindowResize() -> Bool {
        guard windowResized.pointee != 0 else { return false }
        windowResized.pointee = 0
        return true
    }

    private static func installHandlersOnce() {
        guard !handlersInstalled else { return }
        handlersInstalled = true
        rawModeActive.pointee = 0
        windowResized.pointee = 0
        fullScreenActive.pointee = 0
        for signalNumber in restoringSignals {
            sigaction(signalNumber, nil, previousActions + Int(signalNumber))
            // An ignored signal (nohup, a parent's choice) stays ignored.
            if SignalAction.isIgnored(previousActions[Int(signalNumber)]) { continue }
            SignalAction.install(restoreAndReraise, for: signalNumber)
        }
        // Without SA_RESTART: a resize interrupts the blocking read, so the line is redrawn at once.
        SignalAction.install(noteWindowResize, for: SIGWINCH)
        SignalAction.install(resume, for: SIGCONT)
        var previousStop = sigaction()
        sigaction(SIGTSTP, nil, &previousStop)
        if !SignalAction.isIgnored(previousStop) { installSuspendHandler() }
        atexit { restoreIfRaw() }
    }
}
