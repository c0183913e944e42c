import BlancoCore

import Foundation

/// `blanco validate [PATH...]`: checks exercise files, rule files and their folders,
/// printing every problem.
enum ValidateCommand: Command {
    static let name = "validate"
    static let aliases = ["controleer"]
    static let summary = "Controleer oefenbestanden of mappen en meld elke fout"
    static let usage = """
        Gebruik: blanco validate [PAD...]

        Controleert oefenbestanden (.md), regelbestanden en woordenlijsten (zie
        Rules/README.md) en mappen daarmee; van regels worden ook alle voorbeelden
        uitgeprobeerd. Zonder PAD: de meegeleverde oefeningen en de map van --exercises.
        Elke fout komt op een eigen regel:

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
        var rules: RuleCheck?
        if paths.isEmpty {
            let bundled = ExerciseCatalog.bundled()
            let own = context.exercisesDirectory.map { ExerciseCatalog.loadFiles([$0]) }
            catalog = ExerciseCatalog(
                exercises: bundled.exercises + (own?.exercises ?? []),
                problems: bundled.problems + (own?.problems ?? []))
        } else {
            let (exercisePaths, ruleFiles) = partition(paths)
            catalog = exercisePaths.isEmpty && !ruleFiles.isEmpty ? ExerciseCatalog(exercises: [], problems: []) : ExerciseCatalog.loadFiles(exercisePaths)
            if !ruleFiles.isEmpty { rules = RuleCheck(ruleFiles) }
        }
        let problems = catalog.problems + (rules?.problems ?? [])
        for problem in problems {
            context.out.line(TerminalText.sanitize(problem.description, keepNewlines: false))
        }
        if let rules, problems.isEmpty {
            context.out.line("\(rules.ruleCount) regels en \(rules.listCount) woordenlijsten gecontroleerd: geen fouten.")
        }
        if problems.isEmpty {
            if rules == nil || !catalog.exercises.isEmpty {
                context.out.line("\(catalog.exercises.count) oefeningen gecontroleerd: geen fouten.")
            }
            return .ok
        }
        let files = Set(problems.map(\.file)).count
        var summary = "\(problems.count) \(problems.count == 1 ? "fout" : "fouten") in \(files) \(files == 1 ? "bestand" : "bestanden")"
        if rules == nil || !catalog.exercises.isEmpty { summary += "; \(catalog.exercises.count) oefeningen zijn in orde" }
        context.out.line(summary + ".")
        return .dataError
    }

    /// Exercise paths and rule files: a named folder with rule files in it counts as rules.
    private static func partition(_ paths: [String]) -> (exercises: [String], rules: [(path: String, bytes: [UInt8])]) {
        var exercises: [String] = []
        var rules: [(path: String, bytes: [UInt8])] = []
        for path in paths {
            guard case .success(let files) = ExerciseFiles.paths(in: path) else {
                exercises.append(path)
                continue
            }
            for file in files {
                let bytes = FileManager.default.contents(atPath: file).map { [UInt8]($0) } ?? []
                if RuleFiles.isRuleFile(path: file, bytes: bytes) { rules.append((file, bytes)) } else { exercises.append(file) }
            }
        }
        return (exercises, rules)
    }
}

/// The outcome of checking rule files against the bundled word lists.
private struct RuleCheck {
    var problems: [ExerciseProblem] = []
    var ruleCount = 0
    var listCount = 0

    init(_ files: [(path: String, bytes: [UInt8])]) {
        switch RuleFiles.parse(files: files, base: .bundled) {
        case .success(let parsed):
            problems = parsed.exampleProblems()
            ruleCount = parsed.rules.count
            listCount = parsed.vocabularies.count
        case .failure(let error):
            problems = error.problems
        }
    }
}
