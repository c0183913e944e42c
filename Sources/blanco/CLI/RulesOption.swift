import BlancoCore

/// `--regels DIR` (or `--rules`): a lecturer's own rule files, added to the bundled rule
/// book for `analyze` and `practice`. The folder is checked as `blanco validate DIR` checks
/// it; any problem stops the command (exit 65), so no rule is silently left out.
enum RulesOption {
    /// The rule book with the own rules added, or nil when no `--regels` was given.
    static func resolve(_ context: AppContext) -> Result<RuleBook?, RuleFileError> {
        ownRules(context).map { $0.map { RuleBook.standard.adding($0) } }
    }

    /// Only the own rules (and good-move patterns) of `--regels`, or nil without it.
    static func ownRules(_ context: AppContext) -> Result<RuleBook?, RuleFileError> {
        guard let directory = context.rulesDirectory else { return .success(nil) }
        return OwnRules.files(directory: directory).map { $0.ruleBook() }
    }

    /// Prints every problem as `FILE:LINE: fout: ...` and gives exit code 65.
    static func report(_ error: RuleFileError, _ context: AppContext) -> ExitCode {
        for problem in error.problems {
            context.err.line(TerminalText.sanitize(problem.description, keepNewlines: false))
        }
        context.error("de eigen regels konden niet gelezen worden; 'blanco validate MAP' toont hetzelfde")
        return .dataError
    }
}
