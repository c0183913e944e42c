import BlancoCore
import DisplayText
import Platform

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `blanco validate [PATH...]`: checks exercise, profile and rule files and folders,
/// printing every problem.
enum ValidateCommand: Command {
    static let name = "validate"
    static let aliases = ["controleer"]
    static let summary = "Controleer oefenbestanden of mappen en meld elke fout"
    static let usage = """
        Gebruik: blanco validate [--format text|json] [PAD...]
                blanco validate --proef ID VRAAG...   (of: --probe)

        Controleert oefenbestanden (.md), profielbestanden (NAAM.profiel.md), regelbestanden,
        signaalbestanden, woordenlijsten (zie Rules/README.md), klassessies (een inlevermap
        van 'blanco klas start', of zijn \(ClassSession.fileName)) en mappen daarmee; van regels
        en signalen worden ook alle voorbeelden uitgeprobeerd. Zonder PAD: de meegeleverde oefeningen en de map van
        --exercises. Elke fout komt op een eigen regel:

            BESTAND:REGEL: fout: uitleg

        Waarschuwingen (BESTAND:REGEL: waarschuwing: ...) wijzen op iets dat waarschijnlijk
        niet doet wat je bedoelt, zoals een onderwerpwoord dat in bijna elke vraag staat; ze
        maken de controle niet ongeldig.

        Afsluitcode 0 als alles klopt (ook met waarschuwingen), 65 als er een fout is.

        Een profiel mag de meegeleverde regels noemen, de regels onder de gegeven PADen en
        je eigen regels van --regels MAP ('blanco --regels MAP validate PROFIEL').

        Met --proef ID laat blanco zien welk feit van de film elke VRAAG naar boven haalt, en
        waarom (welke onderwerpwoorden de vraag raakt), zonder dat je de oefening speelt. De
        vragen worden na elkaar gesteld, zoals in een gesprek. ID is een oefening uit
        'blanco list' (met --exercises ook uit je eigen map) of een .md-bestand.

        --format json schrijft één JSON-object: {"schemaVersion": 1, "exercises": AANTAL,
        "profiles": AANTAL, "problems": [{"file", "line", "message"}], "warnings": [zelfde
        velden]}.

        """

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let given: [String]
        let format: ListingFormat
        do {
            let parsed = try ArgumentSpec(valueOptions: [ListingFormat.option, "--proef", "--probe"]).parse(arguments)
            given = parsed.positionals
            format = try ListingFormat.chosen(in: parsed)
            if let id = parsed.value("--proef") ?? parsed.value("--probe") {
                return ProbeReport.run(exercise: id, questions: given, context)
            }
        } catch {
            context.error(error.message)
            return .usage
        }
        // Profiles may name the bundled rules, the lecturer's own of `--regels`, and those
        // among the files validated.
        var book = RuleBook.standard
        switch RulesOption.resolve(context) {
        case .success(let own): book = own ?? book
        case .failure(let error): return RulesOption.report(error, context)
        }
        // A hand-in folder's session file: checked on its own, its folder's .md files as usual.
        let sessionFiles = given.compactMap(ClassSessionCheck.sessionFile(at:))
        let paths = given.filter { $0 != ClassSession.fileName && !$0.hasSuffix("/" + ClassSession.fileName) }
        var catalog: ExerciseCatalog
        var rules: RuleCheck?
        var exercisePaths = paths
        if given.isEmpty {
            let bundled = ExerciseCatalog.bundled()
            let own = context.exercisesDirectory.map { ExerciseCatalog.loadFiles([$0], book: book) }
            catalog = ExerciseCatalog(
                exercises: bundled.exercises + (own?.exercises ?? []), profiles: own?.profiles ?? [],
                problems: bundled.problems + (own?.problems ?? []))
        } else {
            let ruleFiles: [(path: String, bytes: [UInt8])]
            (exercisePaths, ruleFiles) = RuleCheck.partition(paths)
            if !ruleFiles.isEmpty { rules = RuleCheck(ruleFiles) }
            if let checked = rules?.book { book = book.adding(checked) }
            let loaded =
                exercisePaths.isEmpty
                ? ExerciseCatalog(exercises: [], problems: []) : ExerciseCatalog.loadFiles(exercisePaths, book: book)
            catalog = ExerciseCatalog(
                exercises: loaded.exercises, profiles: loaded.profiles,
                problems: loaded.problems + (rules?.problems ?? []))
        }
        var validSessions = 0
        if !sessionFiles.isEmpty {
            // The exercise a session names may be a bundled one, one of --exercises, or one validated here.
            let known = ExerciseCatalog.load(directory: context.exercisesDirectory, book: book)
            let exercises = ExerciseCatalog(exercises: known.exercises + catalog.exercises, problems: [])
            // The session's profile file may also be among the files checked above: each problem once.
            var seen = Set(catalog.problems)
            var problems: [ExerciseProblem] = []
            for file in sessionFiles {
                let found = ClassSessionCheck.problems(sessionFile: file, catalog: exercises, book: book)
                if found.isEmpty { validSessions += 1 }
                problems += found.filter { seen.insert($0).inserted }
            }
            catalog = ExerciseCatalog(
                exercises: catalog.exercises, profiles: catalog.profiles, problems: catalog.problems + problems)
        }
        let warnings = warnings(for: catalog, givenPaths: exercisePaths)
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
                    ("rules", .int(rules?.ruleCount ?? 0)),
                    ("problems", entries(catalog.problems.map { ($0.file, $0.line, $0.message) })),
                    ("warnings", entries(warnings.map { ($0.file, $0.line, $0.message) })),
                ], to: context)
            return catalog.problems.isEmpty ? .ok : .dataError
        }
        let lines =
            catalog.problems.map { ($0.file, $0.line, $0.description) }
            + warnings.map { ($0.file, $0.line, $0.description) }
        for line in lines.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
            context.out.line(TerminalText.sanitize(line.2, keepNewlines: false))
        }
        let files = Set(catalog.problems.map(\.file)).count
        let profiles = catalog.profiles.count
        var parts: [String] = []
        // A hand-in folder holds no exercises: "0 oefeningen" would only puzzle.
        let onlySession = !sessionFiles.isEmpty && catalog.exercises.isEmpty
        if (rules == nil || !exercisePaths.isEmpty) && !onlySession {
            parts.append(DutchCount.exercises(catalog.exercises.count))
        }
        if profiles > 0 { parts.append(DutchCount.of(profiles, "profiel", "profielen")) }
        if !sessionFiles.isEmpty { parts.append(DutchCount.of(validSessions, "klassessie", "klassessies")) }
        if let rules {
            if rules.ruleCount > 0 || rules.signalCount == 0 {
                parts.append(DutchCount.of(rules.ruleCount, "regel", "regels"))
            }
            if rules.signalCount > 0 { parts.append(DutchCount.of(rules.signalCount, "signaal", "signalen")) }
            if rules.listCount > 0 { parts.append(DutchCount.of(rules.listCount, "woordenlijst", "woordenlijsten")) }
        }
        let checked =
            parts.count > 2
            ? parts.dropLast().joined(separator: ", ") + " en " + parts.last! : parts.joined(separator: " en ")
        if catalog.problems.isEmpty {
            var summary = "\(checked) gecontroleerd: geen fouten"
            if !warnings.isEmpty { summary += ", " + DutchCount.of(warnings.count, "waarschuwing", "waarschuwingen") }
            context.out.line(summary + ".")
            return .ok
        }
        let allRight =
            catalog.exercises.count + profiles + validSessions + (rules?.ruleCount ?? 0)
                + (rules?.signalCount ?? 0) == 1
            ? "is" : "zijn"
        context.out.line(
            DutchCount.of(catalog.problems.count, "fout", "fouten") + " in "
                + DutchCount.of(files, "bestand", "bestanden")
                + "; \(checked) \(allRight) in orde.")
        return .dataError
    }

    /// What a valid file probably did not mean: topic words, a file `--exercises` would
    /// skip, an id that replaces a bundled exercise.
    static func warnings(for catalog: ExerciseCatalog, givenPaths: [String]) -> [ExerciseWarning] {
        var warnings = catalog.exercises.flatMap(ExerciseWarning.check)
        // A file (not a folder) is the one path `paths(in:)` gives back for itself.
        warnings += givenPaths.compactMap { path in
            let found = ExerciseFiles.paths(in: path)
            guard found.problems.isEmpty, found.files == [path] else { return nil }
            return ExerciseWarning.ignoredByFolders(path)
        }
        if !givenPaths.isEmpty {
            let bundled = ExerciseCatalog.bundled()
            warnings += catalog.exercises.compactMap { ExerciseWarning.replacesBundled($0, bundled: bundled) }
        }
        return warnings
    }
}

