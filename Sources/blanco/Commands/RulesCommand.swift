import BlancoCore

/// PLACEHOLDER, being written: `blanco rules`.
enum RulesCommand: Command {
    static let name = "rules"
    static let aliases = ["regels"]
    static let summary = "Toon de regels van de analyse met een voorbeeld"
    static let usage = "Gebruik: blanco rules\n"

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        context.error("'rules' is nog niet beschikbaar")
        return .failure
    }
}
