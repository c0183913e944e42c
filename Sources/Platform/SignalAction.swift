#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The two things Blanco's signal handlers need from `sigaction`, written once for both
/// C libraries (the handler field is named differently on Linux and the BSDs): installing a
/// plain handler, and asking whether a signal is ignored.
enum SignalAction {
    /// Installs `handler` for `signalNumber`. With `restart`, a system call the signal
    /// interrupts resumes (SA_RESTART); without it, a blocking read returns at once, which
    /// the line editor wants on a resize.
    static func install(
        _ handler: @convention(c) (Int32) -> Void, for signalNumber: Int32, restart: Bool = false
    ) {
        var action = sigaction()
        #if os(Linux)
            action.__sigaction_handler.sa_handler = handler
        #else
            action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = restart ? SA_RESTART : 0
        sigaction(signalNumber, &action, nil)
    }

    /// Whether `action` ignores its signal (SIG_IGN: `nohup`, or a parent's choice), which
    /// Blanco then leaves as it is.
    static func isIgnored(_ action: sigaction) -> Bool {
        #if os(Linux)
            let handler = action.__sigaction_handler.sa_handler
        #else
            let handler = action.__sigaction_u.__sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}
