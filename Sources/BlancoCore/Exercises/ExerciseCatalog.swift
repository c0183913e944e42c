/// The exercises a trainee can choose from: the bundled set, overridden and extended by a
/// lecturer's own folder. Invalid files are skipped and reported in `problems`, so one
/// broken file never keeps the rest from working. A lecturer's folder may also hold
/// profile files (`NAAM.profiel.md`), which its exercises can name.
public struct ExerciseCatalog: Sendable {
    /// Sorted by id.
    public let exercises: [Exercise]
    /// The lecturer's own profiles, sorted by id.
    public let profiles: [Profile]
    /// Every problem in every skipped file, duplicate ids, and unknown profiles.
    public let problems: [ExerciseProblem]

    public init(exercises: [Exercise], profiles: [Profile] = [], problems: [ExerciseProblem]) {
        self.exercises = exercises.sorted { $0.id < $1.id }
        self.profiles = profiles.sorted { $0.id < $1.id }
        self.problems = problems
    }

    /// A built-in profile by name, or one of the lecturer's by id.
    public func profile(named name: String) -> Profile? {
        Profile.builtIn(named: name) ?? profiles.first { $0.id == name }
    }

    /// The profile an exercise is meant for, when it names one this catalog knows.
    public func profile(for exercise: Exercise) -> Profile? {
        exercise.profile.flatMap(profile(named:))
    }

    /// One Dutch warning line per skipped file: its first problem, and how many more
    /// `blanco validate` will show.
    public var skippedFileWarnings: [String] {
        var order: [String] = []
        var byFile: [String: [ExerciseProblem]] = [:]
        for problem in problems {
            if byFile[problem.file] == nil { order.append(problem.file) }
            byFile[problem.file, default: []].append(problem)
        }
        return order.map { file in
            let found = byFile[file]!
            var line = "\(found[0].file):\(found[0].line): \(found[0].message); overgeslagen"
            if found.count > 1 {
                line += " (nog \(found.count - 1) \(found.count == 2 ? "fout" : "fouten"): blanco validate \(file))"
            }
            return line
        }
    }

    public func exercise(id: String) -> Exercise? {
        exercises.first { $0.id == id }
    }

    /// The bundled set, plus the exercises in `directory` (a lecturer's folder) when given;
    /// an exercise there replaces a bundled one with the same id. The folder's profiles may
    /// name the rules of `book` (the bundled ones, plus a lecturer's own with `--regels`).
    public static func load(directory: String?, book: RuleBook = .standard) -> ExerciseCatalog {
        var byID: [String: Exercise] = [:]
        var problems: [ExerciseProblem] = []
        var profiles: [Profile] = []
        for exercise in bundled().exercises { byID[exercise.id] = exercise }
        if let directory {
            let own = loadFiles([directory], book: book)
            problems += own.problems
            profiles = own.profiles
            for exercise in own.exercises { byID[exercise.id] = exercise }
        }
        return ExerciseCatalog(exercises: Array(byID.values), profiles: profiles, problems: problems)
    }

    /// The set embedded in the binary (generated from `Exercises/` by `blanco-embed`).
    public static func bundled() -> ExerciseCatalog {
        var exercises: [Exercise] = []
        var problems: [ExerciseProblem] = []
        for file in BundledExercises.files {
            switch ExerciseParser.parse(text: file.text, file: "Exercises/" + file.name) {
            case .success(let exercise): exercises.append(exercise)
            case .failure(let error): problems += error.problems
            }
        }
        let unknown = profileProblems(exercises, profiles: [])
        let skipped = Set(unknown.map(\.file))
        return ExerciseCatalog(
            exercises: exercises.filter { !skipped.contains($0.source) },
            problems: problems + duplicateProblems(exercises) + unknown)
    }

    /// Loads files and folders as `blanco validate` checks them: every file, every problem,
    /// and ids that occur in more than one file (the later file is skipped). Profiles may
    /// name the rules of `book`.
    public static func loadFiles(_ paths: [String], book: RuleBook = .standard) -> ExerciseCatalog {
        var exercises: [Exercise] = []
        var profiles: [Profile] = []
        var profileSources: [String: String] = [:]
        var problems: [ExerciseProblem] = []
        for path in paths {
            let found = ExerciseFiles.paths(in: path)
            problems += found.problems
            for file in found.files where ExerciseFiles.isProfile(file) {
                switch ExerciseFiles.loadProfile(file, book: book) {
                case .success(let profile):
                    if let earlier = profileSources[profile.id] {
                        problems.append(
                            ExerciseProblem(
                                file: file, line: 1,
                                message:
                                    "het profiel '\(profile.id)' staat ook in \(earlier); geef elk profiel een eigen id"
                            ))
                    } else {
                        profileSources[profile.id] = file
                        profiles.append(profile)
                    }
                case .failure(let error): problems += error.problems
                }
            }
            for file in found.files where !ExerciseFiles.isProfile(file) {
                switch ExerciseFiles.load(file) {
                case .success(let exercise): exercises.append(exercise)
                case .failure(let error): problems += error.problems
                }
            }
        }
        let duplicates = duplicateProblems(exercises) + profileProblems(exercises, profiles: profiles)
        let skipped = Set(duplicates.map(\.file))
        return ExerciseCatalog(
            exercises: exercises.filter { !skipped.contains($0.source) }, profiles: profiles,
            problems: problems + duplicates)
    }

    /// Exercises that name a profile that is neither built in nor among `profiles`.
    private static func profileProblems(_ exercises: [Exercise], profiles: [Profile]) -> [ExerciseProblem] {
        let known = Profile.builtIn.map(\.id) + profiles.map(\.id)
        return exercises.compactMap { exercise in
            guard let name = exercise.profile, !known.contains(name) else { return nil }
            var message = "onbekend profiel '\(name)'"
            if let close = EditDistance.closest(to: name, in: known) {
                message += "; bedoelde je '\(close)'?"
            } else {
                message +=
                    "; kies basis, standaard of streng, of zet een bestand \(name)\(ProfileParser.fileSuffix) in dezelfde map"
            }
            return ExerciseProblem(
                file: exercise.source, line: exercise.profileLine ?? exercise.idLine, message: message)
        }
    }

    private static func duplicateProblems(_ exercises: [Exercise]) -> [ExerciseProblem] {
        var firstSource: [String: String] = [:]
        var problems: [ExerciseProblem] = []
        for exercise in exercises {
            if let earlier = firstSource[exercise.id] {
                problems.append(
                    ExerciseProblem(
                        file: exercise.source, line: exercise.idLine,
                        message: "het id '\(exercise.id)' staat ook in \(earlier); geef elke oefening een eigen id"))
            } else {
                firstSource[exercise.id] = exercise.source
            }
        }
        return problems
    }
}
