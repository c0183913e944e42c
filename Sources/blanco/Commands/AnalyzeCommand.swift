import BlancoCore
import Dispatch
import Platform

/// `blanco analyze`: analyzes one response (text or json), or a stream of JSON lines.
enum AnalyzeCommand: Command {
    static let name = "analyze"
    static let aliases = ["analyseer"]
    static let summary = "Analyseer één reactie of een jsonl-stroom"
    static let usage = """
        Gebruik: blanco analyze [--context TEKST | --context-file BESTAND] [--stage opening|late]
                                [--format text|json|jsonl] [--profiel NAAM] [--uitleg] [REACTIE]

        Analyseert een reactie op oordelen, interpretaties, voorbarige meningsvragen, adviezen,
        waaromvragen, suggestieve vragen en systeemtaal, en laat zien wat goed gaat. Zonder
        REACTIE, of met '-', leest blanco de reactie van standaardinvoer; lege invoer is een fout.

        Opties:
          --context TEKST        Wat de cliënt tot nu toe zei; zo herkent blanco de woorden
                                 van de cliënt die je herhaalt of citeert
          --context-file BESTAND Lees de context uit een bestand ('-': standaardinvoer)
          --stage FASE           opening of begin (standaard): de film is nog niet compleet,
                                 een meningsvraag is voorbarig; late of laat: de film is compleet
          --format VORM          text (standaard), json (één object) of jsonl: lees
                                 standaardinvoer, één JSON-object per regel:
                                 {"id": "...", "context": "...", "response": "...", "stage": "opening"}
                                 (alleen "response" is verplicht) en schrijf per regel één
                                 JSON-object terug, in dezelfde volgorde
          --profiel NAAM         Welke regels tellen: basis (zonder suggestieve vragen),
                                 standaard (alles, de standaard) of streng (elke vondst
                                 telt zwaar), of een eigen profielbestand
          --uitleg, --explain    Laat per zin zien welk patroon van welke regel welke
                                 woorden vond, en welke controle (bereik, uitzondering,
                                 woorden van de cliënt, fase) andere vondsten stil hield,
                                 en welk patroon een goede zet vond: zo spoor je een
                                 onterechte vlag op (alleen bij text)

        Posities (start, end) tellen Unicode-tekens (code points) vanaf het begin van de
        reactie; end telt niet mee.

        Afsluitcodes: 0 gelukt, 64 verkeerd gebruik, 65 ongeldige invoer (bij jsonl: minstens
        één regel kon niet gelezen worden; die regel krijgt een "error" in de uitvoer).

        Voorbeelden:
          blanco analyze "Wat vervelend voor je. Wat gebeurde er toen?"
          blanco analyze --stage late "Wat vindt u daar nu van?"
          blanco analyze --format jsonl < reacties.jsonl > analyses.jsonl
          blanco analyze --uitleg "Dat is toch raar, vindt u ook niet?"

        """

    enum Format: String, CaseIterable {
        case text, json, jsonl
    }

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let spec = ArgumentSpec(
            valueOptions: ["--context", "--context-file", "--stage", "--format"],
            flagOptions: ["--uitleg", "--explain"])
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
        let explain = parsed.flags.contains("--uitleg") || parsed.flags.contains("--explain")
        if explain, format != .text {
            context.error("--uitleg werkt alleen met --format text")
            return .usage
        }
        var stage = Stage.opening
        if let value = parsed.value("--stage") {
            guard let chosen = Stage(keyword: value) else {
                context.error("--stage verwacht opening (begin) of late (laat), niet '\(value)'")
                return .usage
            }
            stage = chosen
        }
        if parsed.value("--context") != nil, parsed.value("--context-file") != nil {
            context.error("gebruik --context of --context-file, niet allebei")
            return .usage
        }
        var clientWords = parsed.value("--context") ?? ""
        let responseFromStandardInput = parsed.positionals.isEmpty || parsed.positionals == ["-"]
        if let path = parsed.value("--context-file") {
            if path == "-", format == .jsonl || responseFromStandardInput {
                context.error(
                    "--context-file - leest de context van standaardinvoer; geef de reactie dan als argument mee")
                return .usage
            }
            switch path == "-" ? readStandardInput() : AnalyzeInput.readFile(path) {
            case .success(let text): clientWords = text
            case .failure(let problem):
                context.error("kan contextbestand '\(path)' niet lezen: \(problem.message)")
                return problem.isEncoding ? .dataError : .failure
            }
        }
        // Parsing the bundled rules is most of the start: on several processors, a part each
        // at once (the book is the same; `BLANCO_WORKERS=1` parses it on this thread alone).
        let workers = AnalyzeJSONLines.workers(environment: context.environment)
        if workers > 1 {
            DispatchQueue.concurrentPerform(iterations: RuleBook.standardParts) { RuleBook.prepareStandard(part: $0) }
        }
        let rules: RuleBook?
        switch RulesOption.resolve(context) {
        case .success(let book): rules = book
        case .failure(let error): return RulesOption.report(error, context)
        }
        let profile: Profile?
        let book = rules ?? .standard
        switch ProfileOption.resolve(
            context, book: book, catalog: { ExerciseCatalog.load(directory: context.exercisesDirectory, book: book) })
        {
        case .success(let chosen): profile = chosen
        case .failure(let failure): return ProfileOption.report(failure, context)
        }
        let analyzer =
            rules.map { Analyzer(rules: $0, profile: profile ?? .standard) } ?? Analyzer(profile: profile ?? .standard)
        if format == .jsonl {
            guard responseFromStandardInput else {
                context.error("--format jsonl leest standaardinvoer; geef geen REACTIE mee")
                return .usage
            }
            return AnalyzeJSONLines.run(
                analyzer: analyzer, defaultContext: clientWords, defaultStage: stage, workers: workers, context)
        }
        let response: String
        if responseFromStandardInput {
            if parsed.positionals.isEmpty, Platform.isTerminal(.standardInput) {
                context.error("geef een reactie mee, bijvoorbeeld: blanco analyze \"Wat gebeurde er toen?\"")
                return .usage
            }
            switch readStandardInput() {
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
        if explain {
            AnalyzeExplanation.write(analyzer.explain(response, context: clientWords, stage: stage), to: context.out)
            return .ok
        }
        // The compact analysis holds flags and signals as offsets, so a response of many
        // megabytes is reported without its findings ever being held whole as strings.
        let analysis = analyzer.analyzeCompactly(response, client: ClientContext(clientWords), stage: stage)
        switch format {
        case .json:
            let encoder = AnalysisJSON()
            context.out.writeBytesDraining { bytes, drain in
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

    /// All of standard input (`-`); nothing at all is bad input rather than silence, which
    /// a trainee types as "...".
    private static func readStandardInput() -> Result<String, AnalyzeInput.Problem> {
        AnalyzeInput.readAll().flatMap { text in
            text.isEmpty
                ? .failure(
                    AnalyzeInput.Problem(message: "er kwam niets binnen; stilte typ je als \"...\"", isEncoding: true))
                : .success(text)
        }
    }
}
