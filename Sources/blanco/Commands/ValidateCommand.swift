import BlancoCore

/// PLACEHOLDER, being written: `blanco validate`.
enum ValidateCommand: Command {
    static let name = "validate"
    static let aliases = ["controleer"]
    static let summary = "Controleer oefenbestanden of mappen en meld elke fout"
    static let usage = "Gebruik: blanco validate\n"

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        context.error("'validate' is nog niet beschikbaar")
        return .failure
    }
}
