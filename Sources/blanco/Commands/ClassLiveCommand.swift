import BlancoCore
import LineEditing
import Platform

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The C call, named apart from this file's own `read` (Glibc.read or Darwin.read).
#if canImport(Glibc)
    private let systemCallRead = Glibc.read
#elseif canImport(Darwin)
    private let systemCallRead = Darwin.read
#endif

/// `blanco klas live MAP [--namen]`: the projector view. Thin terminal code around
/// `ClassLiveFeed` (polling the folder), `ClassLiveState` (the keys) and
/// `ClassLiveScreen` (the lines): raw mode and the alternate screen on the way in, both
/// restored on every way out (`TerminalMode` covers signals and crashes).
enum ClassLiveCommand {
    /// How often the folder is scanned for new hand-ins.
    static let pollMilliseconds: Int32 = 1000

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentSpec(flagOptions: ["--namen", "--names"]).parse(arguments)
        } catch {
            context.error(error.message)
            return .usage
        }
        guard !parsed.positionals.isEmpty else {
            context.error("'klas live' verwacht de inlevermap, bijvoorbeeld: blanco klas live inleveren")
            return .usage
        }
        let catalog = ExerciseCatalog.load(directory: context.exercisesDirectory)
        var feed = ClassLiveFeed(paths: parsed.positionals, catalog: catalog)
        feed.refresh()
        var state = ClassLiveState(showNames: parsed.has("--namen") || parsed.has("--names"))
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            // Not on a terminal (a pipe, a script): the view once, as it is now, 80 × 24.
            let columns = Int(context.environment["COLUMNS"] ?? "") ?? 80
            for line in ClassLiveScreen.render(feed, state: state, width: columns, height: 24) {
                context.out.line(line)
            }
            return .ok
        }

        guard TerminalMode.enterRaw() else {
            context.error("de terminal kon niet in de juiste stand worden gezet")
            return .failure
        }
        let out = context.out
        out.flush()
        // The alternate screen and the hidden cursor are given back with the terminal mode,
        // also when a signal ends the view.
        TerminalMode.enterFullScreen()
        defer {
            out.flush()
            TerminalMode.leaveRaw()
        }
        var decoder = KeyDecoder()
        var lastScan = monotonicMilliseconds()
        draw(feed, state, out)
        while true {
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, pollMilliseconds)
            var redraw = TerminalMode.takeWindowResize()
            if ready > 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = buffer.withUnsafeMutableBytes { systemCallRead(STDIN_FILENO, $0.baseAddress!, $0.count) }
                if count == 0 { return .ok }
                if count > 0 {
                    let current =
                        feed.exercises.indices.contains(state.exerciseIndex) ? feed.exercises[state.exerciseIndex] : nil
                    let answers = current.map { ClassLiveScreen.answers($0).count } ?? 0
                    for event in decoder.decode(buffer[0..<count]) {
                        // A typed answer counts as the class's exercise counts it: with its profile.
                        let analyzer = Analyzer(
                            profile: current.flatMap { catalog.profile(for: $0.exercise) } ?? .standard)
                        let outcome = state.handle(key(event), answers: answers, exercises: feed.exercises.count) {
                            text in
                            analyzer.analyze(text, context: current?.exercise.opening ?? "", stage: .opening)
                        }
                        if outcome == .quit { return .ok }
                        if outcome == .redraw { redraw = true }
                    }
                }
            }
            let now = monotonicMilliseconds()
            if now - lastScan >= Int64(pollMilliseconds) || ready == 0 {
                lastScan = now
                if feed.refresh() {
                    state.clamp(exercises: feed.exercises.count)
                    redraw = true
                }
            }
            if redraw { draw(feed, state, out) }
        }
    }

    /// The live view's keys from the line editor's decoded ones.
    static func key(_ event: KeyEvent) -> ClassLiveKey {
        switch event {
        case .text(let text): .text(text)
        case .enter: .enter
        case .backspace: .backspace
        case .left: .left
        case .right: .right
        case .deleteWordBackward: .deleteWord
        case .killToStart: .clearLine
        case .interrupt, .endOfFile: .cancel
        default: .other
        }
    }

    private static func draw(_ feed: ClassLiveFeed, _ state: ClassLiveState, _ out: Output) {
        let (columns, rows) = windowSize()
        let lines = ClassLiveScreen.render(feed, state: state, width: columns, height: rows)
        out.write("\u{1B}[H" + lines.joined(separator: "\u{1B}[K\r\n") + "\u{1B}[K")
        out.flush()
    }

    private static func windowSize() -> (columns: Int, rows: Int) {
        var size = winsize()
        let result = withUnsafeMutablePointer(to: &size) { ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), $0) }
        guard result == 0, size.ws_col > 0, size.ws_row > 0 else { return (80, 24) }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    private static func monotonicMilliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
