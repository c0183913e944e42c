import BlancoCore

/// `blanco validate [PATH...]`: checks exercise and profile files and folders, printing
/// every problem.
enum ValidateCommand: Command {
    static let name = "validate"
    static let aliases = ["controleer"]
    static let summary = "Controleer oefenbestanden of mappen en meld elke fout"
    static let usage = """
        Gebruik: blanco validate [PAD...]

        Controleert oefenbestanden (.md), profielbestanden (NAAM.profiel.md) en mappen
        daarmee. Zonder PAD: de meegeleverde oefeningen en de map van --exercises. Elke fout
        komt op een eigen regel:

            BESTAND:REGEL: fout: uitleg

        Afsluitcode 0 als alles klopt, 65 als er een fout is.

        """

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let paths: [String]
        do {
            paths = try ArgumentSpec().parse(arguments).positionals
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
        for problem in catalog.problems {
            context.out.line(TerminalText.sanitize(problem.description, keepNewlines: false))
        }
        let files = Set(catalog.problems.map(\.file)).count
        let profiles = catalog.profiles.count
        let checked = "\(catalog.exercises.count) oefeningen" + (profiles == 0 ? "" : " en \(profiles) \(profiles == 1 ? "profiel" : "profielen")")
        if catalog.problems.isEmpty {
            context.out.line("\(checked) gecontroleerd: geen fouten.")
            return .ok
        }
        context.out.line(
            "\(catalog.problems.count) \(catalog.problems.count == 1 ? "fout" : "fouten") in \(files) "
                + "\(files == 1 ? "bestand" : "bestanden"); \(checked) zijn in orde.")
        return .dataError
    }
}
