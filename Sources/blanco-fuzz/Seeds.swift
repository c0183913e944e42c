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
            let names = ((try? Directory.entries(folder).get()) ?? []).map(\.name).filter { $0.hasSuffix(".jsonl") }
            for name in names {
                guard let bytes = try? RegularFile.read(folder + "/" + name, limit: 16 << 20).get() else { continue }
                lines += bytes.split(separator: 0x0A).prefix(200).map(Array.init)
            }
            lines.append(
                Array(
                    #"{"id": 7, "context": "Ik kreeg een brief.", "response": "Wat stond erin?", "stage": "late"}"#.utf8
                ))
            return lines
        case .journal:
            let turn = JournalRecord(kind: .turn, attempt: "a", exercise: "e", time: "2026-01-01T00:00:00Z")
            var finished = JournalRecord(kind: .finished, attempt: "a", exercise: "e", time: "2026-01-01T00:00:00Z")
            finished.grade = 7.5
            finished.turns = 3
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            var text: [UInt8] = []
            for record in [turn, turn, finished] {
                text += ((try? encoder.encode(record)).map(Array.init) ?? []) + [0x0A]
            }
            return [text, []]
        }
    }

    static func tokens(for target: FuzzTarget) -> [[UInt8]] {
        let common = ["\n", "\r\n", "\u{0C}", "\t", " ", "\u{1B}[31m", "\u{FEFF}", "é", "👍🏽", "\u{0}", "\u{FF}"]
        let specific: [String]
        switch target {
        case .exercise:
            specific = [
                "---\n", "id: ", "titel: ", "domein: ", "niveau: 2", "client: ", "over: ", "## Opening\n", "## Film\n",
                "## Valkuilen\n", "## Reacties\n", "## Mening\n", "## Voorbeeldreacties\n", "## Nabespreking\n",
                "## Reflectievragen\n", "- ", "(kern)", " > ", "[", "]", "oordeel: ", "Wat gebeurde er toen? ",
            ]
        case .jsonl:
            specific = [
                "{", "}", "\"", ":", ",", "[", "]", "\\u00e9", "\\ud83d\\ude00", "\\ud800", "\\", "\"id\":",
                "\"response\":",
                "\"context\":", "\"stage\":", "\"late\"", "01", "-.5", "1.", "1.e5", "-0.", "1e999", "null", "true",
                "Dat is dom. ", "Waarom deed u dat? ", "U moet gewoon bellen. ",
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
