import Foundation
import Testing

/// Every command line shown in `README.md` and `Exercises/README.md` runs as written.
///
/// How a line is run:
/// - `blanco …` and `swift run blanco …` (the same program; `swift run` only builds it
///   first) run the built binary through `/bin/sh`, so quoting, `~`, pipes and `<`/`>`
///   work as in a terminal; so do lines that add common utilities (`echo … | blanco
///   analyze -`, `mkdir -p …`), in order, in one sandbox per test. The working directory is a stand-in for the repository root (a
///   folder linking to each of its entries, so a `> analyses.jsonl` lands there and not in
///   the repository), `HOME` is a fresh folder holding `~/mijn-oefeningen` with the
///   template of `Exercises/README.md` in it, standard input is empty (`/dev/null`) and
///   the exit code must be 0. Bare `swift run blanco` is the newcomer's first command: with
///   nothing to read it must end cleanly.
/// - `swift test` is not run (that would run this test again); `.ci/run` must run it.
/// - Other `swift` lines build (`swift build …`) or run another product (`swift run
///   blanco-embed`): SwiftPM's build folder is locked while the tests run, so the test
///   checks that each product they name exists in `Package.swift`, and `.ci/run` builds.
/// - A path such as `../shared/eval/score` must exist (when `../shared` is there).
/// - A block after `<!-- doc-test: ci NAME -->` is run by the `.ci/run` step that names the
///   same marker (the install, which builds a release binary); the test checks that step
///   exists.
/// Any other line in a block of commands fails the test, so a new README section either
/// shows commands that run or says how they are checked.
@Suite("the README's commands run as written")
struct DocTests {
    static let documents = ["README.md", "Exercises/README.md"]

    static func documentedCommands() throws -> (lines: [DocumentedCommands.Line], ciMarkers: [String]) {
        var lines: [DocumentedCommands.Line] = []
        var markers: [String] = []
        for document in documents {
            let text = try String(contentsOf: Blanco.packageRoot.appendingPathComponent(document), encoding: .utf8)
            let found = DocumentedCommands.commands(in: DocumentedCommands.blocks(in: text, file: document))
            lines += found.lines
            markers += found.ciMarkers
        }
        return (lines, markers)
    }

    /// The line without a trailing `# comment` (outside quotes).
    static func withoutComment(_ text: String) -> String {
        var quote: Character?
        var previous: Character = " "
        for index in text.indices {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#", previous == " " {
                return String(text[..<index]).trimmingCharacters(in: .whitespaces)
            }
            previous = character
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    enum Kind: Equatable {
        /// A shell line that runs `blanco` (already rewritten from `swift run blanco`).
        case blanco(String)
        case testCommand
        case swiftProduct(String)
        case swiftBuild
        case tool(String)
        /// A common shell utility around blanco (`echo … | blanco analyze -`, `mkdir -p`).
        case utility
        case unknown
    }

    static let utilities: Set<String> = ["echo", "printf", "cat", "mkdir", "cp", "head", "tail", "wc", "grep", "chmod"]

    /// The line as `/bin/sh` runs it: `swift run blanco` becomes `blanco`.
    static func shellLine(_ text: String) -> String {
        text.replacing(#/swift run blanco(?=\s|$)/#, with: "blanco")
    }

    /// The line's commands, split at `|`, `&&` and `;`.
    static func stages(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "|" || $0 == ";" || $0 == "&" }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }

    /// Whether the doc test runs the line: every command in it is blanco or a common utility.
    static func runs(_ text: String) -> Bool {
        stages(text).allSatisfy { stage in
            switch classify(stage) {
            case .blanco, .utility: true
            default: false
            }
        }
    }

    static func classify(_ part: String) -> Kind {
        let words = part.split(separator: " ").map(String.init)
        guard let first = words.first else { return .unknown }
        if first == "blanco" { return .blanco(part) }
        if utilities.contains(first) { return .utility }
        if first.hasPrefix("../") || first.hasPrefix("./") { return .tool(first) }
        guard first == "swift", words.count >= 2 else { return .unknown }
        switch words[1] {
        case "test": return .testCommand
        case "build": return .swiftBuild
        case "run":
            var index = 2
            while index < words.count, words[index].hasPrefix("-") {
                index += ["-c", "--configuration"].contains(words[index]) ? 2 : 1
            }
            guard index < words.count else { return .blanco("blanco") }
            let product = words[index]
            guard product == "blanco" else { return .swiftProduct(product) }
            let rest = part[part.range(of: " " + product)!.upperBound...]
            return .blanco("blanco" + rest)
        default: return .unknown
        }
    }

    @Test("the README shows commands to check, including the newcomer's two")
    func documentsHaveCommands() throws {
        let lines = try Self.documentedCommands().lines.map { Self.withoutComment($0.text) }
        #expect(lines.contains("swift run blanco"))
        #expect(lines.contains("swift test"))
        #expect(lines.count >= 8)
    }

    @Test("every blanco line in the READMEs exits 0 from the repository root, as written")
    func blancoLinesRun() throws {
        let sandbox = try DocSandbox()
        defer { sandbox.remove() }
        var ran = 0
        for line in try Self.documentedCommands().lines {
            let text = Self.withoutComment(line.text)
            guard Self.runs(text) else { continue }
            let result = try sandbox.run(Self.shellLine(text))
            #expect(result.status == 0, "\(line) → exit \(result.status)\n\(result.stderr)")
            ran += 1
        }
        #expect(ran >= 8)
    }

    @Test("swift run blanco with nothing on standard input ends cleanly")
    func newcomerCommand() throws {
        let sandbox = try DocSandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run("blanco")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test("every other command line in the READMEs is one the test knows how to check")
    func otherLinesAreChecked() throws {
        let documented = try Self.documentedCommands()
        let package = try String(
            contentsOf: Blanco.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let ci = try String(contentsOf: Blanco.packageRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        let shared = Blanco.packageRoot.appendingPathComponent("../shared").standardized
        for line in documented.lines {
            let text = Self.withoutComment(line.text)
            if Self.runs(text) { continue }
            for part in Self.stages(text) {
                switch Self.classify(part) {
                case .blanco, .swiftBuild, .utility:
                    break
                case .testCommand:
                    #expect(
                        ci.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix(part) },
                        "\(line): .ci/run should run '\(part)'")
                case .swiftProduct(let product):
                    #expect(
                        package.contains("name: \"\(product)\""), "\(line): no product '\(product)' in Package.swift")
                case .tool(let path):
                    if path.hasPrefix("../shared/"), !FileManager.default.fileExists(atPath: shared.path) { continue }
                    let tool = Blanco.packageRoot.appendingPathComponent(path).standardized.path
                    #expect(FileManager.default.isExecutableFile(atPath: tool), "\(line): '\(path)' is not there")
                case .unknown:
                    Issue.record("\(line): a command the doc test cannot run; see DocTests for how to mark it")
                }
            }
        }
        for marker in documented.ciMarkers {
            #expect(ci.contains("doc-test: \(marker)"), "no .ci/run step runs the block marked '\(marker)'")
        }
    }

    @Test("the exercise template in Exercises/README.md is a valid exercise")
    func templateIsValid() throws {
        let sandbox = try DocSandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run("blanco validate ~/mijn-oefeningen")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("1 oefening "), "\(result.stdout)")
        #expect(result.stdout.contains("gecontroleerd: geen fouten"), "\(result.stdout)")
    }
}

