import BlancoCore
import Platform

/// `blanco rules`: lists the analyzer's rules with their message and an example; with
/// `--regels DIR` the lecturer's own rules too, each marked as their own.
enum RulesCommand: Command {
    static let name = "rules"
    static let aliases = ["regels"]
    static let summary = "Toon de regels van de analyse, met uitleg en voorbeeld"
    static let usage = """
        Gebruik: blanco rules [--category CATEGORIE] [--format text|json] [ID]
                blanco --regels MAP rules ...

        Toont elke regel waarmee blanco een reactie analyseert: de id, de categorie, waarom
        het ertoe doet voor blanco luisteren, een blanco alternatief en een voorbeeld. Met
        --regels MAP staan je eigen regels erbij, gemarkeerd als "eigen regel" (een eigen
        regel met de id van een meegeleverde vervangt die, op zijn plaats in de lijst).

        Opties:
          --category CATEGORIE   Alleen deze categorie: judgment, interpretation,
                                 premature-opinion, advice, why-question, leading-question,
                                 system-language (of de Nederlandse naam: oordeel,
                                 interpretatie, ..., systeemtaal)
          --format VORM          text (standaard) of json: één JSON-object,
                                 {"schemaVersion": 1, "rules": [{"id", "category",
                                 "severity", "message", "suggestion", "examples",
                                 "counterexamples"}]}; een eigen regel heeft
                                 ook "own": true
          ID                     Alleen deze regel, bijvoorbeeld nl.judgment.exclamation

        """

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let parsed: ParsedArguments
        let format: ListingFormat
        do {
            parsed = try ArgumentSpec(valueOptions: ["--category", ListingFormat.option]).parse(arguments)
            format = try ListingFormat.chosen(in: parsed)
        } catch {
            context.error(error.message)
            return .usage
        }
        let own: Set<String>
        var book = RuleBook.standard
        switch RulesOption.ownRules(context) {
        case .success(let found):
            own = Set(found?.rules.map(\.id) ?? [])
            if let found { book = book.adding(found) }
        case .failure(let error): return RulesOption.report(error, context)
        }
        var rules = book.rules
        if let name = parsed.value("--category") {
            guard let category = Category(keyword: name) else {
                context.error(
                    "onbekende categorie '\(name)'; kies uit "
                        + Category.allCases.map(\.rawValue).joined(separator: ", "))
                return .usage
            }
            rules = rules.filter { $0.category == category }
        }
        if let id = parsed.positionals.first {
            rules = rules.filter { $0.id == id }
            if rules.isEmpty {
                var message = "onbekende regel '\(id)'"
                if let close = EditDistance.closest(to: id, in: book.rules.map(\.id)) {
                    message += "; bedoelde je '\(close)'?"
                }
                context.error(message)
                return .usage
            }
        }
        if format == .json {
            let list = rules.map { rule -> JSONValue in
                var fields: [(String, JSONValue)] = [
                    ("id", .string(rule.id)), ("category", .string(rule.category.rawValue)),
                    ("severity", .string(rule.severity.rawValue)), ("message", .string(rule.message)),
                    ("suggestion", .string(rule.suggestion)),
                    ("examples", .array(rule.examples.map { .string($0.response) })),
                    ("counterexamples", .array(rule.counterexamples.map { .string($0.response) })),
                ]
                if own.contains(rule.id) { fields.append(("own", .bool(true))) }
                return .object(fields)
            }
            ListingFormat.write([("rules", .array(list))], to: context)
            return .ok
        }
        let colors = context.colorsStandardOutput
        let width = min(100, TerminalSize.columns(environment: context.environment))
        func paragraph(_ text: String) -> String {
            TextWrap.wrap(TerminalText.sanitize(text, keepNewlines: false), width: width, indent: "  ")
        }
        for (index, rule) in rules.enumerated() {
            if index > 0 { context.out.line() }
            var notes = [rule.category.dutchName, rule.severity == .major ? "zwaar" : "licht"]
            if own.contains(rule.id) {
                notes.append(
                    RuleBook.standard.rule(id: rule.id) == nil ? "eigen regel" : "eigen regel, vervangt de meegeleverde"
                )
            }
            let title = "\(TerminalText.sanitize(rule.id, keepNewlines: false))  (\(notes.joined(separator: ", ")))"
            context.out.line(colors ? "\u{1B}[1m" + title + "\u{1B}[0m" : title)
            context.out.line(paragraph(rule.message))
            context.out.line(paragraph("Blanco alternatief: " + rule.suggestion))
            if let example = rule.examples.first {
                context.out.line(paragraph("Voorbeeld: \u{201C}" + example.response + "\u{201D}"))
            }
            if let counter = rule.counterexamples.first {
                context.out.line(paragraph("Niet: \u{201C}" + counter.response + "\u{201D}"))
            }
        }
        return .ok
    }
}
