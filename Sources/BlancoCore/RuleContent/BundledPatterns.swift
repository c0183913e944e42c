import Platform

/// The bundled rule book's patterns are written into the program as their rule-file source
/// lines and parsed on first use, against the bundled word lists. Compiled into Swift as
/// element arrays, 1,300 patterns cost 1.6 MB of start-up code and a release build whose
/// optimizer time grew far faster than the rule book; as strings they cost their bytes.
extension VocabularyTable {
    /// The names `bundled` holds, asked once for every bundled pattern line.
    static let bundledNames = VocabularyTable.bundled.names

    /// The word sets of bundled elements that join a word list with other words, made once
    /// and shared: sixteen patterns keep the same six long lists out of an open slot.
    private static let bundledUnions = Locked<[[PatternTerm]: Set<String>]>([:])

    private static func sharedWords(_ terms: [PatternTerm]) -> Set<String> {
        guard terms.count > 1, terms.contains(where: { if case .vocabulary = $0 { true } else { false } }) else {
            return bundled.words(terms)
        }
        return bundledUnions.withLock { unions in
            if let words = unions[terms] { return words }
            let words = bundled.words(terms)
            unions[terms] = words
            return words
        }
    }

    /// The elements of a generated pattern line. `blanco-embed` wrote it from a rule file
    /// that parsed (and a test fails when the generated file is stale), so a line that does
    /// not parse is a defect of the program, not of anyone's input.
    static func bundledElements(_ source: String) -> [TokenPattern.Element] {
        switch PatternSyntax.parse(source[...], vocabularies: bundledNames) {
        case .success(let elements): return bundled.elements(elements, words: sharedWords)
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
