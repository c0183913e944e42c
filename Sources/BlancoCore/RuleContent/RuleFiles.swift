import Platform

/// A folder of rule files as `Rules/` lays it out: `<lang>/vocabulary/*.md` word lists,
/// `<lang>/order.md` (which rule speaks first when two flag the same words), one file per
/// rule in a folder per category, `<lang>/<category>/<name>.md`, and the patterns of the
/// good moves, `<lang>/signals/<kind>.md`.
public struct RuleFiles: Sendable {
    public var vocabularies: [VocabularySource]
    /// The rules in the order the analyzer applies them.
    public var rules: [RuleSource]
    /// The good moves' patterns, in the order of `Signal.Kind`.
    public var signals: [SignalSource] = []
    /// The word lists the files may name besides their own (for a folder of one's own
    /// rules: the bundled lists).
    public var base: VocabularyTable = VocabularyTable()
    /// Per rule id, its file and text, so a problem with an example can name its line.
    var sources: [String: (path: String, text: String)] = [:]

    public static let orderFileName = "order.md"
    public static let vocabularyFolder = "vocabulary"

    /// Reads every `.md` file under `directory` (except README.md).
    public static func load(directory: String, base: VocabularyTable = VocabularyTable()) -> Result<
        RuleFiles, RuleFileError
    > {
        var files: [(path: String, bytes: [UInt8])] = []
        var folders = [directory]
        while let folder = folders.popLast() {
            guard case .success(let entries) = Directory.entries(folder) else {
                return .failure(
                    RuleFileError(problems: [
                        ExerciseProblem(file: folder, line: 1, message: "deze map bestaat niet of is niet leesbaar")
                    ]))
            }
            for entry in entries {
                let path = folder.hasSuffix("/") ? folder + entry.name : folder + "/" + entry.name
                if entry.kind == .directory {
                    folders.append(path)
                    continue
                }
                guard entry.name.hasSuffix(".md") else { continue }
                switch readRuleFile(path) {
                case .success(let bytes): files.append((path, bytes))
                case .failure(let problem):
                    return .failure(
                        RuleFileError(problems: [ExerciseProblem(file: path, line: 1, message: problem.message)]))
                }
            }
        }
        return parse(files: files, base: base)
    }

    /// A rule file's bytes: a regular file within `Limits.ruleFile` (a pipe or a device is
    /// refused without waiting on it), or the Dutch reason why not.
    private static func readRuleFile(_ path: String) -> Result<[UInt8], RuleFileReadProblem> {
        switch RegularFile.read(path, limit: Limits.ruleFile.value) {
        case .success(let bytes): .success(bytes)
        case .failure(.missing): .failure(RuleFileReadProblem("dit bestand bestaat niet (meer)"))
        case .failure(.notRegular(let kind)):
            .failure(
                RuleFileReadProblem("dit is \(kind.dutch), geen gewoon bestand; alleen gewone bestanden worden gelezen")
            )
        case .failure(.tooLarge(let size)):
            .failure(RuleFileReadProblem(ExerciseText.tooLargeMessage(size: size, limit: Limits.ruleFile)))
        case .failure(.failed(let error)): .failure(RuleFileReadProblem("dit bestand is niet leesbaar (\(error))"))
        }
    }

