/// A word list that patterns name with `@name`: one file in `Rules/nl/vocabulary/`, named
/// after the list (format: `Rules/README.md`).
public struct VocabularySource: Sendable, Hashable {
    public var name: String
    /// A lexicon also matches d/t spelling slips ("vervelent") and is what the echo and
    /// question checks ask about; a plain list matches its words only.
    public var isLexicon: Bool
    /// Whether each adjective also stands for its inflected form ("naar" → "nare").
    public var inflect: Bool
    /// Lists whose words (with their spelling slips) belong to this one too.
    public var includes: [String]
    /// Where the words come from and how they were chosen.
    public var provenance: String
    /// The words as written, in file order.
    public var words: [String]

    public static let keys = ["kind", "inflect", "include", "provenance"]

    /// The words a pattern naming this list matches, given the lists it includes.
    func matchForms(_ table: VocabularyTable) -> Set<String> {
        var result = inflect ? DutchInflection.withInflections(Set(words)) : Set(words)
        for name in includes { result.formUnion(table.entries[name]?.matchForms ?? []) }
        return result
    }

    /// Each list after the lists it includes, so `table` can be built in one pass; nil when
    /// the includes run in a circle or name a missing list.
    public static func ordered(_ sources: [VocabularySource], base: Set<String> = []) -> [VocabularySource]? {
        var done = base
        var result: [VocabularySource] = []
        var pending = sources.sorted { $0.name < $1.name }
        while !pending.isEmpty {
            guard let next = pending.firstIndex(where: { $0.includes.allSatisfy(done.contains) }) else { return nil }
            done.insert(pending[next].name)
            result.append(pending.remove(at: next))
        }
        return result
    }

    /// The table of all lists, resolved, on top of `base` (lists of the same name replace
    /// those of `base`).
    public static func table(_ sources: [VocabularySource], base: VocabularyTable = VocabularyTable())
        -> VocabularyTable
    {
        var table = base
        for source in ordered(sources) ?? sources {
            let words = source.matchForms(table)
            if source.isLexicon {
                table.add(
                    name: source.name, lexicon: Lexicon(name: source.name, provenance: source.provenance, words: words))
            } else {
                table.add(name: source.name, words: words)
            }
        }
        return table
    }
}

public enum VocabularyFileParser {
    public static func parse(bytes: [UInt8], file: String) -> Result<VocabularySource, RuleFileError> {
        switch ExerciseText.lines(of: bytes, file: file) {
        case .failure(let problem):
            return .failure(RuleFileError(problems: [problem]))
        case .success(let text):
            var lines = MarkdownLines(file: file, lines: text)
            let base = file.split(separator: "/").last.map(String.init) ?? file
            let name = base.hasSuffix(".md") ? String(base.dropLast(3)) : base
            var source = VocabularySource(
                name: name, isLexicon: false, inflect: false, includes: [], provenance: "", words: [])
            if !RuleFileFormat.isName(name) {
                lines.report(
                    1, "de naam van een woordenlijst ('\(name)') bestaat uit kleine letters, cijfers en koppeltekens")
            }
            let (metadata, start) = lines.metadata(keys: VocabularySource.keys, readme: "Rules/README.md")
            if let (value, line) = metadata["kind"] {
                switch value {
                case "words": break
                case "lexicon": source.isLexicon = true
                default: lines.report(line, "onbekende waarde '\(value)' voor 'kind'; kies uit: words, lexicon")
                }
            }
            if let (value, line) = metadata["inflect"] {
                switch value {
                case "yes": source.inflect = true
                case "no": break
                default: lines.report(line, "onbekende waarde '\(value)' voor 'inflect'; kies uit: yes, no")
                }
            }
            if let (value, _) = metadata["include"] {
                source.includes = value.split(separator: ",").map { String(MarkdownLines.trimmed($0)) }.filter {
                    !$0.isEmpty
                }
            }
            source.provenance = metadata["provenance"]?.value ?? ""
            if source.provenance.isEmpty, lines.problems.isEmpty {
                lines.report(
                    metadata["provenance"]?.line ?? 1, "het veld 'provenance' ontbreekt: waar komen de woorden vandaan?"
                )
            }
            let sections = lines.sections(from: start)
            if let words = sections.first(where: { $0.heading.lowercased() == "words" }) {
                for line in words.body {
                    for part in line.text.split(separator: ",") {
                        let word = String(MarkdownLines.trimmed(part))
                        if word.isEmpty { continue }
                        if PatternSyntax.isWord(word) {
                            source.words.append(word)
                        } else {
                            lines.report(
                                line.number,
                                "'\(word)' is geen woord zoals de analyse het ziet; schrijf kleine letters zonder accenten"
                            )
                        }
                    }
                }
            } else {
                lines.report(
                    max(1, text.count),
                    "de lijst heeft een onderdeel '## words' nodig, met woorden gescheiden door komma's")
            }
            for section in sections where section.heading.lowercased() != "words" {
                lines.report(
                    section.line, "onbekend onderdeel '\(section.heading)'; een woordenlijst heeft alleen '## words'")
            }
            if lines.problems.isEmpty { return .success(source) }
            return .failure(RuleFileError(problems: lines.problems.sorted { $0.line < $1.line }))
        }
    }
}
