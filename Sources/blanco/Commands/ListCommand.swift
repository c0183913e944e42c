import BlancoCore
import Platform

/// `blanco list`: the exercises as a table, id first.
enum ListCommand: Command {
    static let name = "list"
    static let aliases = ["lijst"]
    static let summary = "Toon de oefeningen met niveau, domein en je beste cijfer"
    static let usage = """
        Gebruik: blanco list [--exercises MAP] [--format text|json]

        Toont elke oefening op één regel: id, niveau (1 rustig, 2 meer lagen, 3 emotioneel
        of beschuldigend), je beste cijfer als je haar hebt afgerond, en titel en domein,
        ingekort tot de breedte van je venster. Start een oefening met
        'blanco practice ID'.

        --format json schrijft één JSON-object: {"schemaVersion": 1, "exercises": [{"id",
        "title", "domain", "level", "client", "done", "bestGrade"}]}.

        """

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let format: ListingFormat
        do {
            let parsed = try ArgumentSpec(valueOptions: [ListingFormat.option]).parse(arguments)
            if let extra = parsed.positionals.first {
                context.error("'list' verwacht geen argumenten, maar kreeg '\(extra)'")
                return .usage
            }
            format = try ListingFormat.chosen(in: parsed)
        } catch {
            context.error(error.message)
            return .usage
        }
        // The folder's profiles may name the lecturer's own rules (`--regels`).
        let rules: RuleBook?
        switch RulesOption.resolve(context) {
        case .success(let book): rules = book
        case .failure(let error): return RulesOption.report(error, context)
        }
        let catalog = ExerciseCatalog.load(directory: context.exercisesDirectory, book: rules ?? .standard)
        for warning in catalog.skippedFileWarnings { context.warning(warning) }
        let progress = savedProgress(context)
        if format == .json {
            let exercises = catalog.exercises.map { exercise -> JSONValue in
                let done = progress[exercise.id]
                return .object([
                    ("id", .string(exercise.id)), ("title", .string(exercise.title)),
                    ("domain", .string(exercise.domain)),
                    ("level", .int(exercise.level)), ("client", .string(exercise.client.name)),
                    ("done", .bool(done?.isDone == true)),
                    ("bestGrade", done?.bestGrade.map(JSONValue.number) ?? .null),
                ])
            }
            ListingFormat.write([("exercises", .array(exercises))], to: context)
            return .ok
        }
        let rows = catalog.exercises.map { exercise in
            let done = progress[exercise.id]
            return [
                exercise.id, String(exercise.level), done?.bestGrade.map(ExerciseScore.dutch) ?? "-",
                exercise.title + " (" + exercise.domain + ")",
            ]
        }
        let table = TextTable(
            header: ["id", "niveau", "beste", "titel (domein)"], rows: rows, rightAligned: [1, 2],
            width: TerminalSize.columns(environment: context.environment))
        context.out.write(table.render(sanitize: true))
        context.out.line()
        context.out.line("\(DutchCount.exercises(catalog.exercises.count)). Begin er een met: blanco practice ID")
        return .ok
    }

    /// Done and best grade per exercise from the journal; a journal that cannot be read
    /// gets a warning and the list shows no progress.
    private static func savedProgress(_ context: AppContext) -> [String: ExerciseProgress] {
        guard let directory = DataDirectory.resolve(environment: context.environment) else { return [:] }
        do {
            let contents = try Journal(directory: directory).read()
            for warning in contents.warnings { context.warning(warning) }
            return contents.progress
        } catch {
            context.warning(error.description)
            return [:]
        }
    }
}
