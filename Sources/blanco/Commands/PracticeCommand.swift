import BlancoCore

/// PLACEHOLDER, being written: `blanco practice`.
enum PracticeCommand: Command {
    static let name = "practice"
    static let aliases = ["oefen"]
    static let summary = "Oefen een gesprek met een cliënt (standaard)"
    static let usage = "Gebruik: blanco practice\n"

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        context.error("'practice' is nog niet beschikbaar")
        return .failure
    }
}
