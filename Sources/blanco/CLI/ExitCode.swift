/// The exit codes `blanco` documents (sysexits.h numbering).
enum ExitCode: Int32 {
    case ok = 0
    case failure = 1
    case usage = 64
    case dataError = 65
    /// Ctrl-C stopped long work (128 + SIGINT, as the shell reports a program it ended).
    case interrupted = 130
}
