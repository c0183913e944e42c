import Platform
import BlancoCore

/// `blanco analyze`: analyzes one response (text or json), or a stream of JSON lines.
enum AnalyzeCommand: Command {
    static let name = "analyze"
    static let aliases = ["analyseer"]
    static let summary = "Analyseer één reactie of een jsonl-stroom"
    static let usage = """
        Gebruik: blanco analyze [--context TEKST | --context-file BESTAND] [--stage opening|late]
                                [--format text|json|jsonl] [--profiel NAAM] [REACTIE]

        Analyseert een reactie op oordelen, interpretaties, voorbarige meningsvragen, adviezen,
        waaromvragen en suggestieve vragen, en laat zien wat goed gaat. Zonder REACTIE leest
        blanco de reactie van standaardinvoer.

        Opties:
          --context TEKST        Wat de cliënt tot nu toe zei; zo herkent blanco de woorden
                                 van de cliënt die je herhaalt of citeert
          --context-file BESTAND Lees de context uit een bestand
          --stage FASE           opening (standaard): de film is nog niet compleet, een
                                 meningsvraag is voorbarig; late: de film is compleet
          --format VORM          text (standaard), json (één object) of jsonl: lees
                                 standaardinvoer, één JSON-object per regel:
                                 {"id": "...", "context": "...", "response": "...", "stage": "opening"}
                                 (alleen "response" is verplicht) en schrijf per regel één
                                 JSON-object terug, in dezelfde volgorde
          --profiel NAAM         Welke regels tellen: basis (zonder suggestieve vragen),
                                 standaard (alles, de standaard) of streng (elke vondst
                                 telt zwaar), of een eigen profielbestand

        Posities (start, end) tellen Unicode-tekens (code points) vanaf het begin van de
        reactie; end telt niet mee.

        Afsluitcodes: 0 gelukt, 64 verkeerd gebruik, 65 ongeldige invoer (bij jsonl: minstens
        één regel kon niet gelezen worden; die regel krijgt een "error" in de uitvoer).

        Voorbeelden:
          blanco analyze "Wat vervelend voor je. Wat gebeurde er toen?"
          blanco analyze --stage late "Wat vindt u daar nu van?"
          blanco analyze --format jsonl < reacties.jsonl > analyses.jsonl

        """

    enum Format: String, CaseIterable {
        case text, json, jsonl
    }

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let spec = ArgumentSpec(valueOptions: ["--context", "--context-file", "--stage", "--format"])
        let parsed: ParsedArguments
        do {
            parsed = try spec.parse(arguments)
        } catch {
            context.error(error.message)
            return .usage
        }
        guard let format = Format(rawValue: parsed.value("--format") ?? "text") else {
            context.error("--format verwacht text, json of jsonl, niet '\(parsed.value("--format") ?? "")'")
            return .usage
        }
        var stage = Stage.opening
        if let value = parsed.value("--stage") {
            guard let chosen = Stage(rawValue: value) ?? (value == "begin" ? .opening : value == "laat" ? .late : nil) else {
                context.error("--stage verwacht opening of late, niet '\(value)'")
                return .usage
            }
            stage = chosen
        }
        if parsed.value("--context") != nil, parsed.value("--context-file") != nil {
            context.error("gebruik --context of --context-file, niet allebei")
            return .usage
        }
        var clientWords = parsed.value("--context") ?? ""
        if let path = parsed.value("--context-file") {
            switch AnalyzeInput.readFile(path) {
            case .success(let text): clientWords = text
            case .failure(let problem):
                context.error("kan contextbestand '\(path)' niet lezen: \(problem.message)")
                return problem.isEncoding ? .dataError : .failure
            }
        }
        let profile: Profile?
        switch ProfileOption.resolve(context, catalog: { ExerciseCatalog.load(directory: context.exercisesDirectory) }) {
        case .success(let chosen): profile = chosen
        case .failure(let failure): return ProfileOption.report(failure, context)
        }
        let analyzer = Analyzer(profile: profile ?? .standard)
        if format == .jsonl {
            guard parsed.positionals.isEmpty else {
                context.error("--format jsonl leest standaardinvoer; geef geen REACTIE mee")
                return .usage
            }
            return AnalyzeJSONLines.run(analyzer: analyzer, defaultContext: clientWords, defaultStage: stage, context)
        }
        let response: String
        if parsed.positionals.isEmpty {
            if Platform.isTerminal(.standardInput) {
                context.error("geef een reactie mee, bijvoorbeeld: blanco analyze \"Wat gebeurde er toen?\"")
                return .usage
            }
            switch AnalyzeInput.readAll() {
            case .success(let text): response = text
            case .failure(let problem):
                context.error("kan standaardinvoer niet lezen: \(problem.message)")
                return problem.isEncoding ? .dataError : .failure
            }
        } else {
            response = parsed.positionals.joined(separator: " ")
            if Limits.response.isExceeded(by: response) {
                context.error("de reactie is te groot: \(Limits.response.message)")
                return .dataError
            }
        }
        if Limits.context.isExceeded(by: clientWords) {
            context.error("de context is te groot: \(Limits.context.message)")
            return .dataError
        }
        // The compact analysis holds flags and signals as offsets, so a response of many
        // megabytes is reported without its findings ever being held whole as strings.
        let analysis = analyzer.analyzeCompactly(response, client: ClientContext(clientWords), stage: stage)
        switch format {
        case .json:
            let encoder = AnalysisJSON()
            context.out.writeBytes { bytes, drain in
                encoder.encode(analysis, idJSON: nil, into: &bytes, drain: drain)
                bytes.append(0x0A)
            }
        default:
            AnalyzeTextReport.write(
                analysis, to: context.out, colors: context.colorsStandardOutput,
                width: min(100, TerminalSize.columns(environment: context.environment)))
        }
        return .ok
    }
}
