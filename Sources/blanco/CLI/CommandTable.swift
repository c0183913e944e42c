/// Every `blanco` command, in the order `--help` lists them.
enum CommandTable {
    static let commands: [any Command.Type] = [
        PracticeCommand.self,
        ListCommand.self,
        ProgressCommand.self,
        ReflectCommand.self,
        ExportCommand.self,
        AnalyzeCommand.self,
        RulesCommand.self,
        ValidateCommand.self,
        NewCommand.self,
        CompletionCommand.self,
        ClassCommand.self,
    ]

    static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.name == name || $0.aliases.contains(name) }
    }

    static var allNames: [String] { commands.flatMap { [$0.name] + $0.aliases } + ["help", "hulp"] }
}
