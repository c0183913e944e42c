/// Reads one rule file (format: `Rules/README.md`) and reports every problem in it, each
/// with its line, like the exercise parser, so a linguist can fix a file in one go.
public enum RuleFileParser {
    /// The rule, or all the problems that keep the file from being one. `vocabularies` are
    /// the names a pattern may use after `@`.
    public static func parse(bytes: [UInt8], file: String, vocabularies: Set<String>) -> Result<
        RuleSource, RuleFileError
    > {
        switch ExerciseText.lines(of: bytes, file: file) {
        case .failure(let problem):
            return .failure(RuleFileError(problems: [problem]))
        case .success(let lines):
            var parser = RuleParser(file: file, lines: lines, vocabularies: vocabularies)
            return parser.parse()
        }
    }

    public static func parse(text: String, file: String, vocabularies: Set<String>) -> Result<RuleSource, RuleFileError>
    {
        parse(bytes: Array(text.utf8), file: file, vocabularies: vocabularies)
    }
}

/// All problems found in one rule or vocabulary file, as `FILE:LINE: fout: ...`.
public struct RuleFileError: Error, Sendable, Hashable {
    public let problems: [ExerciseProblem]
}

/// The line-level reading shared by rule and vocabulary files: the metadata block and
/// `## ` sections, with problems gathered as it goes.
struct MarkdownLines {
    let file: String
    let lines: [Substring]
    var problems: [ExerciseProblem] = []

    struct Section {
        let heading: Substring
        let line: Int
        var body: [(number: Int, text: Substring)] = []
    }

    mutating func report(_ line: Int, _ message: String) {
        problems.append(ExerciseProblem(file: file, line: line, message: message))
    }

    static func trimmed(_ text: Substring) -> Substring {
        var result = text.drop(while: \.isWhitespace)
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }

    /// `key: value` pairs between the two opening `---` lines, read as exercises and
    /// profiles read theirs (`MetadataBlock`), and the index of the first line after them.
    mutating func metadata(keys: [String], readme: String) -> ([String: (value: String, line: Int)], Int) {
        var problems: [(Int, String)] = []
        let block = MetadataBlock(lines: lines, keys: keys, guide: readme, example: "\(keys[0]): ...") {
            problems.append(($0, $1))
        }
        for (line, message) in problems { report(line, message) }
        return (block.fields, block.bodyStart)
    }

    /// The `## ` sections after the metadata; text before the first one is prose.
    func sections(from start: Int) -> [Section] {
        var sections: [Section] = []
        for index in start..<lines.count {
            let line = lines[index]
            if line.hasPrefix("## ") {
                sections.append(Section(heading: Self.trimmed(line.dropFirst(3)), line: index + 1))
            } else if !sections.isEmpty {
                sections[sections.count - 1].body.append((index + 1, line))
            }
        }
        return sections
    }

    /// A `key: value` line of a section, or nil (with a problem reported) for anything else.
    mutating func keyValue(_ line: (number: Int, text: Substring), keys: [String], example: String) -> (
        key: String, value: String
    )? {
        let text = Self.trimmed(line.text)
        guard let colon = text.firstIndex(of: ":") else {
            report(line.number, "verwacht 'sleutel: waarde', bijvoorbeeld '\(example)'")
            return nil
        }
        let key = Self.trimmed(text[..<colon]).lowercased()
        guard keys.contains(key) else {
            var message = "onbekende sleutel '\(key)'; geldig hier: " + keys.joined(separator: ", ")
            if let close = EditDistance.closest(to: key, in: keys) {
                message = "onbekende sleutel '\(key)'; bedoelde je '\(close)'?"
            }
            report(line.number, message)
            return nil
        }
        return (key, String(Self.trimmed(text[text.index(after: colon)...])))
    }
}

private struct RuleParser {
    var lines: MarkdownLines
    let vocabularies: Set<String>

    init(file: String, lines: [Substring], vocabularies: Set<String>) {
        self.lines = MarkdownLines(file: file, lines: lines)
        self.vocabularies = vocabularies
    }

    mutating func report(_ line: Int, _ message: String) { lines.report(line, message) }

