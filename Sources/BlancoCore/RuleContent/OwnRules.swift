import Platform

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A lecturer's own rule files (`--regels DIR`), added to the bundled rule book. They pass
/// the same checks as `blanco validate DIR`: the format, the bundled word lists they name,
/// and every example. An own rule with the id of a bundled rule replaces it in its place;
/// any other own rule comes after the bundled ones, so where two rules of one category flag
/// the same words a bundled rule speaks first.
public enum OwnRules {
    /// The bundled rule book with the rules of `directory` added, or every problem found.
    public static func load(directory: String, onto book: RuleBook = .standard) -> Result<RuleBook, RuleFileError> {
        files(directory: directory).map { book.adding($0.ruleBook()) }
    }

    /// The rule files of `directory`, checked as `load` checks them, or every problem found.
    public static func files(directory: String) -> Result<RuleFiles, RuleFileError> {
        guard case .success(let status) = FileSystem.status(atPath: directory), status.kind == .directory else {
            return .failure(
                RuleFileError(problems: [
                    ExerciseProblem(
                        file: directory, line: 1, message: "dit is geen map; geef een map met regelbestanden")
                ]))
        }
        switch RuleFiles.load(directory: directory, base: .bundled) {
        case .failure(let error):
            return .failure(error)
        case .success(let files):
            guard !files.rules.isEmpty || !files.signals.isEmpty else {
                return .failure(
                    RuleFileError(problems: [
                        ExerciseProblem(
                            file: directory, line: 1,
                            message: "in deze map staan geen regelbestanden (zie Rules/README.md)")
                    ]))
            }
            let problems = files.exampleProblems()
            guard problems.isEmpty else { return .failure(RuleFileError(problems: problems)) }
            return .success(files)
        }
    }
}

extension RuleBook {
    /// This book with `own` added: a rule with an id already in the book takes its place,
    /// the others come after; so do the own patterns of a good move (a signal file) whose
    /// kind the book already has.
    public func adding(_ own: RuleBook) -> RuleBook {
        let ownByID = Dictionary(own.rules.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        let ids = Set(rules.map(\.id))
        let ownByKind = Dictionary(own.signals.map { ($0.kind, $0) }, uniquingKeysWith: { _, last in last })
        let kinds = Set(signals.map(\.kind))
        return RuleBook(
            rules: rules.map { ownByID[$0.id] ?? $0 } + own.rules.filter { !ids.contains($0.id) },
            signals: signals.map { ownByKind[$0.kind] ?? $0 } + own.signals.filter { !kinds.contains($0.kind) })
    }
}
