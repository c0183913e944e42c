/// Reads one signal file (`Rules/nl/signals/<kind>.md`, format: `Rules/README.md`): the
/// patterns that recognise a good move, each with its why and examples, and reports every
/// problem with its line, like the rule parser.
public enum SignalFileParser {
    public static let folder = "signals"
    public static let metadataKeys = ["signal"]

    /// The signal's patterns, or all the problems that keep the file from being read.
    public static func parse(bytes: [UInt8], file: String, vocabularies: Set<String>) -> Result<
        SignalSource, RuleFileError
    > {
        switch ExerciseText.lines(of: bytes, file: file) {
        case .failure(let problem):
            return .failure(RuleFileError(problems: [problem]))
        case .success(let text):
            var lines = MarkdownLines(file: file, lines: text)
            let source = read(&lines, vocabularies: vocabularies)
            if let source, lines.problems.isEmpty { return .success(source) }
            return .failure(RuleFileError(problems: lines.problems.sorted { $0.line < $1.line }))
        }
    }

    private static func read(_ lines: inout MarkdownLines, vocabularies: Set<String>) -> SignalSource? {
        let (metadata, bodyStart) = lines.metadata(keys: metadataKeys, readme: "Rules/README.md")
        if !lines.problems.isEmpty && metadata.isEmpty { return nil }
        let names = SignalSource.patternKinds.map(\.rawValue)
        guard let (value, line) = metadata["signal"], !value.isEmpty else {
            lines.report(1, "het veld 'signal' ontbreekt of is leeg; kies uit: " + names.joined(separator: ", "))
            return nil
        }
        guard let kind = SignalSource.patternKinds.first(where: { $0.rawValue == value }) else {
            var message = "onbekende waarde '\(value)' voor 'signal'; kies uit: " + names.joined(separator: ", ")
            if let close = EditDistance.closest(to: value, in: names) {
                message = "onbekende waarde '\(value)' voor 'signal'; bedoelde je '\(close)'?"
            }
            lines.report(line, message)
            return nil
        }
        let fileName = lines.file.split(separator: "/").last.map(String.init) ?? ""
        if fileName != value + ".md" {
            lines.report(line, "het bestand heet '\(fileName)' maar het signaal '\(value)'; noem het '\(value).md'")
        }
        var source = SignalSource(kind: kind, patterns: [], counterexamples: [])
        var seenNames: [String: Int] = [:]
        var counterexamples: Int?
        for section in lines.sections(from: bodyStart) {
            let words = section.heading.split(whereSeparator: \.isWhitespace)
            let heading = words.first.map { $0.lowercased() } ?? ""
            switch heading {
            case RuleFileFormat.patternHeading:
                guard words.count == 2, RuleFileFormat.isName(String(words[1])) else {
                    lines.report(
                        section.line,
                        "schrijf '## pattern naam', met een naam van kleine letters, cijfers en koppeltekens")
                    continue
                }
                let name = String(words[1])
                if let earlier = seenNames[name] {
                    lines.report(
                        section.line,
                        "de naam '\(name)' komt al voor (regel \(earlier)); elk patroon heeft een eigen naam")
                }
                seenNames[name] = section.line
                let family = lines.patternFamily(section, name: name, vocabularies: vocabularies)
                checkStartsWithWord(family, section: section, lines: &lines)
                source.patterns.append(family)
            case RuleFileFormat.counterexamplesHeading where words.count == 1:
                if let earlier = counterexamples {
                    lines.report(
                        section.line, "het onderdeel 'counterexamples' staat er twee keer in (ook op regel \(earlier))")
                }
                counterexamples = section.line
                source.counterexamples += lines.examples(section, keys: ["counterexample", "context"]).counter
            default:
                var message =
                    "onbekend onderdeel '\(section.heading)'; geldig in een signaalbestand: pattern NAAM, counterexamples"
                if let close = EditDistance.closest(to: heading, in: ["pattern", "counterexamples"]) {
                    message = "onbekend onderdeel '\(section.heading)'; bedoelde je '\(close)'?"
                }
                lines.report(section.line, message)
            }
        }
        if source.patterns.isEmpty, lines.problems.isEmpty {
            lines.report(max(1, lines.lines.count), "het signaal heeft minstens één '## pattern NAAM' nodig")
        }
        return source
    }

    /// The analyzer looks for a good move only at the words a pattern can start with, so a
    /// signal pattern must open (after `START` and optional words) with a word element.
    private static func checkStartsWithWord(
        _ family: PatternFamily, section: MarkdownLines.Section, lines: inout MarkdownLines
    ) {
        for pattern in family.lines {
            var startsWithWord = false
            scan: for element in pattern {
                switch element {
                case .start, .end, .pause, .optional: continue
                case .words:
                    startsWithWord = true
                    break scan
                default: break scan
                }
            }
            if !startsWithWord {
                lines.report(
                    section.line,
                    "patroon '\(family.name)': een signaalpatroon begint (na START en woorden met ?) met een woord, niet met '\(PatternSyntax.render(pattern))'"
                )
            }
        }
    }
}
