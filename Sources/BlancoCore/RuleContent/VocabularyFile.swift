/// A word list: one file in `Rules/nl/vocabulary/`, named after the list (format:
/// `Rules/README.md`). Patterns name word lists and lexicons as `@name`; the tokenizer,
/// question detector and good-move checks read bundled lists of every kind.
public struct VocabularySource: Sendable, Hashable {
    /// What a list holds and how it is read.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Words matched exactly.
        case words
        /// Words that also match their d/t slips ("vervelent"); what the echo and question
        /// checks ask about.
        case lexicon
        /// Word sequences in file order ("met andere woorden"), optionally under a label.
        case phrases
        /// Written forms and the standard words they stand for ("da's = dat is").
        case forms
        /// Whole sentences, one per line under a label: what the simulated client says
        /// ("Dat zei ik net al."), with `{u}`, `{U}` and `{uw}` for the register.
        case lines
    }

    /// One word sequence of a `phrases` list, with the label of its section ("" for none).
    public struct Phrase: Sendable, Hashable {
        public var label: String
        public var words: [String]
    }

    /// One sentence of a `lines` list, with the label of its section.
    public struct Line: Sendable, Hashable {
        public var label: String
        public var text: String
    }

    /// The placeholders a `lines` list may use, filled in for the exercise's register.
    public static let placeholders = ["{u}", "{U}", "{uw}"]

    /// One entry of a `forms` list: a form as typed, folded, and its standard words.
    public struct Form: Sendable, Hashable {
        public var written: String
        public var standard: [String]
    }

    public var name: String
    public var kind: Kind
    /// Whether each adjective also stands for its inflected form ("naar" → "nare").
    public var inflect: Bool
    /// Lists whose words (with their spelling slips) belong to this one too.
    public var includes: [String]
    /// Where the words come from and how they were chosen.
    public var provenance: String
    /// The words as written, in file order (`words` and `lexicon`).
    public var words: [String]
    /// The phrases of a `phrases` list, in file order.
    public var phrases: [Phrase] = []
    /// The labels a `phrases` list allows, or a `lines` list needs (metadata `labels:`);
    /// empty for one unlabelled phrase list.
    public var labels: [String] = []
    /// The entries of a `forms` list, in file order.
    public var forms: [Form] = []
    /// The sentences of a `lines` list, in file order.
    public var lines: [Line] = []

    /// A lexicon also matches d/t spelling slips; a plain list matches its words only.
    public var isLexicon: Bool { kind == .lexicon }
    /// Whether patterns may name the list with `@name`: word lists and lexicons.
    public var isNameable: Bool { kind == .words || kind == .lexicon }

    public static let keys = ["kind", "inflect", "include", "provenance", "labels"]

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
        var pending = sources.filter(\.isNameable).sorted { $0.name < $1.name }
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
        for source in ordered(sources) ?? sources.filter(\.isNameable) {
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
                name: name, kind: .words, inflect: false, includes: [], provenance: "", words: [])
            if !RuleFileFormat.isName(name) {
                lines.report(
                    1, "de naam van een woordenlijst ('\(name)') bestaat uit kleine letters, cijfers en koppeltekens")
            }
            let (metadata, start) = lines.metadata(keys: VocabularySource.keys, readme: "Rules/README.md")
            if let (value, line) = metadata["kind"] {
                if let kind = VocabularySource.Kind(rawValue: value) {
                    source.kind = kind
                } else {
                    let kinds = VocabularySource.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                    lines.report(line, "onbekende waarde '\(value)' voor 'kind'; kies uit: \(kinds)")
                }
            }
            if let (value, line) = metadata["inflect"] {
                switch value {
                case "yes": source.inflect = true
                case "no": break
                default: lines.report(line, "onbekende waarde '\(value)' voor 'inflect'; kies uit: yes, no")
                }
            }
            if let (value, _) = metadata["include"] { source.includes = list(value) }
            if let (value, line) = metadata["labels"] {
                source.labels = list(value)
                if source.kind != .phrases, source.kind != .lines {
                    lines.report(line, "'labels' hoort alleen bij 'kind: phrases' en 'kind: lines'")
                }
                for label in source.labels where !RuleFileFormat.isName(label) {
                    lines.report(line, "het label '\(label)' bestaat uit kleine letters, cijfers en koppeltekens")
                }
            }
            source.provenance = metadata["provenance"]?.value ?? ""
            if source.provenance.isEmpty, lines.problems.isEmpty {
                lines.report(
                    metadata["provenance"]?.line ?? 1, "het veld 'provenance' ontbreekt: waar komen de woorden vandaan?"
                )
            }
            let sections = lines.sections(from: start)
            switch source.kind {
            case .words, .lexicon: readWords(sections, into: &source, &lines, lineCount: text.count)
            case .phrases: readPhrases(sections, into: &source, &lines, lineCount: text.count)
            case .forms: readForms(sections, into: &source, &lines, lineCount: text.count)
            case .lines: readLines(sections, into: &source, &lines, labelsLine: metadata["labels"]?.line ?? 1)
            }
            if lines.problems.isEmpty { return .success(source) }
            return .failure(RuleFileError(problems: lines.problems.sorted { $0.line < $1.line }))
        }
    }

    private static func list(_ value: String) -> [String] {
        value.split(separator: ",").map { String(MarkdownLines.trimmed($0)) }.filter { !$0.isEmpty }
    }

    /// The comma-separated entries of a section's lines, trimmed, with their line numbers.
    private static func entries(_ section: MarkdownLines.Section) -> [(line: Int, text: Substring)] {
        section.body.flatMap { line in
            line.text.split(separator: ",").map { (line.number, MarkdownLines.trimmed($0)) }.filter { !$0.1.isEmpty }
        }
    }

    /// The words of an entry, or nil (with a problem reported) when one is not a word.
    private static func words(
        _ text: Substring, line: Int, _ lines: inout MarkdownLines
    ) -> [String]? {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        for word in words where !PatternSyntax.isWord(word) {
            lines.report(
                line, "'\(word)' is geen woord zoals de analyse het ziet; schrijf kleine letters zonder accenten")
            return nil
        }
        return words
    }

    private static func readWords(
        _ sections: [MarkdownLines.Section], into source: inout VocabularySource, _ lines: inout MarkdownLines,
        lineCount: Int
    ) {
        if let words = sections.first(where: { $0.heading.lowercased() == "words" }) {
            for (line, word) in entries(words) {
                if PatternSyntax.isWord(String(word)) {
                    source.words.append(String(word))
                } else {
                    lines.report(
                        line,
                        "'\(word)' is geen woord zoals de analyse het ziet; schrijf kleine letters zonder accenten")
                }
            }
        } else {
            lines.report(
                max(1, lineCount), "de lijst heeft een onderdeel '## words' nodig, met woorden gescheiden door komma's")
        }
        for section in sections where section.heading.lowercased() != "words" {
            lines.report(
                section.line, "onbekend onderdeel '\(section.heading)'; een woordenlijst heeft alleen '## words'")
        }
    }

    /// `## phrases` (or `## phrases LABEL` for each label of `labels:`): phrases separated by
    /// commas, the words of a phrase by spaces.
    private static func readPhrases(
        _ sections: [MarkdownLines.Section], into source: inout VocabularySource, _ lines: inout MarkdownLines,
        lineCount: Int
    ) {
        var seen: Set<[String]> = []
        for section in sections {
            let heading = section.heading.split(whereSeparator: \.isWhitespace).map(String.init)
            guard heading.first?.lowercased() == "phrases" else {
                lines.report(
                    section.line, "onbekend onderdeel '\(section.heading)'; een lijst van zinsdelen heeft '## phrases'")
                continue
            }
            let label = heading.count == 2 ? heading[1] : ""
            if source.labels.isEmpty, heading.count != 1 {
                lines.report(section.line, "schrijf '## phrases' zonder label, of noem de labels in 'labels:'")
                continue
            }
            if !source.labels.isEmpty, !source.labels.contains(label) {
                let labels = source.labels.joined(separator: ", ")
                lines.report(
                    section.line,
                    label.isEmpty
                        ? "'## phrases' heeft hier een label nodig; kies uit: \(labels)"
                        : "onbekend label '\(label)'; kies uit: \(labels)")
                continue
            }
            for (line, entry) in entries(section) {
                guard let words = words(entry, line: line, &lines) else { continue }
                if !seen.insert(words).inserted {
                    lines.report(line, "'\(entry)' staat al eerder in de lijst")
                    continue
                }
                source.phrases.append(VocabularySource.Phrase(label: label, words: words))
            }
        }
        if source.phrases.isEmpty, lines.problems.isEmpty {
            lines.report(
                max(1, lineCount),
                "de lijst heeft een onderdeel '## phrases' nodig, met zinsdelen gescheiden door komma's")
        }
    }

    /// `## forms`: entries `written = standard words`, separated by commas.
    private static func readForms(
        _ sections: [MarkdownLines.Section], into source: inout VocabularySource, _ lines: inout MarkdownLines,
        lineCount: Int
    ) {
        var seen: Set<String> = []
        for section in sections {
            guard section.heading.lowercased() == "forms" else {
                lines.report(
                    section.line,
                    "onbekend onderdeel '\(section.heading)'; een lijst van vormen heeft alleen '## forms'")
                continue
            }
            for (line, entry) in entries(section) {
                let reported = lines.problems.count
                let sides = entry.split(separator: "=", omittingEmptySubsequences: false)
                guard sides.count == 2, let written = words(MarkdownLines.trimmed(sides[0]), line: line, &lines),
                    let standard = words(MarkdownLines.trimmed(sides[1]), line: line, &lines),
                    written.count == 1, !standard.isEmpty
                else {
                    if lines.problems.count == reported {
                        lines.report(line, "verwacht 'vorm = standaardwoorden', bijvoorbeeld 'da's = dat is'")
                    }
                    continue
                }
                if !seen.insert(written[0]).inserted {
                    lines.report(line, "de vorm '\(written[0])' staat al eerder in de lijst")
                    continue
                }
                source.forms.append(VocabularySource.Form(written: written[0], standard: standard))
            }
        }
        if source.forms.isEmpty, lines.problems.isEmpty {
            lines.report(
                max(1, lineCount), "de lijst heeft een onderdeel '## forms' nodig, met 'vorm = standaardwoorden'")
        }
    }

    /// `## lines LABEL` for each label of `labels:`: one sentence per line, written as a
    /// list item (`- Dat zei ik net al.`), so a sentence may hold commas.
    private static func readLines(
        _ sections: [MarkdownLines.Section], into source: inout VocabularySource, _ lines: inout MarkdownLines,
        labelsLine: Int
    ) {
        if source.labels.isEmpty {
            lines.report(labelsLine, "een lijst van zinnen noemt zijn onderdelen in 'labels:'")
            return
        }
        for section in sections {
            let heading = section.heading.split(whereSeparator: \.isWhitespace).map(String.init)
            guard heading.count == 2, heading[0].lowercased() == "lines", source.labels.contains(heading[1]) else {
                let labels = source.labels.joined(separator: ", ")
                lines.report(
                    section.line,
                    "onbekend onderdeel '\(section.heading)'; schrijf '## lines LABEL', met LABEL uit: \(labels)")
                continue
            }
            var seen: Set<String> = []
            for line in section.body {
                let text = MarkdownLines.trimmed(line.text)
                if text.isEmpty { continue }
                guard text.hasPrefix("- "), !MarkdownLines.trimmed(text.dropFirst(2)).isEmpty else {
                    lines.report(line.number, "schrijf elke zin als '- zin', op een eigen regel")
                    continue
                }
                let sentence = String(MarkdownLines.trimmed(text.dropFirst(2)))
                if let unknown = unknownPlaceholder(in: sentence) {
                    let known = VocabularySource.placeholders.joined(separator: ", ")
                    lines.report(line.number, "onbekende plek '\(unknown)'; de zinnen kennen alleen \(known)")
                    continue
                }
                if !seen.insert(sentence).inserted {
                    lines.report(line.number, "deze zin staat al eerder onder '\(heading[1])'")
                    continue
                }
                source.lines.append(VocabularySource.Line(label: heading[1], text: sentence))
            }
        }
        let present = Set(source.lines.map(\.label))
        for label in source.labels where !present.contains(label) && lines.problems.isEmpty {
            lines.report(
                labelsLine, "het label '\(label)' heeft geen zinnen; schrijf '## lines \(label)' met ten minste één zin"
            )
        }
    }

    /// The first `{…}` in `sentence` that is not a known placeholder, or nil.
    private static func unknownPlaceholder(in sentence: String) -> Substring? {
        var rest = sentence[...]
        while let open = rest.firstIndex(of: "{") {
            let candidate = rest[open...].firstIndex(of: "}").map { rest[open...$0] } ?? rest[open...]
            if !VocabularySource.placeholders.contains(String(candidate)) { return candidate }
            rest = rest[candidate.endIndex...]
        }
        return nil
    }
}
