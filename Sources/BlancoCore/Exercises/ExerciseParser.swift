/// Reads one exercise file (format: `Exercises/README.md`) and reports every problem in
/// it, not just the first, each with its line, so a lecturer can fix a file in one go.
public enum ExerciseParser {
    /// The exercise, or all the problems that keep the file from being one.
    public static func parse(bytes: [UInt8], file: String) -> Result<Exercise, ExerciseFileError> {
        switch ExerciseText.lines(of: bytes, file: file) {
        case .failure(let problem):
            return .failure(ExerciseFileError(problems: [problem]))
        case .success(let lines):
            var parser = Parser(file: file, lines: lines)
            return parser.parse()
        }
    }

    /// Parses text that is already decoded (the embedded bundled set).
    public static func parse(text: String, file: String) -> Result<Exercise, ExerciseFileError> {
        parse(bytes: Array(text.utf8), file: file)
    }
}

/// All problems found in one exercise file.
public struct ExerciseFileError: Error, Sendable, Hashable {
    public let problems: [ExerciseProblem]
}

private struct NumberedLine {
    let number: Int
    let text: Substring
}

private struct Parser {
    let file: String
    let lines: [Substring]
    var problems: [ExerciseProblem] = []

    init(file: String, lines: [Substring]) {
        self.file = file
        self.lines = lines
    }

    mutating func report(_ line: Int, _ message: String) {
        problems.append(ExerciseProblem(file: file, line: line, message: message))
    }

    mutating func parse() -> Result<Exercise, ExerciseFileError> {
        reportControlCharacters()
        let (metadata, bodyStart) = parseMetadata()
        if metadataUnclosed { return .failure(ExerciseFileError(problems: problems)) }
        let sections = parseSections(from: bodyStart)
        let exercise = build(metadata: metadata, sections: sections)
        if let exercise, problems.isEmpty { return .success(exercise) }
        return .failure(ExerciseFileError(problems: problems.sorted { $0.line < $1.line }))
    }

    // MARK: Control characters

    mutating func reportControlCharacters() {
        for (index, line) in lines.enumerated() {
            if let control = line.unicodeScalars.first(where: Self.isControl) {
                report(index + 1, "deze regel bevat een stuurteken (\(Self.name(of: control))); haal het weg")
            }
            if Limits.exerciseLine.isExceeded(by: line) {
                report(index + 1, "deze regel is te lang: \(Limits.exerciseLine.message)")
            }
        }
    }

