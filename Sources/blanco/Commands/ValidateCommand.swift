import BlancoCore

/// `blanco validate [PATH...]`: checks exercise and profile files and folders, printing
/// every problem.
enum ValidateCommand: Command {
    static let name = "validate"
    static let aliases = ["controleer"]
    static let summary = "Controleer oefenbestanden of mappen en meld elke fout"
    static let usage = """
        Gebruik: blanco validate [--format text|json] [PAD...]
                blanco validate --proef ID VRAAG...   (of: --probe)

        Controleert oefenbestanden (.md), profielbestanden (NAAM.profiel.md) en mappen
        daarmee. Zonder PAD: de meegeleverde oefeningen en de map van --exercises. Elke fout
        komt op een eigen regel:

            BESTAND:REGEL: fout: uitleg

        Waarschuwingen (BESTAND:REGEL: waarschuwing: ...) wijzen op iets dat waarschijnlijk
        niet doet wat je bedoelt, zoals een onderwerpwoord dat in bijna elke vraag staat; ze
        maken de controle niet ongeldig.

        Afsluitcode 0 als alles klopt (ook met waarschuwingen), 65 als er een fout is.

        Met --proef ID laat blanco zien welk feit van de film elke VRAAG naar boven haalt, en
        waarom (welke onderwerpwoorden de vraag raakt), zonder dat je de oefening speelt. De
        vragen worden na elkaar gesteld, zoals in een gesprek. ID is een oefening uit
        'blanco list' (met --exercises ook uit je eigen map) of een .md-bestand.

        --format json schrijft één JSON-object: {"schemaVersion": 1, "exercises": AANTAL,
        "profiles": AANTAL, "problems": [{"file", "line", "message"}], "warnings": [zelfde
        velden]}.

        """

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let paths: [String]
        let format: ListingFormat
        do {
            let parsed = try ArgumentSpec(valueOptions: [ListingFormat.option, "--proef", "--probe"]).parse(arguments)
            paths = parsed.positionals
            format = try ListingFormat.chosen(in: parsed)
            if let id = parsed.value("--proef") ?? parsed.value("--probe") {
                return ProbeReport.run(exercise: id, questions: paths, context)
            }
        } catch {
            context.error(error.message)
            return .usage
        }
        let catalog: ExerciseCatalog
        if paths.isEmpty {
            let bundled = ExerciseCatalog.bundled()
            let own = context.exercisesDirectory.map { ExerciseCatalog.loadFiles([$0]) }
            catalog = ExerciseCatalog(
                exercises: bundled.exercises + (own?.exercises ?? []), profiles: own?.profiles ?? [],
                problems: bundled.problems + (own?.problems ?? []))
        } else {
            catalog = ExerciseCatalog.loadFiles(paths)
        }
        let warnings = warnings(for: catalog, givenPaths: paths)
        if format == .json {
            func entries(_ found: [(file: String, line: Int, message: String)]) -> JSONValue {
                .array(
                    found.map {
                        .object([("file", .string($0.file)), ("line", .int($0.line)), ("message", .string($0.message))])
                    })
            }
            ListingFormat.write(
                [
                    ("exercises", .int(catalog.exercises.count)), ("profiles", .int(catalog.profiles.count)),
                    ("problems", entries(catalog.problems.map { ($0.file, $0.line, $0.message) })),
                    ("warnings", entries(warnings.map { ($0.file, $0.line, $0.message) })),
                ], to: context)
            return catalog.problems.isEmpty ? .ok : .dataError
        }
        let lines = catalog.problems.map { ($0.file, $0.line, $0.description) } + warnings.map { ($0.file, $0.line, $0.description) }
        for line in lines.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
            context.out.line(TerminalText.sanitize(line.2, keepNewlines: false))
        }
        let files = Set(catalog.problems.map(\.file)).count
        let profiles = catalog.profiles.count
        let checked =
            DutchCount.exercises(catalog.exercises.count)
            + (profiles == 0 ? "" : " en " + DutchCount.of(profiles, "profiel", "profielen"))
        if catalog.problems.isEmpty {
            var summary = "\(checked) gecontroleerd: geen fouten"
            if !warnings.isEmpty { summary += ", " + DutchCount.of(warnings.count, "waarschuwing", "waarschuwingen") }
            context.out.line(summary + ".")
            return .ok
        }
        let allRight = catalog.exercises.count + profiles == 1 ? "is" : "zijn"
        context.out.line(
            DutchCount.of(catalog.problems.count, "fout", "fouten") + " in " + DutchCount.of(files, "bestand", "bestanden")
                + "; \(checked) \(allRight) in orde.")
        return .dataError
    }

    /// What a valid file probably did not mean: topic words, a file `--exercises` would
    /// skip, an id that replaces a bundled exercise.
    static func warnings(for catalog: ExerciseCatalog, givenPaths: [String]) -> [ExerciseWarning] {
        var warnings = catalog.exercises.flatMap(ExerciseWarning.check)
        warnings += givenPaths.compactMap { path in
            ExerciseFiles.isFile(path) ? ExerciseWarning.ignoredByFolders(path) : nil
        }
        if !givenPaths.isEmpty {
            let bundled = ExerciseCatalog.bundled()
            warnings += catalog.exercises.compactMap { ExerciseWarning.replacesBundled($0, bundled: bundled) }
        }
        return warnings
    }
}