    /// Parses rule, vocabulary and order files (recognised by their paths) into one set,
    /// with the problems of all of them.
    public static func parse(files: [(path: String, bytes: [UInt8])], base: VocabularyTable = VocabularyTable())
        -> Result<RuleFiles, RuleFileError>
    {
        var problems: [ExerciseProblem] = []
        var vocabularies: [VocabularySource] = []
        var ruleFiles: [(path: String, bytes: [UInt8])] = []
        var signalFiles: [(path: String, bytes: [UInt8])] = []
        var order: (path: String, ids: [(id: String, line: Int)])?
        for file in files.sorted(by: { $0.path < $1.path }) {
            let parts = file.path.split(separator: "/")
            let name = parts.last.map(String.init) ?? ""
            if name.lowercased() == "readme.md" { continue }
            if name == orderFileName {
                order = (file.path, orderList(file.bytes))
            } else if parts.count >= 2, parts[parts.count - 2] == vocabularyFolder {
                switch VocabularyFileParser.parse(bytes: file.bytes, file: file.path) {
                case .success(let source):
                    vocabularies.removeAll { $0.name == source.name }
                    vocabularies.append(source)
                case .failure(let error): problems += error.problems
                }
            } else if (parts.count >= 2 && parts[parts.count - 2] == Substring(SignalFileParser.folder))
                || metadataKeys(file.bytes).contains("signal")
            {
                signalFiles.append(file)
            } else {
                ruleFiles.append(file)
            }
        }
        if VocabularySource.ordered(vocabularies, base: base.names) == nil {
            problems.append(
                ExerciseProblem(
                    file: files.first?.path ?? "", line: 1,
                    message:
                        "de woordenlijsten nemen elkaar in een kring op, of 'include:' noemt een lijst die niet bestaat"
                ))
        }
        let names = Set(vocabularies.filter(\.isNameable).map(\.name)).union(base.names)
        var rules: [RuleSource] = []
        var paths: [String: String] = [:]
        var sources: [String: (path: String, text: String)] = [:]
        for file in ruleFiles {
            switch RuleFileParser.parse(bytes: file.bytes, file: file.path, vocabularies: names) {
            case .success(let rule):
                if let earlier = paths[rule.id] {
                    problems.append(
                        ExerciseProblem(
                            file: file.path, line: 1, message: "de regel '\(rule.id)' staat ook in \(earlier)"))
                }
                paths[rule.id] = file.path
                sources[rule.id] = (file.path, String(decoding: file.bytes, as: UTF8.self))
                rules.append(rule)
            case .failure(let error): problems += error.problems
            }
        }
        var signals: [SignalSource] = []
        for file in signalFiles {
            switch SignalFileParser.parse(bytes: file.bytes, file: file.path, vocabularies: names) {
            case .success(let signal):
                if let earlier = sources[Self.sourceKey(of: signal.kind)] {
                    problems.append(
                        ExerciseProblem(
                            file: file.path, line: 1,
                            message: "het signaal '\(signal.kind.rawValue)' staat ook in \(earlier.path)"))
                }
                signals.append(signal)
                sources[Self.sourceKey(of: signal.kind)] = (file.path, String(decoding: file.bytes, as: UTF8.self))
            case .failure(let error): problems += error.problems
            }
        }
        let kindOrder = Signal.Kind.allCases
        signals.sort { kindOrder.firstIndex(of: $0.kind)! < kindOrder.firstIndex(of: $1.kind)! }
        if let order {
            var rank: [String: Int] = [:]
            for (index, entry) in order.ids.enumerated() {
                if paths[entry.id] == nil, problems.isEmpty {
                    problems.append(
                        ExerciseProblem(
                            file: order.path, line: entry.line, message: "er is geen regelbestand voor '\(entry.id)'"))
                }
                rank[entry.id] = index
            }
            for rule in rules where rank[rule.id] == nil {
                problems.append(
                    ExerciseProblem(
                        file: order.path, line: 1,
                        message: "de regel '\(rule.id)' ontbreekt in de lijst; zet er '- \(rule.id)' bij"))
            }
            rules.sort { (rank[$0.id] ?? .max) < (rank[$1.id] ?? .max) }
        }
        guard problems.isEmpty else { return .failure(RuleFileError(problems: problems)) }
        return .success(
            RuleFiles(vocabularies: vocabularies, rules: rules, signals: signals, base: base, sources: sources))
    }

    /// Whether a file is rule content rather than an exercise: the order file, a word list,
    /// a signal file, or a file whose metadata names a `category`, a `check` or a `signal`.
    public static func isRuleFile(path: String, bytes: [UInt8]) -> Bool {
        let parts = path.split(separator: "/")
        if parts.last == Substring(orderFileName) { return true }
        if parts.count >= 2, [vocabularyFolder, SignalFileParser.folder].contains(String(parts[parts.count - 2])) {
            return true
        }
        return !metadataKeys(bytes).isDisjoint(with: ["category", "check", "signal"])
    }

    /// The keys of a file's metadata block, as far as its first 4 KB show them.
    static func metadataKeys(_ bytes: [UInt8]) -> Set<String> {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        var lines = head.split(whereSeparator: \.isNewline).map { MarkdownLines.trimmed($0) }.drop { $0.isEmpty }
        guard lines.first == "---" else { return [] }
        lines = lines.dropFirst()
        var keys: Set<String> = []
        for line in lines {
            if line == "---" { break }
            if let colon = line.firstIndex(of: ":") { keys.insert(String(MarkdownLines.trimmed(line[..<colon]))) }
        }
        return keys
    }

    /// Whether `path` is the file of one of the signals read.
    public func isSignalFile(_ path: String) -> Bool {
        signals.contains { sources[Self.sourceKey(of: $0.kind)]?.path == path }
    }

    /// The key of a signal file in `sources`, apart from every rule id.
    static func sourceKey(of kind: Signal.Kind) -> String { "\(SignalFileParser.folder)/\(kind.rawValue)" }

    /// The `- id` lines of an order file.
    static func orderList(_ bytes: [UInt8]) -> [(id: String, line: Int)] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .compactMap { index, line in
                let text = MarkdownLines.trimmed(line)
                guard text.hasPrefix("- ") else { return nil }
                return (String(MarkdownLines.trimmed(text.dropFirst(2))), index + 1)
            }
    }

    /// The rule book these files describe: their rules and their good moves' patterns.
    public func ruleBook() -> RuleBook {
        let table = table
        return RuleBook(rules: rules.map { $0.resolve(table) }, signals: signals.map { $0.resolve(table) })
    }

    /// Every word list the rules may name, resolved.
    public var table: VocabularyTable {
        VocabularySource.table(vocabularies, base: base)
    }
}

/// Why a rule file could not be read, in Dutch.
private struct RuleFileReadProblem: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
