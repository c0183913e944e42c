import BlancoCore

/// `blanco validate [PATH...]`: checks exercise files and folders, printing every problem.
enum ValidateCommand: Command {
    static let name = "validate"
    static let aliases = ["controleer"]
    static let summary = "Controleer oefenbestanden of mappen en meld elke fout"
    static let usage = """
        Gebruik: blanco validate [--format text|json] [PAD...]

        Controleert oefenbestanden (.md) en mappen met oefenbestanden. Zonder PAD: de
        meegeleverde oefeningen en de map van --exercises. Elke fout komt op een eigen regel:

            BESTAND:REGEL: fout: uitleg

        Afsluitcode 0 als alles klopt, 65 als er een fout is.

        --format json schrijft één JSON-object: {"schemaVersion": 1, "exercises": AANTAL,
        "problems": [{"file", "line", "message"}]}.

        """

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let paths: [String]
        let format: ListingFormat
        do {
            let parsed = try ArgumentSpec(valueOptions: [ListingFormat.option]).parse(arguments)
            paths = parsed.positionals
            format = try ListingFormat.chosen(in: parsed)
        } catch {
            context.error(error.message)
            return .usage
        }
        let catalog: ExerciseCatalog
        if paths.isEmpty {
            let bundled = ExerciseCatalog.bundled()
            let own = context.exercisesDirectory.map { ExerciseCatalog.loadFiles([$0]) }
            catalog = ExerciseCatalog(
                exercises: bundled.exercises + (own?.exercises ?? []),
                problems: bundled.problems + (own?.problems ?? []))
        } else {
            catalog = ExerciseCatalog.loadFiles(paths)
        }
        if format == .json {
            func entries(_ problems: [ExerciseProblem]) -> JSONValue {
                .array(
                    problems.map {
                        .object([("file", .string($0.file)), ("line", .int($0.line)), ("message", .string($0.message))])
                    })
            }
            ListingFormat.write(
                [("exercises", .int(catalog.exercises.count)), ("problems", entries(catalog.problems))], to: context)
            return catalog.problems.isEmpty ? .ok : .dataError
        }
        for problem in catalog.problems {
            context.out.line(TerminalText.sanitize(problem.description, keepNewlines: false))
        }
        let files = Set(catalog.problems.map(\.file)).count
        if catalog.problems.isEmpty {
            context.out.line("\(DutchCount.exercises(catalog.exercises.count)) gecontroleerd: geen fouten.")
            return .ok
        }
        context.out.line(
            DutchCount.of(catalog.problems.count, "fout", "fouten") + " in " + DutchCount.of(files, "bestand", "bestanden")
                + "; " + DutchCount.exercises(catalog.exercises.count) + " "
                + (catalog.exercises.count == 1 ? "is" : "zijn") + " in orde.")
        return .dataError
    }
}
