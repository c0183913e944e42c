import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Set by the SIGINT handler while `Interruption.run` waits; a raw pointer, so the handler
// touches no Swift runtime machinery.
nonisolated(unsafe) private let interruptRequested: UnsafeMutablePointer<sig_atomic_t> = {
    let flag = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
    flag.pointee = 0
    return flag
}()

private let noteInterrupt: @convention(c) (Int32) -> Void = { _ in
    interruptRequested.pointee = 1
}

/// Ctrl-C during work that can take long (analysing a turn, replaying an earlier
/// conversation): the work runs on its own thread while SIGINT only sets a flag, and the
/// caller gets nil within a hundredth of a second of Ctrl-C instead of a result. The
/// caller then says what happened and ends the process; the abandoned work writes nothing.
///
/// In the line editor's raw mode Ctrl-C is an ordinary key, so for the work's duration the
/// terminal sends SIGINT for it again (`TerminalMode.letControlCInterrupt`).
public enum Interruption {
    /// Whether Ctrl-C (SIGINT) came during `run`; it stays set, for the caller to see.
    public static var wasRequested: Bool { interruptRequested.pointee != 0 }

    /// `work`'s result, or nil when SIGINT arrived before it was done. When SIGINT is
    /// ignored (a parent's choice), `work` simply runs here.
    public static func run<Result>(_ work: @escaping () -> Result) -> Result? {
        var previous = sigaction()
        sigaction(SIGINT, nil, &previous)
        if SignalAction.isIgnored(previous) { return work() }
        guard !wasRequested else { return nil }
        SignalAction.install(noteInterrupt, for: SIGINT, restart: true)
        TerminalMode.letControlCInterrupt(true)
        defer {
            TerminalMode.letControlCInterrupt(false)
            sigaction(SIGINT, &previous, nil)
        }

        let job = Job(work)
        guard job.start() else { return work() }
        // Woken as soon as the work is done; between, every hundredth of a second, a look at
        // the flag (a signal does not end the wait).
        while !job.wait(milliseconds: 10) {
            if wasRequested { return nil }
        }
        return wasRequested ? nil : job.result
    }
}

/// Work on a detached thread with the main thread's stack size (analysis can recurse
/// deeper than a pool thread's small stack allows), its result behind a lock.
private final class Job<Result>: @unchecked Sendable {
    private let finished = Locked<Result?>(nil)
    private let done = DispatchSemaphore(value: 0)
    private let thread: DetachedThread

    init(_ work: @escaping () -> Result) {
        let finished = finished
        let done = done
        thread = DetachedThread {
            let value = work()
            finished.withLock { $0 = value }
            done.signal()
        }
    }

    var result: Result? { finished.withLock { $0 } }

    /// Whether the work is done, waiting at most `milliseconds` for it.
    func wait(milliseconds: Int) -> Bool {
        done.wait(timeout: .now() + .milliseconds(milliseconds)) == .success
    }

    /// False when no thread could be started.
    func start() -> Bool { thread.start() }
}

private let threadEntry: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { context in
    Unmanaged<DetachedThread>.fromOpaque(context!).takeRetainedValue().body()
    return nil
}

private final class DetachedThread: @unchecked Sendable {
    let body: () -> Void

    init(_ body: @escaping () -> Void) {
        self.body = body
    }

    func start() -> Bool {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, 8 << 20)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        let context = Unmanaged.passRetained(self).toOpaque()
        #if os(Linux)
            var thread = pthread_t()
        #else
            var thread: pthread_t?
        #endif
        guard pthread_create(&thread, &attributes, threadEntry, context) == 0 else {
            Unmanaged<DetachedThread>.fromOpaque(context).release()
            return false
        }
        return true
    }
}
