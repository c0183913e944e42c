import BlancoCore
import LineEditing
import Platform

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
        // Profiles (the folder's and the session's own) may name the lecturer's own rules.
        let rules: RuleBook?
        switch RulesOption.resolve(context) {
        case .success(let book): rules = book
        case .failure(let error): return RulesOption.report(error, context)
        }
        let catalog = ExerciseCatalog.load(directory: context.exercisesDirectory, book: rules ?? .standard)
        var feed = ClassLiveFeed(paths: parsed.positionals, catalog: catalog, rules: rules)
        feed.refresh()
        var state = ClassLiveState(showNames: parsed.has("--namen") || parsed.has("--names"))
        guard Platform.isTerminal(.standardInput), Platform.isTerminal(.standardOutput) else {
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
        var lastScan = Platform.monotonicMilliseconds()
        draw(feed, state, out)
        while true {
            let ready = FileDescriptor.standardInput.waitForInput(milliseconds: pollMilliseconds)
            var redraw = TerminalMode.takeWindowResize()
            if ready {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let read = buffer.withUnsafeMutableBytes {
                    FileDescriptor.standardInput.read(into: $0, retryingOnInterrupt: false)
                }
                if case .success(0) = read { return .ok }
                if case .success(let count) = read {
                    let current =
                        feed.exercises.indices.contains(state.exerciseIndex) ? feed.exercises[state.exerciseIndex] : nil
                    let answers = current.map { ClassLiveScreen.answers($0).count } ?? 0
                    for event in decoder.decode(buffer[0..<count]) {
                        // A typed answer counts as the class's exercise counts it: its rules, its profile.
                        let analyzer = current.map { feed.analyzer(for: $0.exercise) } ?? Analyzer()
                        let outcome = state.handle(key(event), answers: answers, exercises: feed.exercises.count) {
                            text in
                            analyzer.analyze(text, context: current?.exercise.opening ?? "", stage: .opening)
                        }
                        if outcome == .quit { return .ok }
                        if outcome == .redraw { redraw = true }
                    }
                }
            }
            let now = Platform.monotonicMilliseconds()
            if now - lastScan >= Int64(pollMilliseconds) || !ready {
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
        let (columns, rows) = TerminalSize.window(fileDescriptor: FileDescriptor.standardOutput.raw) ?? (80, 24)
        let lines = ClassLiveScreen.render(feed, state: state, width: columns, height: rows)
        out.write("\u{1B}[H" + lines.joined(separator: "\u{1B}[K\r\n") + "\u{1B}[K")
        out.flush()
    }
}