/// The rule files among the paths to validate, checked against the bundled word lists,
/// their examples run.
private struct RuleCheck {
    var problems: [ExerciseProblem] = []
    var ruleCount = 0
    var signalCount = 0
    var listCount = 0
    /// The rules of the files, when they are valid.
    var book: RuleBook?

    init(_ files: [(path: String, bytes: [UInt8])]) {
        switch RuleFiles.parse(files: files, base: .bundled) {
        case .success(let parsed):
            problems = parsed.exampleProblems()
            // Rules and signals whose examples all work.
            let failed = Set(problems.map(\.file))
            signalCount = parsed.signals.count - failed.filter(parsed.isSignalFile).count
            ruleCount = parsed.rules.count - failed.filter { !parsed.isSignalFile($0) }.count
            listCount = parsed.vocabularies.count
            if problems.isEmpty { book = parsed.ruleBook() }
        case .failure(let error):
            problems = error.problems
        }
    }

    /// The paths that hold no rule files, and the rule files (see `RuleFiles.isRuleFile`).
    static func partition(_ paths: [String]) -> (exercises: [String], rules: [(path: String, bytes: [UInt8])]) {
        var exercises: [String] = []
        var rules: [(path: String, bytes: [UInt8])] = []
        for path in paths {
            // A path with problems goes whole to the exercise loader, which reports them.
            let listed = ExerciseFiles.paths(in: path)
            guard listed.problems.isEmpty else {
                exercises.append(path)
                continue
            }
            let files = listed.files
            var found: [(path: String, bytes: [UInt8])] = []
            var others: [String] = []
            for file in files {
                // Never waits on a pipe; a file it cannot read goes to the exercise loader, which says why.
                let bytes = (try? RegularFile.read(file, limit: Limits.ruleFile.value).get()) ?? []
                if RuleFiles.isRuleFile(path: file, bytes: bytes) {
                    found.append((file, bytes))
                } else {
                    others.append(file)
                }
            }
            rules += found
            exercises += found.isEmpty ? [path] : others
        }
        return (exercises, rules)
    }
}
