/// The bundled rule book's patterns are written into the program as their rule-file source
/// lines and parsed on first use, against the bundled word lists. Compiled into Swift as
/// element arrays, 1,300 patterns cost 1.6 MB of start-up code and a release build whose
/// optimizer time grew far faster than the rule book; as strings they cost their bytes.
extension VocabularyTable {
    /// The names `bundled` holds, asked once for every bundled pattern line.
    static let bundledNames = VocabularyTable.bundled.names

    /// The elements of a generated pattern line. `blanco-embed` wrote it from a rule file
    /// that parsed (and a test fails when the generated file is stale), so a line that does
    /// not parse is a defect of the program, not of anyone's input.
    static func bundledElements(_ source: String) -> [TokenPattern.Element] {
        switch PatternSyntax.parse(source[...], vocabularies: bundledNames) {
        case .success(let elements): return bundled.elements(elements)
        case .failure(let error): preconditionFailure("bundled pattern \(source): \(error)")
        }
    }
}

extension TokenPattern {
    /// A bundled pattern from its rule-file line (`dat|dit is @intensifiers? raar`).
    init(bundled source: String, name: String, why: String) {
        self.init(VocabularyTable.bundledElements(source), name: name, why: why, source: source)
    }
}

extension Antipattern {
    /// A bundled exception from its rule-file line.
    init(bundled source: String, name: String, reach: Reach, reason: String, example: String) {
        self.init(
            VocabularyTable.bundledElements(source), name: name, reach: reach, reason: reason, example: example,
            source: source)
    }
}
