/// A command typed in a practice session instead of a response, such as `/hint` or
/// `/oefen ID`. Dutch names with English aliases.
public enum SlashCommand: Sendable, Hashable {
    case help
    case list
    case practice(id: String?)
    case hint
    case film
    case restart
    case done
    case score
    case reflect
    /// `/export [md|html|csv|json]`: the attempt just finished as a file.
    case export(format: String?)
    case quit

    /// Every command's names, the Dutch one first, with a one-line Dutch explanation, in
    /// the order `/hulp` shows them.
    public static let catalog: [(names: [String], argument: String?, summary: String)] = [
        (["hulp", "help"], nil, "deze uitleg"),
        (["lijst", "list"], nil, "de oefeningen, met of je ze af hebt en je beste cijfer"),
        (["oefen", "practice"], "ID", "begin een andere oefening (id of nummer uit de lijst)"),
        (["hint"], nil, "een tip: eerst algemeen, dan gericht op een valkuil of een gat in de film"),
        (["film"], nil, "wat je tot nu toe weet, in de woorden van de cliënt"),
        (["opnieuw", "restart"], nil, "begin deze oefening opnieuw"),
        (["klaar", "done"], nil, "rond af en krijg de nabespreking met je cijfer"),
        (["score"], nil, "je cijfer tot nu toe"),
        (["reflectie", "reflect"], nil, "beoordeel jezelf en kijk terug op de poging die je net afrondde"),
        (["export"], "[html|md|csv|json]", "bewaar de poging die je net afrondde als bestand in deze map"),
        (["stop", "quit"], nil, "stop; je gesprek is bewaard en je kunt later verdergaan"),
    ]

    /// What went wrong reading a slash command, with what the trainee probably meant.
    public enum ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// `closest` is the nearest valid name, if any is close.
        case unknown(String, closest: String?)
        case unexpectedArgument(command: String, argument: String)

        public var description: String {
            switch self {
            case .unknown(let name, let closest?):
                "onbekend commando '/\(name)'; bedoelde je '/\(closest)'? Typ /hulp voor alle commando's."
            case .unknown(let name, nil):
                "onbekend commando '/\(name)'. Typ /hulp voor alle commando's."
            case .unexpectedArgument(let command, let argument):
                "'/\(command)' verwacht niets erachter, maar kreeg '\(argument)'."
            }
        }
    }

    /// Whether a line is meant as a command rather than a response: it starts with `/`.
    public static func isCommand(_ line: String) -> Bool {
        line.drop(while: { $0 == " " }).first == "/"
    }

    /// Parses a line that starts with `/`; names are case-insensitive.
    public static func parse(_ line: String) -> Result<SlashCommand, ParseError> {
        let body = line.drop(while: { $0 == " " }).dropFirst()
        let words = body.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let name = words.first?.lowercased() ?? ""
        let argument = words.dropFirst().joined(separator: " ")
        let command: SlashCommand
        switch name {
        case "hulp", "help", "?": command = .help
        case "lijst", "list": command = .list
        case "oefen", "practice": return .success(.practice(id: argument.isEmpty ? nil : argument))
        case "hint": command = .hint
        case "film": command = .film
        case "opnieuw", "restart": command = .restart
        case "klaar", "done": command = .done
        case "score": command = .score
        case "reflectie", "reflect": command = .reflect
        case "export", "exporteer": return .success(.export(format: argument.isEmpty ? nil : argument))
        case "stop", "quit", "exit": command = .quit
        default:
            let names = catalog.flatMap(\.names)
            return .failure(.unknown(name, closest: name.isEmpty ? nil : EditDistance.closest(to: name, in: names)))
        }
        if !argument.isEmpty { return .failure(.unexpectedArgument(command: name, argument: argument)) }
        return .success(command)
    }
}