    mutating func parse() -> Result<RuleSource, RuleFileError> {
        let (metadata, bodyStart) = lines.metadata(keys: RuleFileFormat.metadataKeys, readme: "Rules/README.md")
        var rule = RuleSource(
            id: "", category: .judgment, severity: .minor, scope: .anySentence, extent: .match, yieldsToEcho: false,
            check: nil, message: "", suggestion: "", patterns: [], checkExamples: [], exceptions: [],
            counterexamples: [])
        readMetadata(metadata, into: &rule)
        readSections(lines.sections(from: bodyStart), into: &rule)
        if lines.problems.isEmpty { return .success(rule) }
        return .failure(RuleFileError(problems: lines.problems.sorted { $0.line < $1.line }))
    }

    mutating func readMetadata(_ metadata: [String: (value: String, line: Int)], into rule: inout RuleSource) {
        if !lines.problems.isEmpty && metadata.isEmpty { return }
        for key in RuleFileFormat.requiredKeys where (metadata[key]?.value ?? "").isEmpty {
            report(metadata[key]?.line ?? 1, "het veld '\(key)' ontbreekt of is leeg")
        }
        if let (id, line) = metadata["id"], !id.isEmpty {
            rule.id = id
            checkID(id, line: line)
        }
        func choose<T>(_ key: String, _ options: [(String, T)], _ assign: (T) -> Void) {
            guard let (value, line) = metadata[key], !value.isEmpty else { return }
            if let match = options.first(where: { $0.0 == value }) {
                assign(match.1)
            } else {
                report(
                    line,
                    "onbekende waarde '\(value)' voor '\(key)'; kies uit: " + options.map(\.0).joined(separator: ", "))
            }
        }
        choose("category", Category.allCases.map { ($0.rawValue, $0) }) { rule.category = $0 }
        choose("severity", Severity.allCases.map { ($0.rawValue, $0) }) { rule.severity = $0 }
        choose("scope", RuleFileFormat.scopes) { rule.scope = $0 }
        choose("extent", RuleFileFormat.extents) { rule.extent = $0 }
        choose("yields-to-echo", [("yes", (true, false)), ("no", (false, false)), ("clause", (true, true))]) {
            (rule.yieldsToEcho, rule.echoReadsClause) = $0
        }
        choose("reassures-client", [("yes", true), ("no", false)]) { rule.reassuresClient = $0 }
        choose("check", RuleFileFormat.checks) { rule.check = $0 }
    }

    /// `nl.<category>.<name>`, and the file named after it: `Rules/nl/<category>/<name>.md`.
    mutating func checkID(_ id: String, line: Int) {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, parts.allSatisfy(RuleFileFormat.isName) else {
            report(line, "id '\(id)' moet de vorm 'taal.soort.naam' hebben, zoals 'nl.judgment.everyday-verdict'")
            return
        }
        let path = lines.file.split(separator: "/").map(String.init)
        let name = path.last.map { $0.hasSuffix(".md") ? String($0.dropLast(3)) : $0 } ?? ""
        if name != parts[2] {
            report(line, "het bestand heet '\(name).md' maar de regel '\(id)'; noem het bestand '\(parts[2]).md'")
        }
        // Under a language folder (`Rules/nl/...`), the folder is the id's category part.
        if path.count >= 3, path[path.count - 3] == parts[0], path[path.count - 2] != parts[1] {
            report(line, "de regel '\(id)' hoort in een map '\(parts[1])', niet in '\(path[path.count - 2])'")
        }
    }

