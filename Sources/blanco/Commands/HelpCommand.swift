import BlancoCore

/// `blanco help [COMMAND]`: the overview, or one command's usage.
enum HelpCommand {
    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        guard let name = arguments.first else {
            context.out.write(HelpText.overview)
            return .ok
        }
        guard let command = CommandTable.command(named: name) else {
            var message = "onbekend commando '\(name)'"
            if let close = EditDistance.closest(to: name, in: CommandTable.allNames) {
                message += "; bedoelde je '\(close)'?"
            }
            context.error(message)
            return .usage
        }
        context.out.write(command.usage)
        return .ok
    }
}
