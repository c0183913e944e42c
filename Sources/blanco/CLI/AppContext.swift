import BlancoCore
import DisplayText
import Platform

/// What every command gets: the process environment, the global options and the streams.
struct AppContext {
    var environment: [String: String]
    /// `--exercises DIR` (or `BLANCO_EXERCISES`): a lecturer's own folder.
    var exercisesDirectory: String?
    /// `--profiel NAAM|BESTAND`: which rules count (see `ProfileOption`).
    var profileName: String?
    /// `--regels DIR`: a lecturer's own rule files, added to the bundled rules (see `RulesOption`).
    var rulesDirectory: String?
    var color: ColorChoice
    let out: Output
    let err: Output

    /// Writes a one-line Dutch error for the user to standard error.
    func error(_ message: String) {
        err.line("blanco: " + TerminalText.sanitize(message, keepNewlines: false))
    }

    /// Writes a one-line Dutch warning to standard error.
    func warning(_ message: String) {
        err.line("blanco: waarschuwing: " + TerminalText.sanitize(message, keepNewlines: false))
    }

    /// Whether standard output gets ANSI colours.
    var colorsStandardOutput: Bool { color.enabled(isTerminal: out.isTerminal, environment: environment) }
}

/// `--color auto|always|never`; `auto` colours a terminal unless `NO_COLOR` is set.
enum ColorChoice: String, CaseIterable {
    case auto, always, never

    func enabled(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }
}
