import BlancoCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `blanco export`: the portfolio from the journal as Markdown, HTML, CSV or JSON, to a
/// file (written atomically, never overwriting without `--force`) or to standard output.
enum ExportCommand: Command {
    static let name = "export"
    static let aliases = ["exporteer"]
    static let summary = "Exporteer je portfolio (Markdown, HTML, CSV of JSON)"
    static let usage = """
        Gebruik: blanco export [--format md|html|csv|json] [--exercise ID] [--since DATUM]
                               [--name NAAM | --anonymous] [-o BESTAND] [--force] [--csv-comma]

        Zet je oefenpogingen uit het logboek in één bestand: per poging de casus, je
        reacties met wat er werd aangestreept, het cijfer en de onderdelen, de film, je
        eigen beoordeling naast die van de coach, je reflectie en je leerdoel.

          md    een leesbaar portfolio (Markdown), om in een verslag te plakken
          html  één pagina voor de browser, ook op je telefoon, en om als PDF te printen
          csv   één regel per reactie, voor Excel (puntkomma's; --csv-comma voor komma's)
          json  alles, voor docenten en programma's (schema blanco.export/1)

        Zonder --format volgt het formaat de extensie van -o, anders md. Zonder -o gaat
        de export naar het scherm (of een pipe). Een bestaand bestand wordt alleen met
        --force vervangen. --name zet je naam (of alias) in de export en onthoudt die;
        --anonymous laat hem weg. --exercise ID en --since 2026-11-25 kiezen pogingen.

        """

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let parsed: ParsedArguments
        do throws(UsageError) {
            parsed = try ArgumentSpec(
                valueOptions: ["--format", "--exercise", "--since", "--name", "-o", "--output"],
                flagOptions: ["--anonymous", "--force", "--csv-comma"]
            ).parse(arguments)
            if let extra = parsed.positionals.first {
                throw UsageError(message: "'export' verwacht geen '\(extra)'; bedoelde je -o \(extra)?")
            }
        } catch {
            context.error(error.message)
            return .usage
        }
        let output = parsed.value("-o") ?? parsed.value("--output")
        let format: ExportFormat
        if let name = parsed.value("--format") {
            guard let chosen = ExportFormat(name: name) else {
                context.error("--format verwacht md, html, csv of json, niet '\(name)'")
                return .usage
            }
            format = chosen
        } else {
            format = output.flatMap { ExportFormat(fileName: $0) } ?? .markdown
        }
        if let since = parsed.value("--since"), !isDay(since) {
            context.error("--since verwacht een datum als 2026-11-25, niet '\(since)'")
            return .usage
        }
        if parsed.has("--anonymous"), parsed.value("--name") != nil {
            context.error("--name en --anonymous sluiten elkaar uit; kies er één")
            return .usage
        }
        guard let journal = JournalPortfolio.load(context) else { return .dataError }
        if let id = parsed.value("--exercise"), journal.catalog.exercise(id: id) == nil,
            !journal.records.contains(where: { $0.exercise == id })
        {
            var message = "onbekende oefening '\(id)'"
            if let close = EditDistance.closest(to: id, in: journal.catalog.exercises.map(\.id)) {
                message += "; bedoelde je '\(close)'?"
            }
            context.error(message)
            return .usage
        }
        let student = studentName(parsed, journal: journal, context)
        let portfolio = journal.builder(exercise: parsed.value("--exercise"), since: parsed.value("--since"))
            .portfolio(from: journal.records, student: student, generated: JournalPortfolio.now())
        let bytes = format.render(
            portfolio, generator: "blanco \(BlancoApp.version)",
            csvDialect: parsed.has("--csv-comma") ? .international : .dutch)

        guard let output, output != "-" else {
            context.out.writeBytes { $0.append(contentsOf: bytes) }
            return .ok
        }
        do {
            try AtomicFile.write(bytes, to: output, overwrite: parsed.has("--force"))
        } catch {
            context.error(error.description)
            return .failure
        }
        let count = portfolio.attempts.count
        context.out.line(
            "Je portfolio staat in \(TerminalText.sanitize(output, keepNewlines: false)) (\(count) \(count == 1 ? "poging" : "pogingen"))."
                + (count == 0 ? " Oefen eerst met 'blanco practice' om pogingen te verzamelen." : ""))
        return .ok
    }

    /// The name for the export: `--name` (then remembered), else the remembered one; nil
    /// when anonymous.
    private static func studentName(_ parsed: ParsedArguments, journal: JournalPortfolio, _ context: AppContext)
        -> String?
    {
        if parsed.has("--anonymous") { return nil }
        guard let given = parsed.value("--name") else {
            return journal.directory.flatMap { UserSettings.load(from: $0).name }
        }
        // The name goes into the export as typed, apart from surrounding spaces.
        let name = given.trimmingWhitespaceAndNewlines()
        if let directory = journal.directory {
            var settings = UserSettings.load(from: directory)
            settings.name = name.isEmpty ? nil : name
            do {
                try settings.save(in: directory)
            } catch {
                context.warning("je naam kon niet worden onthouden: \(error.description)")
            }
        }
        return name.isEmpty ? nil : name
    }

    /// `2026-11-25`.
    private static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
