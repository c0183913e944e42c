import BlancoCore

/// PLACEHOLDER, being written: `blanco analyze`.
enum AnalyzeCommand: Command {
    static let name = "analyze"
    static let aliases = ["analyseer"]
    static let summary = "Analyseer één reactie of een jsonl-stroom"
    static let usage = "Gebruik: blanco analyze\n"

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        context.error("'analyze' is nog niet beschikbaar")
        return .failure
    }
}
