import BlancoCore

/// `blanco help [COMMAND]`: the overview, or one command's usage.
enum HelpCommand {
    static let usage = """
        Gebruik: blanco help [COMMANDO]   (of: blanco hulp [COMMANDO])

        Zonder COMMANDO: het overzicht van alle commando's en opties. Met COMMANDO: de
        uitleg bij dat commando, zoals 'blanco COMMANDO --help'.

        """

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        guard let name = arguments.first else {
            context.out.write(HelpText.overview)
            return .ok
        }
        if name == "help" || name == "hulp" {
            context.out.write(usage)
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