/// A stand-in for the repository root and a fresh home folder, for running README lines.
struct DocSandbox {
    let root: URL
    let repository: URL
    let home: URL
    let bin: URL

    init() throws {
        let files = FileManager.default
        root = files.temporaryDirectory.appendingPathComponent("blanco-doc-\(UUID().uuidString)")
        repository = root.appendingPathComponent("repo")
        home = root.appendingPathComponent("home")
        bin = root.appendingPathComponent("bin")
        let ownRules = home.appendingPathComponent("mijn-regels")
        for directory in [repository, home, bin, home.appendingPathComponent("mijn-oefeningen"), ownRules] {
            try files.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        for entry in try files.contentsOfDirectory(atPath: Blanco.packageRoot.path) where entry != ".build" {
            try files.createSymbolicLink(
                at: repository.appendingPathComponent(entry),
                withDestinationURL: Blanco.packageRoot.appendingPathComponent(entry))
        }
        try files.createSymbolicLink(at: bin.appendingPathComponent("blanco"), withDestinationURL: Blanco.executable)
        // A lecturer's folder of own rules (`--regels ~/mijn-regels`): one rule file, a copy
        // of a bundled one.
        try files.copyItem(
            at: Blanco.packageRoot.appendingPathComponent("Rules/nl/why/own-action.md"),
            to: ownRules.appendingPathComponent("own-action.md"))
        for example in try Self.markdownExamples() {
            try example.text.write(
                to: home.appendingPathComponent("mijn-oefeningen/\(example.name)"), atomically: true, encoding: .utf8)
        }
    }

    /// The ```` ```markdown ```` blocks of `Exercises/README.md` that have an id, as the
    /// files a lecturer would make of them: an exercise `ID.md` (it has `## Opening`), else
    /// a profile `ID.profiel.md`.
    static func markdownExamples() throws -> [(name: String, text: String)] {
        let readme = try String(
            contentsOf: Blanco.packageRoot.appendingPathComponent("Exercises/README.md"), encoding: .utf8)
        return DocumentedCommands.blocks(in: readme, file: "Exercises/README.md").filter { $0.language == "markdown" }
            .compactMap { block in
                let text = block.lines.map(\.text).joined(separator: "\n") + "\n"
                guard let idLine = text.split(separator: "\n").first(where: { $0.hasPrefix("id:") }) else { return nil }
                let id = idLine.dropFirst(3).split(separator: "#").first!.trimmingCharacters(in: .whitespaces)
                return (text.contains("\n## Opening") ? "\(id).md" : "\(id).profiel.md", text)
            }
    }

    /// The ```markdown block of `Exercises/README.md` and its id.
    static func exerciseTemplate() throws -> (text: String, id: String) {
        let readme = try String(
            contentsOf: Blanco.packageRoot.appendingPathComponent("Exercises/README.md"), encoding: .utf8)
        let block = DocumentedCommands.blocks(in: readme, file: "Exercises/README.md").first {
            $0.language == "markdown"
        }
        let text = try #require(block).lines.map(\.text).joined(separator: "\n") + "\n"
        let idLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("id:") })
        let id = idLine.dropFirst(3).split(separator: "#").first!.trimmingCharacters(in: .whitespaces)
        return (text, id)
    }

    func run(_ command: String) throws -> Blanco.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = [
            "PATH": bin.path + ":/usr/bin:/bin", "HOME": home.path, "NO_COLOR": "1", "LANG": "C.UTF-8",
            "BLANCO_HOME": root.appendingPathComponent("data").path,
        ]
        process.currentDirectoryURL = repository
        let out = root.appendingPathComponent("out")
        let err = root.appendingPathComponent("err")
        try Data().write(to: out)
        try Data().write(to: err)
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Blanco.Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
