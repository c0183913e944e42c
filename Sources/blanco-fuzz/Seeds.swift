import BlancoCore
import Foundation
import Platform

/// The starting inputs and format tokens of each target, from the repository's own files:
/// the bundled exercises, the evaluation sets' jsonl lines, and journal records.
enum Seeds {
    static func inputs(for target: FuzzTarget, root: String) -> [[UInt8]] {
        switch target {
        case .exercise:
            return ExerciseFiles.paths(in: root + "/Exercises").files.compactMap {
                try? RegularFile.read($0, limit: 1 << 20).get()
            }
        case .jsonl:
            var lines: [[UInt8]] = []
            let folder = root + "/Tests/Evaluation"
            let names = ((try? Directory.entries(folder).get()) ?? []).map(\.name).filter {
                $0.hasSuffix(".jsonl")
            }
            for name in names {
                guard let bytes = try? RegularFile.read(folder + "/" + name, limit: 16 << 20).get() else {
                    continue
                }
                lines += bytes.split(separator: 0x0A).prefix(200).map(Array.init)
            }
            lines.append(
                Array(
                    #"{"id": 7, "context": "Ik kreeg een brief.", "response": "Wat stond erin?", "stage": "late"}"#
                        .utf8
                ))
            return lines
        case .journal:
            let turn = JournalRecord(
                kind: .turn, attempt: "a", exercise: "e", time: "2026-01-01T00:00:00Z")
            var finished = JournalRecord(
                kind: .finished, attempt: "a", exercise: "e", time: "2026-01-01T00:00:00Z")
            finished.grade = 7.5
            finished.turns = 3
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            // A turn with every nested object Blanco writes, so mutations reach them too.
            var rich = turn
            rich.flags = [
                JournalFlag(category: "oordeel", rule: "r", severity: "s", start: 0, end: 3, text: "dom")
            ]
            rich.categories = ["oordeel"]
            var graded = finished
            graded.gradeParts = [JournalGradePart(label: "film", points: 30, maximum: 40, detail: "d")]
            var rated = JournalRecord(
                kind: .selfAssessment, attempt: "a", exercise: "e", time: "2026-01-01T00:00:00Z")
            rated.selfRatings = SkillRatings([.deferJudgment: 4, .askForFilm: 3])
            var text: [UInt8] = []
            for record in [turn, rich, turn, graded, rated, finished] {
                text += ((try? encoder.encode(record)).map(Array.init) ?? []) + [0x0A]
            }
            return [text, []] + regressions(target, root: root)
        case .rules:
            var files: [[UInt8]] = []
            collectMarkdown(in: root + "/Rules/nl", into: &files, depth: 0)
            return files + regressions(target, root: root)
        case .export:
            return [exportDocument(), Array(#"{"schema": "blanco.export/1"}"#.utf8)]
                + regressions(target, root: root)
        }
    }

    /// Every `.md` file under a folder (the bundled rules and word lists).
    private static func collectMarkdown(in folder: String, into files: inout [[UInt8]], depth: Int) {
        guard depth < 4, case .success(let entries) = Directory.entries(folder) else { return }
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            let path = folder + "/" + entry.name
            if entry.name.hasSuffix(".md") {
                if let bytes = try? RegularFile.read(path, limit: 1 << 20).get() { files.append(bytes) }
            } else if !entry.name.hasPrefix(".") {
                collectMarkdown(in: path, into: &files, depth: depth + 1)
            }
        }
    }

    /// A `blanco.export/1` document as `blanco export --format json` writes it: a finished
    /// attempt at a bundled exercise with a flagged turn, a self-assessment and a goal.
    private static func exportDocument() -> [UInt8] {
        let catalog = ExerciseCatalog.bundled()
        guard let exercise = catalog.exercises.first else { return [] }
        let time = "2026-01-01T10:00:00Z"
        var turn = JournalRecord(kind: .turn, attempt: "a1", exercise: exercise.id, time: time)
        turn.turn = 1
        turn.response = "Dat is dom. Wat gebeurde er toen?"
        turn.flags = [
            JournalFlag(
                category: "judgment", rule: "r", severity: "major", start: 0, end: 11, text: "Dat is dom.")
        ]
        turn.categories = ["judgment"]
        turn.moves = ["open-question"]
        turn.points = 60
        var finished = JournalRecord(kind: .finished, attempt: "a1", exercise: exercise.id, time: time)
        finished.grade = 6.5
        finished.gradePoints = 65
        finished.gradeParts = [
            JournalGradePart(label: "blanco", points: 40, maximum: 50, detail: "1 vlag")
        ]
        var rated = JournalRecord(
            kind: .selfAssessment, attempt: "a1", exercise: exercise.id, time: time)
        rated.selfRatings = SkillRatings([.deferJudgment: 2, .askForFilm: 4])
        var goal = JournalRecord(kind: .goal, attempt: "a1", exercise: exercise.id, time: time)
        goal.text = "minder oordelen"
        let portfolio = PortfolioBuilder(catalog: catalog.exercises).portfolio(
            from: [turn, finished, rated, goal], student: "Sanne", generated: time)
        return ExportFormat.json.render(portfolio, generator: "blanco-fuzz")
    }

    /// The inputs a target once stopped on (`Tests/Fuzz/regressions/TARGET-*`), kept as seeds.
    private static func regressions(_ target: FuzzTarget, root: String) -> [[UInt8]] {
        let folder = root + "/Tests/Fuzz/regressions"
        let names = ((try? Directory.entries(folder).get()) ?? []).map(\.name)
            .filter { $0.hasPrefix(target.rawValue + "-") }.sorted()
        return names.compactMap { try? RegularFile.read(folder + "/" + $0, limit: 1 << 20).get() }
    }

    static func tokens(for target: FuzzTarget) -> [[UInt8]] {
        let common = [
            "\n", "\r\n", "\u{0C}", "\t", " ", "\u{1B}[31m", "\u{FEFF}", "é", "👍🏽", "\u{0}", "\u{FF}",
        ]
        let specific: [String]
        switch target {
        case .exercise:
            specific = [
                "---\n", "id: ", "titel: ", "domein: ", "niveau: 2", "client: ", "over: ", "## Opening\n",
                "## Film\n",
                "## Valkuilen\n", "## Reacties\n", "## Mening\n", "## Voorbeeldreacties\n",
                "## Nabespreking\n",
                "## Reflectievragen\n", "- ", "(kern)", " > ", "[", "]", "oordeel: ",
                "Wat gebeurde er toen? ",
            ]
        case .jsonl:
            specific = [
                "{", "}", "\"", ":", ",", "[", "]", "\\u00e9", "\\ud83d\\ude00", "\\ud800", "\\", "\"id\":",
                "\"response\":",
                "\"context\":", "\"stage\":", "\"late\"", "01", "-.5", "1.", "1.e5", "-0.", "1e999", "null",
                "true",
                "Dat is dom. ", "Waarom deed u dat? ", "U moet gewoon bellen. ",
            ]
        case .rules:
            specific = [
                "---\n", "id: ", "category: ", "severity: ", "scope: ", "kind: ", "include: ",
                "## pattern ", "why: ",
                "match: ", "example: ", "unless: ", "[[", "]]", "@", "|", "?", " END", "START ", "…", "\\",
                "## ",
            ]
        case .export:
            specific = [
                "{", "}", "[", "]", "\"", ":", ",", "null", "true", "-1", "1e308", "\\u0000", "\\u001b[31m",
                "\\ud800",
                "\"schema\":\"blanco.export/1\"", "\"attempts\":", "\"turns\":", "\"grade\":",
                "\"response\":",
                "\"student\":", "\"id\":", "\"exercise\":",
            ]
        case .journal:
            specific = [
                "{", "}", "\"kind\":\"finished\"", "\"kind\":\"turn\"", "\"grade\":", "\"exercise\":\"e\"",
                "\"attempt\":\"a\"",
                "\"time\":\"t\"", "{\"", "   ", "\\\"", "1e308", "-1",
            ]
        }
        return (common + specific).map { Array($0.utf8) }
    }
}
