/// Reads one profile file (format: `Exercises/README.md`, section *Profielen*) and reports every problem
/// in it with its line, like the exercise validator, so a lecturer can fix a file in one go.
public enum ProfileParser {
    /// Profile files are named `NAAM.profiel.md`, so they can stand beside exercises.
    public static let fileSuffix = ".profiel.md"

    static let metadataKeys = ["id", "titel", "basis"]

    /// Whether an id is a profile id: lower-case letters and digits in parts joined by `-`.
    static func isKebabCase(_ id: String) -> Bool {
        id.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    enum Section: String, CaseIterable {
        case off = "uit"
        case on = "aan"
        case severity = "zwaarte"

        var heading: String { "## " + rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    /// The profile, or all the problems that keep the file from being one. Rule ids are
    /// checked against `book`.
    public static func parse(bytes: [UInt8], file: String, book: RuleBook = .standard) -> Result<
        Profile, ExerciseFileError
    > {
        switch ExerciseText.lines(of: bytes, file: file) {
        case .failure(let problem):
            return .failure(ExerciseFileError(problems: [problem]))
        case .success(let lines):
            var parser = Parser(file: file, lines: lines, book: book)
            return parser.parse()
        }
    }

    public static func parse(text: String, file: String, book: RuleBook = .standard) -> Result<
        Profile, ExerciseFileError
    > {
        parse(bytes: Array(text.utf8), file: file, book: book)
    }

    /// A severity as a profile names it: `licht` or `zwaar` (or `minor`, `major`).
    static func severity(named word: String) -> Severity? {
        switch word.lowercased() {
        case "licht", "minor": .minor
        case "zwaar", "major": .major
        default: nil
        }
    }
}

private struct Parser {
    let file: String
    let lines: [Substring]
    let book: RuleBook
    var problems: [ExerciseProblem] = []

    mutating func report(_ line: Int, _ message: String) {
        problems.append(ExerciseProblem(file: file, line: line, message: message))
    }

    mutating func parse() -> Result<Profile, ExerciseFileError> {
        for (index, line) in lines.enumerated()
        where line.unicodeScalars.contains(where: {
            ($0.value < 0x20 && $0 != "\t") || (0x7F...0x9F).contains($0.value)
        }) {
            report(index + 1, "deze regel bevat een stuurteken (bijvoorbeeld ESC); haal het weg")
        }
        let (metadata, bodyStart) = parseMetadata()
        let own = parseSections(from: bodyStart)
        let id = metadata["id"]?.value ?? ""
        if metadata["id"] != nil || bodyStart > 0 {
            if id.isEmpty {
                report(metadata["id"]?.line ?? 1, "het veld 'id' ontbreekt of is leeg")
            } else if !ProfileParser.isKebabCase(id) {
                report(
                    metadata["id"]!.line,
                    "id '\(id)' moet uit kleine letters, cijfers en koppeltekens bestaan, zoals 'eerstejaars-blok-1'")
            } else if Profile.builtIn(named: id) != nil {
                report(metadata["id"]!.line, "'\(id)' is de naam van een ingebouwd profiel; kies een andere id")
            }
        }
        var base = Profile.standard
        if let raw = metadata["basis"] {
            if let found = Profile.builtIn(named: raw.value) {
                base = found
            } else {
                report(raw.line, "onbekend basisprofiel '\(raw.value)'; kies basis, standaard of streng")
            }
        }
        guard problems.isEmpty else {
            return .failure(ExerciseFileError(problems: problems.sorted { $0.line < $1.line }))
        }
        let title = metadata["titel"]?.value ?? ""
        return .success(Profile(id: id, title: title.isEmpty ? id : title, layers: base.layers + [own]))
    }

    // MARK: Metadata

    mutating func parseMetadata() -> ([String: (value: String, line: Int)], Int) {
        var found: [(line: Int, message: String)] = []
        let block = MetadataBlock(
            lines: lines, keys: ProfileParser.metadataKeys, guide: "Exercises/README.md, Profielen",
            example: "basis: standaard"
        ) { found.append(($0, $1)) }
        for problem in found { report(problem.line, problem.message) }
        return (block.fields, block.bodyStart)
    }

    // MARK: Sections

    mutating func parseSections(from start: Int) -> Profile.Adjustments {
        var adjustments = Profile.Adjustments()
        var seenSections: [ProfileParser.Section: Int] = [:]
        var listed: [Profile.Target: (section: ProfileParser.Section, line: Int)] = [:]
        var current: ProfileParser.Section?
        var skipping = false
        for index in start..<lines.count {
            let number = index + 1
            let line = Self.trimmed(MetadataBlock.withoutComment(lines[index], keepingHeading: true))
            if line.isEmpty { continue }
            if line.hasPrefix("## ") {
                let name = Self.trimmed(line.dropFirst(3)).lowercased()
                guard let section = ProfileParser.Section(rawValue: name) else {
                    var message = "onbekend onderdeel '\(Self.trimmed(line.dropFirst(3)))'"
                    if let close = EditDistance.closest(to: name, in: ProfileParser.Section.allCases.map(\.rawValue)) {
                        message += "; bedoelde je '\(ProfileParser.Section(rawValue: close)!.heading)'?"
                    } else {
                        message += "; een profiel kent '## Uit', '## Aan' en '## Zwaarte'"
                    }
                    report(number, message)
                    current = nil
                    skipping = true
                    continue
                }
                if let earlier = seenSections[section] {
                    report(number, "het onderdeel '\(section.heading)' staat er twee keer in (ook op regel \(earlier))")
                    current = nil
                    skipping = true
                    continue
                }
                seenSections[section] = number
                current = section
                skipping = false
                continue
            }
            if line.hasPrefix("# ") { continue }
            guard let section = current else {
                // Prose before the first section is a note for colleagues; a list there
                // is a section without its heading.
                if !skipping, line.hasPrefix("- ") || line.hasPrefix("* ") {
                    report(
                        number, "dit lijstje hoort bij geen onderdeel; zet er '## Uit', '## Aan' of '## Zwaarte' boven")
                    skipping = true
                }
                continue
            }
            guard line.hasPrefix("- ") || line.hasPrefix("* ") else {
                report(number, "verwacht een opsomming: '- ' gevolgd door een categorie of een regel-id")
                continue
            }
            var item = Self.trimmed(line.dropFirst(2))
            var severity: Severity?
            if section == .severity {
                guard let colon = item.lastIndex(of: ":") else {
                    report(number, "verwacht '- categorie of regel: licht' of '...: zwaar'")
                    continue
                }
                let word = Self.trimmed(item[item.index(after: colon)...])
                guard let parsed = ProfileParser.severity(named: word) else {
                    report(number, "onbekende zwaarte '\(word)'; kies licht of zwaar")
                    continue
                }
                severity = parsed
                item = Self.trimmed(item[..<colon])
            }
            guard let target = target(named: item, line: number) else { continue }
            if section == .severity {
                if adjustments.severity[target] != nil {
                    report(number, "'\(item)' krijgt al een zwaarte in dit profiel")
                    continue
                }
                adjustments.severity[target] = severity
                continue
            }
            if let earlier = listed[target] {
                let sameSection = earlier.section == section
                report(
                    number,
                    sameSection
                        ? "'\(item)' staat al onder '\(section.heading)' (regel \(earlier.line))"
                        : "'\(item)' staat ook onder '\(earlier.section.heading)' (regel \(earlier.line)); kies er één")
                continue
            }
            listed[target] = (section, number)
            if section == .off { adjustments.off.insert(target) } else { adjustments.on.insert(target) }
        }
        return adjustments
    }

    /// A category (keyword, guideline name or Dutch name) or a rule id of the rule book.
    mutating func target(named name: String, line: Int) -> Profile.Target? {
        if let category = Category(keyword: name) { return .category(category) }
        if book.rule(id: name) != nil { return .rule(name) }
        let ids = book.rules.map(\.id)
        let names = Category.allCases.flatMap { [$0.rawValue, $0.exerciseKeyword] }
        var message = "onbekende categorie of regel '\(name)'"
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 3 {
            // A rule id: ids of one folder share their first two parts, so only the last
            // part tells a typo from another rule.
            let folder = parts[0] + "." + parts[1] + "."
            let names = ids.filter { $0.hasPrefix(folder) }.map { String($0.dropFirst(folder.count)) }
            let close =
                names.isEmpty
                ? EditDistance.closest(to: name, in: ids)
                : EditDistance.closest(to: String(parts[2]), in: names).map { folder + $0 }
            message = "onbekende regel '\(name)'"
            message +=
                close.map { "; bedoelde je '\($0)'?" }
                ?? "; 'blanco rules' toont de ids, en een eigen regel bestaat alleen met 'blanco --regels MAP'"
        } else if let close = EditDistance.closest(to: name, in: ids + names) {
            message += "; bedoelde je '\(close)'?"
        } else {
            message += "; 'blanco rules' toont de ids, categorieën zijn bijvoorbeeld oordeel, advies, suggestief"
        }
        report(line, message)
        return nil
    }

    static func trimmed(_ text: Substring) -> String { MetadataBlock.trimmed(text) }
}