    /// C0 and C1 controls but the tab, and the Unicode line and paragraph separators:
    /// nothing an exercise needs, and each would break a line on some screen but not in
    /// the file's line count.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
            || scalar.value == 0x2029
    }

    static func name(of scalar: Unicode.Scalar) -> String {
        let code =
            "U+" + String(repeating: "0", count: max(0, 4 - String(scalar.value, radix: 16).count))
            + String(scalar.value, radix: 16, uppercase: true)
        let names: [UInt32: String] = [
            0x0B: "verticale tab", 0x0C: "pagina-einde", 0x0D: "losse regelterugloop (CR)", 0x1B: "ESC", 0x85: "NEL",
            0x2028: "Unicode-regelscheiding", 0x2029: "Unicode-alineascheiding",
        ]
        return names[scalar.value].map { "\(code), \($0)" } ?? code
    }

    // MARK: Metadata

    /// The `key: value` pairs between the two `---` lines, with the line of each key.
    /// Whether the file has a `---` metadata block at all; without one, each missing field
    /// would only repeat the same problem.
    var hasMetadataBlock = true
    /// The metadata has no closing `---`: everything after it would be read as metadata, so
    /// that one problem is the only one reported.
    var metadataUnclosed = false

    mutating func parseMetadata() -> ([String: (value: String, line: Int)], Int) {
        var found: [(line: Int, message: String)] = []
        let block = MetadataBlock(
            lines: lines, keys: ExerciseFormat.allMetadataKeys, guide: "Exercises/README.md",
            example: "titel: De verdwenen paaltjes", canonicalKey: ExerciseFormat.canonicalKey
        ) { found.append(($0, $1)) }
        for problem in found { report(problem.line, problem.message) }
        hasMetadataBlock = block.isPresent
        metadataUnclosed = block.isUnclosed
        var fields = block.fields
        for (key, field) in block.fields.sorted(by: { $0.value.line < $1.value.line }) {
            let limit = key == "over" ? Limits.exerciseLine : Limits.exerciseName
            if limit.isExceeded(by: field.value) {
                report(
                    field.line,
                    "'\(key)' is te lang: \(limit.message.replacing(limit.subject, with: "'\(key)'"))")
                fields[key] = nil
            }
        }
        return (fields, block.bodyStart)
    }

    // MARK: Sections

    mutating func parseSections(from start: Int) -> [ExerciseFormat.Section: (heading: Int, body: [NumberedLine])] {
        var sections: [ExerciseFormat.Section: (heading: Int, body: [NumberedLine])] = [:]
        var current: ExerciseFormat.Section?
        var skipping = false
        for index in start..<lines.count {
            let line = lines[index]
            let number = index + 1
            if line.hasPrefix("## ") {
                let name = trimmed(line.dropFirst(3)).lowercased()
                guard let section = ExerciseFormat.Section(rawValue: name) else {
                    var message = "onbekend onderdeel '\(trimmed(line.dropFirst(3)))'"
                    let names = ExerciseFormat.Section.allCases.map(\.rawValue)
                    if let close = EditDistance.closest(to: name, in: names) {
                        message += "; bedoelde je '\(ExerciseFormat.Section(rawValue: close)!.heading)'?"
                    }
                    report(number, message)
                    current = nil
                    skipping = true
                    continue
                }
                if let earlier = sections[section] {
                    report(
                        number,
                        "het onderdeel '\(section.heading)' staat er twee keer in (ook op regel \(earlier.heading))")
                    current = nil
                    skipping = true
                    continue
                }
                sections[section] = (number, [])
                current = section
                skipping = false
            } else if let current {
                sections[current]!.body.append(NumberedLine(number: number, text: line))
            } else if !skipping, !line.allSatisfy(\.isWhitespace), !line.hasPrefix("# ") {
                report(number, "deze tekst hoort bij geen onderdeel; begin een onderdeel met bijvoorbeeld '## Opening'")
                skipping = true
            }
        }
        for (section, content) in sections {
            let size = content.body.reduce(0) { $0 + $1.text.unicodeScalars.count }
            if size > Limits.exerciseSection.value {
                report(
                    content.heading, "het onderdeel '\(section.heading)' is te lang: \(Limits.exerciseSection.message)")
            }
        }
        return sections
    }

    // MARK: Building the exercise

    mutating func build(
        metadata: [String: (value: String, line: Int)],
        sections: [ExerciseFormat.Section: (heading: Int, body: [NumberedLine])]
    ) -> Exercise? {
        for key in ExerciseFormat.metadataKeys where hasMetadataBlock && (metadata[key]?.value ?? "").isEmpty {
            report(metadata[key]?.line ?? 1, "het veld '\(key)' ontbreekt of is leeg")
        }
        let id = metadata["id"]?.value ?? ""
        if !id.isEmpty, !isKebabCase(id) {
            report(
                metadata["id"]!.line,
                "id '\(id)' moet uit kleine letters, cijfers en koppeltekens bestaan, zoals 'paaltjes-voor-de-deur'")
        }
        var level = 0
        if let raw = metadata["niveau"], !raw.value.isEmpty {
            if let value = Int(raw.value), (1...3).contains(value) {
                level = value
            } else {
                report(raw.line, "onbekend niveau '\(raw.value)'; kies 1, 2 of 3")
            }
        }
        var profile: String?
        if let raw = metadata["profiel"] {
            if raw.value.isEmpty {
                report(
                    raw.line, "het veld 'profiel' is leeg; noem basis, standaard, streng of de id van een eigen profiel"
                )
            } else if Profile.builtIn(named: raw.value) == nil, !isKebabCase(raw.value) {
                report(
                    raw.line,
                    "profiel '\(raw.value)' is geen ingebouwd profiel (basis, standaard, streng) en geen geldige id van een eigen profiel"
                )
            } else {
                profile = Profile.builtIn(named: raw.value)?.id ?? raw.value
            }
        }
        for section in ExerciseFormat.Section.required where sections[section] == nil {
            report(lines.count, "het onderdeel '\(section.heading)' ontbreekt")
        }

        let opening = paragraph(sections[.opening], name: .opening)
        let film = facts(sections[.film])
        let lures = categorised(sections[.lures], name: .lures)
        let reactions = categorised(sections[.reactions], name: .reactions)
        let opinion = paragraph(sections[.opinion], name: .opinion)
        let models = list(sections[.modelResponses], name: .modelResponses, count: ExerciseFormat.modelResponseCount)
        let debrief = paragraph(sections[.debrief], name: .debrief)
        let questions = list(sections[.reflection], name: .reflection, count: ExerciseFormat.reflectionQuestionCount)

        var reactionTable: [Category: String] = [:]
        for reaction in reactions { reactionTable[reaction.category] = reaction.hint }

        guard problems.isEmpty else { return nil }
        return Exercise(
            id: id, title: metadata["titel"]!.value, domain: metadata["domein"]!.value, level: level,
            client: Client(name: metadata["client"]!.value, about: metadata["over"]!.value),
            opening: opening, film: film, lures: lures.map { Lure(category: $0.category, hint: $0.hint) },
            reactions: reactionTable, opinion: opinion, modelResponses: models, debrief: debrief,
            reflectionQuestions: questions, source: file, idLine: metadata["id"]!.line, profile: profile,
            profileLine: metadata["profiel"]?.line)
    }

    func isKebabCase(_ id: String) -> Bool {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// Non-blank lines joined into paragraphs; a `>` quote marker is dropped.
    mutating func paragraph(_ section: (heading: Int, body: [NumberedLine])?, name: ExerciseFormat.Section) -> String {
        guard let section else { return "" }
        var paragraphs: [String] = []
        var current: [String] = []
        for line in section.body {
            let text = trimmed(unquoted(line.text))
            if text.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(text)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        if paragraphs.isEmpty { report(section.heading, "het onderdeel '\(name.heading)' is leeg") }
        return paragraphs.joined(separator: "\n\n")
    }

    /// `- item` lines; an indented line continues the item above it.
    mutating func items(_ section: (heading: Int, body: [NumberedLine]), name: ExerciseFormat.Section) -> [NumberedLine]
    {
        var result: [(number: Int, text: String)] = []
        for line in section.body {
            let text = trimmed(line.text)
            if text.isEmpty { continue }
            if text.hasPrefix("- ") || text.hasPrefix("* ") {
                result.append((line.number, trimmed(text.dropFirst(2))))
            } else if !result.isEmpty, line.text.first?.isWhitespace == true {
                result[result.count - 1].text += " " + text
            } else {
                report(line.number, "in '\(name.heading)' begint elk punt met '- '")
            }
        }
        return result.map { NumberedLine(number: $0.number, text: Substring($0.text)) }
    }

    mutating func list(
        _ section: (heading: Int, body: [NumberedLine])?, name: ExerciseFormat.Section, count: ClosedRange<Int>
    ) -> [String] {
        guard let section else { return [] }
        let found = items(section, name: name)
        if !count.contains(found.count) {
            report(
                section.heading,
                "'\(name.heading)' heeft \(count.lowerBound) tot \(count.upperBound) punten nodig, niet \(found.count)")
        }
        return found.map { String($0.text) }
    }

    /// `- soort: tekst` items, for lures and reactions.
    mutating func categorised(
        _ section: (heading: Int, body: [NumberedLine])?, name: ExerciseFormat.Section
    ) -> [(category: Category, hint: String)] {
        guard let section else { return [] }
        var result: [(category: Category, hint: String)] = []
        for item in items(section, name: name) {
            guard let colon = item.text.firstIndex(of: ":") else {
                report(item.number, "verwacht '- soort: tekst', bijvoorbeeld '- oordeel: ...'")
                continue
            }
            let keyword = trimmed(item.text[..<colon])
            let text = trimmed(item.text[item.text.index(after: colon)...])
            guard let category = Category(keyword: keyword) else {
                let kinds = Category.allCases.map(\.exerciseKeyword)
                var message = "onbekende soort '\(keyword)'"
                if let close = EditDistance.closest(to: keyword, in: kinds) { message += "; bedoelde je '\(close)'?" }
                report(item.number, message + " (kies uit " + kinds.joined(separator: ", ") + ")")
                continue
            }
            if text.isEmpty {
                report(item.number, "na '\(keyword):' ontbreekt de tekst")
                continue
            }
            result.append((category, text))
        }
        return result
    }

    mutating func facts(_ section: (heading: Int, body: [NumberedLine])?) -> [Fact] {
        guard let section else { return [] }
        var facts: [Fact] = []
        var heading: (number: Int, aspect: Aspect?, isKey: Bool)?
        var quote: [String] = []
        var words: [String]?
        var continuesUnmarkedQuote = false

        func finish(_ parser: inout Parser) {
            guard let current = heading else { return }
            if quote.isEmpty {
                parser.report(current.number, "dit feit heeft geen regel van de cliënt; zet die eronder als '> ...'")
            }
            if (words ?? []).isEmpty {
                parser.report(
                    current.number, "dit feit heeft geen onderwerpwoorden; zet eronder 'woorden: woord, woord'")
            }
            if let aspect = current.aspect, !quote.isEmpty, let words, !words.isEmpty {
                facts.append(
                    Fact(
                        aspect: aspect, isKey: current.isKey, line: quote.joined(separator: " "), topicWords: words,
                        sourceLine: current.number))
            }
        }

        for line in section.body {
            let text = trimmed(line.text)
            if text.isEmpty { continue }
            if text.hasPrefix("### ") {
                finish(&self)
                heading = parseFactHeading(text.dropFirst(4), line: line.number)
                quote = []
                words = nil
                continuesUnmarkedQuote = false
            } else if heading == nil {
                report(line.number, "een feit begint met een kop als '### wat (kern)'")
            } else if text.hasPrefix(">") {
                let part = trimmed(text.dropFirst())
                if !part.isEmpty { quote.append(part) }
            } else if text.lowercased().hasPrefix("woorden:") {
                words = text.dropFirst("woorden:".count).split(separator: ",")
                    .map { trimmed($0).lowercased() }.filter { !$0.isEmpty }
            } else if quote.isEmpty || continuesUnmarkedQuote {
                // The client's line without its '>': said once, and read as the line, so
                // the fact is not also reported as having no line.
                if quote.isEmpty {
                    report(line.number, "zet '> ' voor de regel van de cliënt, zodat blanco weet dat dit de cliënt is")
                }
                quote.append(text)
                continuesUnmarkedQuote = true
                continue
            } else {
                report(line.number, "onder een feit staan alleen de regel van de cliënt ('> ...') en 'woorden: ...'")
            }
            continuesUnmarkedQuote = false
        }
        finish(&self)

        let headings = section.body.filter { trimmed($0.text).hasPrefix("### ") }.count
        if !ExerciseFormat.factCount.contains(headings) {
            report(section.heading, "de film heeft 4 tot 8 feiten nodig, niet \(headings)")
        } else if !facts.isEmpty, !facts.contains(where: \.isKey) {
            report(section.heading, "markeer minstens één feit als kern, zoals '### wat (kern)'")
        }
        return facts
    }

    /// `### 2. wat (kern)` → aspect `wat`, key.
    mutating func parseFactHeading(_ raw: Substring, line: Int) -> (number: Int, aspect: Aspect?, isKey: Bool) {
        var text = trimmed(raw).lowercased()
        let isKey = text.contains("(kern)")
        text = text.replacing("(kern)", with: "")
        if let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            let marker = String(text[open...close])
            report(
                line, "onbekende markering '\(marker)'; bedoelde je '(kern)'? Alleen '(kern)' achter het aspect telt")
            text.removeSubrange(open...close)
        }
        text = String(text.drop { $0.isNumber || $0 == "." || $0.isWhitespace })
        let name = trimmed(Substring(text))
        guard let aspect = Aspect(rawValue: name) else {
            let aspects = Aspect.allCases.map(\.rawValue)
            var message = "onbekend aspect '\(name)'"
            if let close = EditDistance.closest(to: name, in: aspects) { message += "; bedoelde je '\(close)'?" }
            report(line, message + " (kies uit " + aspects.joined(separator: ", ") + ")")
            return (line, nil, isKey)
        }
        return (line, aspect, isKey)
    }

    func unquoted(_ line: Substring) -> Substring {
        let text = line.drop(while: \.isWhitespace)
        return text.hasPrefix(">") ? text.dropFirst() : line
    }
}

private func trimmed<S: StringProtocol>(_ text: S) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
        let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(text[first...last])
}
