import BlancoCore

/// PLACEHOLDER, being written: `blanco list`.
enum ListCommand: Command {
    static let name = "list"
    static let aliases = ["lijst"]
    static let summary = "Toon de oefeningen met niveau, domein en je beste cijfer"
    static let usage = "Gebruik: blanco list\n"

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        context.error("'list' is nog niet beschikbaar")
        return .failure
    }
}
