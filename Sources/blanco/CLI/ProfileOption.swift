import BlancoCore

/// `--profiel NAAM|BESTAND` (or `--profile`): which rules count and how heavily. NAAM is a
/// built-in profile (basis, standaard, streng) or the id of a profile file in the
/// `--exercises` folder; BESTAND is a profile file (`NAAM.profiel.md`).
enum ProfileOption {
    enum Failure: Error {
        /// Wrong usage: the message names the closest valid name (exit 64).
        case usage(String)
        /// A profile file with problems, each `FILE:LINE: fout: ...` (exit 65).
        case invalidFile([ExerciseProblem])
    }

    /// The profile the user chose, or nil when they chose none. `catalog` is asked for the
    /// lecturer's profiles only when the name is neither built in nor a file. A profile
    /// file may name the rules of `book` (with `--regels`, the lecturer's own too).
    static func resolve(_ context: AppContext, book: RuleBook = .standard, catalog: () -> ExerciseCatalog) -> Result<
        Profile?, Failure
    > {
        guard let name = context.profileName else { return .success(nil) }
        if let builtIn = Profile.builtIn(named: name) { return .success(builtIn) }
        if name.hasSuffix(".md") || name.contains("/") {
            switch ExerciseFiles.loadProfile(name, book: book) {
            case .success(let profile): return .success(profile)
            case .failure(let error): return .failure(.invalidFile(error.problems))
            }
        }
        let known = catalog()
        if let own = known.profile(named: name) { return .success(own) }
        let names = Profile.builtIn.map(\.id) + known.profiles.map(\.id)
        var message = "onbekend profiel '\(name)'"
        if let close = EditDistance.closest(to: name, in: names) {
            message += "; bedoelde je '\(close)'?"
        } else {
            message +=
                "; kies " + names.joined(separator: ", ")
                + ", of geef een profielbestand (NAAM\(ProfileParser.fileSuffix))"
        }
        return .failure(.usage(message))
    }

    /// Reports a failure the way every command does, and gives its exit code.
    static func report(_ failure: Failure, _ context: AppContext) -> ExitCode {
        switch failure {
        case .usage(let message):
            context.error(message)
            return .usage
        case .invalidFile(let problems):
            for problem in problems {
                context.err.line(TerminalText.sanitize(problem.description, keepNewlines: false))
            }
            context.error("het profiel kon niet gelezen worden; 'blanco validate BESTAND' toont hetzelfde")
            return .dataError
        }
    }
}