    mutating func readSections(_ sections: [MarkdownLines.Section], into rule: inout RuleSource) {
        var seenNames: [String: Int] = [:]
        var message: Int?
        var suggestion: Int?
        var counterexamples: Int?
        var checkExamples: Int?
        for section in sections {
            let words = section.heading.split(whereSeparator: \.isWhitespace)
            let kind = words.first.map { $0.lowercased() } ?? ""
            func once(_ earlier: inout Int?) -> Bool {
                if let line = earlier {
                    report(section.line, "het onderdeel '\(kind)' staat er twee keer in (ook op regel \(line))")
                    return false
                }
                earlier = section.line
                return true
            }
            switch kind {
            case RuleFileFormat.messageHeading where words.count == 1:
                if once(&message) { rule.message = paragraph(section) }
            case RuleFileFormat.suggestionHeading where words.count == 1:
                if once(&suggestion) { rule.suggestion = paragraph(section) }
            case RuleFileFormat.counterexamplesHeading where words.count == 1:
                if once(&counterexamples) {
                    rule.counterexamples = lines.examples(section, keys: ["counterexample", "context"]).counter
                }
            case RuleFileFormat.examplesHeading where words.count == 1:
                if once(&checkExamples) {
                    let found = lines.examples(
                        section, keys: ["example", "counterexample", "context"], pattern: checkName(rule))
                    rule.checkExamples = found.examples
                    rule.counterexamples += found.counter
                    if rule.check == nil {
                        report(
                            section.line,
                            "'## examples' hoort bij een regel met 'check:'; zet de voorbeelden van een patroon onder dat patroon"
                        )
                    }
                }
            case RuleFileFormat.patternHeading, RuleFileFormat.exceptionHeading:
                guard words.count == 2, RuleFileFormat.isName(String(words[1])) else {
                    report(
                        section.line,
                        "schrijf '## \(kind) naam', met een naam van kleine letters, cijfers en koppeltekens")
                    continue
                }
                let name = String(words[1])
                if let line = seenNames[name] {
                    report(
                        section.line, "de naam '\(name)' komt al voor (regel \(line)); elk patroon heeft een eigen naam"
                    )
                }
                seenNames[name] = section.line
                if kind == RuleFileFormat.patternHeading {
                    rule.patterns.append(lines.patternFamily(section, name: name, vocabularies: vocabularies))
                } else if let exception = exception(section, name: name) {
                    rule.exceptions.append(exception)
                }
            default:
                var message =
                    "onbekend onderdeel '\(section.heading)'; geldig: message, suggestion, pattern NAAM, exception NAAM, counterexamples, examples"
                if let close = EditDistance.closest(
                    to: kind, in: ["message", "suggestion", "pattern", "exception", "counterexamples", "examples"])
                {
                    message = "onbekend onderdeel '\(section.heading)'; bedoelde je '\(close)'?"
                }
                report(section.line, message)
            }
        }
        let end = max(1, lines.lines.count)
        if rule.message.isEmpty {
            report(message ?? end, "de regel heeft een '## message' nodig: waarom het ertoe doet, in het Nederlands")
        }
        if rule.suggestion.isEmpty {
            report(suggestion ?? end, "de regel heeft een '## suggestion' nodig: een blanco alternatief")
        }
        if rule.check == nil, rule.patterns.isEmpty, lines.problems.isEmpty {
            report(end, "de regel heeft minstens één '## pattern NAAM' nodig (of een 'check:' in de metadata)")
        }
        if rule.check != nil, rule.checkExamples.isEmpty, lines.problems.isEmpty {
            report(end, "een regel met 'check:' heeft een '## examples' nodig met minstens één 'example:'")
        }
        if rule.check != nil, !rule.patterns.isEmpty,
            let first = sections.first(where: { $0.heading.lowercased().hasPrefix("pattern") })
        {
            report(first.line, "een regel met 'check:' heeft geen patronen; haal de patronen of de check weg")
        }
    }

    func checkName(_ rule: RuleSource) -> String { rule.check.map(RuleFileFormat.name(of:)) ?? "" }

    func paragraph(_ section: MarkdownLines.Section) -> String {
        section.body.map { MarkdownLines.trimmed($0.text) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    mutating func exception(_ section: MarkdownLines.Section, name: String) -> ExceptionSource? {
        var exception = ExceptionSource(name: name, why: "", reach: .overlapping, elements: [], example: "")
        var matches = 0
        var examples = 0
        for line in section.body where !MarkdownLines.trimmed(line.text).isEmpty {
            guard let (key, value) = lines.keyValue(line, keys: RuleFileFormat.exceptionKeys, example: "why: ...")
            else { continue }
            switch key {
            case "why": exception.why = exception.why.isEmpty ? value : exception.why + " " + value
            case "reach":
                if let reach = RuleFileFormat.reaches.first(where: { $0.name == value }) {
                    exception.reach = reach.reach
                } else {
                    report(line.number, "onbekende waarde '\(value)' voor 'reach'; kies uit: overlapping, sentence")
                }
            case "example":
                // Plain text: the response the exception keeps silent.
                examples += 1
                exception.example = value
            default:
                matches += 1
                if let elements = lines.pattern(value, line: line.number, vocabularies: vocabularies) {
                    exception.elements = elements
                }
            }
        }
        if exception.why.isEmpty {
            report(
                section.line,
                "uitzondering '\(name)': schrijf in een regel 'why:' waarom het geen geval van de regel is")
        }
        if matches != 1 { report(section.line, "uitzondering '\(name)': geef precies één regel 'match:'") }
        if examples != 1 || exception.example.isEmpty {
            report(
                section.line,
                "uitzondering '\(name)': geef precies één 'example:' dat zonder de uitzondering zou afgaan")
        }
        return exception
    }
}
