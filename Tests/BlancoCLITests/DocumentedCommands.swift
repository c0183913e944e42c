import Foundation

/// The command lines shown in a Markdown file's code blocks, as the doc test reads them.
///
/// A block counts as a block of commands when one of its lines starts with a command word
/// (`blanco`, `swift`, or a path such as `../shared/eval/score`); blocks with a language
/// other than a shell's (```` ```markdown ````, ```` ```json ````) and blocks without any
/// command word (an example of output) are left alone. A block right after the comment
/// `<!-- doc-test: ci NAME -->` is run by `.ci/run` instead (the step that names the same
/// marker), because it builds or installs.
struct DocumentedCommands {
    struct Line: CustomStringConvertible {
        let file: String
        let number: Int
        let text: String
        var description: String { "\(file):\(number): \(text)" }
    }

    struct Block {
        let file: String
        let firstLine: Int
        let language: String?
        let marker: String?
        var lines: [(number: Int, text: String)]
    }

    /// Every code block in `text`: fenced (```` ``` ````) and indented (four spaces after a
    /// blank line, outside a list).
    static func blocks(in text: String, file: String) -> [Block] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var blocks: [Block] = []
        var index = 0
        var marker: String?
        var previousBlank = true
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("<!-- doc-test:"), trimmed.hasSuffix("-->") {
                marker = String(trimmed.dropFirst("<!-- doc-test:".count).dropLast(3))
                    .trimmingCharacters(in: .whitespaces)
                index += 1
                continue
            }
            if trimmed.hasPrefix("```") {
                let language = String(trimmed.dropFirst(3)).trimmingCharacters(in: .whitespaces)
                var block = Block(
                    file: file, firstLine: index + 1, language: language.isEmpty ? nil : language, marker: marker,
                    lines: [])
                index += 1
                while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                    block.lines.append((index + 1, lines[index]))
                    index += 1
                }
                blocks.append(block)
                marker = nil
                index += 1
                previousBlank = false
                continue
            }
            if previousBlank, line.hasPrefix("    "), !trimmed.isEmpty {
                var block = Block(file: file, firstLine: index + 1, language: nil, marker: marker, lines: [])
                while index < lines.count,
                    lines[index].hasPrefix("    ") || lines[index].trimmingCharacters(in: .whitespaces).isEmpty
                {
                    block.lines.append((index + 1, String(lines[index].dropFirst(min(4, lines[index].count)))))
                    index += 1
                }
                blocks.append(block)
                marker = nil
                previousBlank = true
                continue
            }
            if !trimmed.isEmpty { marker = nil }
            previousBlank = trimmed.isEmpty
            index += 1
        }
        return blocks
    }

    static let shellLanguages: Set<String> = ["sh", "bash", "shell", "console", "zsh"]

    /// Whether a line starts with a word the doc test knows as a command.
    static func isCommand(_ text: String) -> Bool {
        let word = text.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
        return word == "blanco" || word == "swift" || word.hasPrefix("../") || word.hasPrefix("./")
            || text.contains("| blanco ")
    }

    /// The command lines of the blocks the doc test runs, and the blocks left to `.ci/run`
    /// by their marker.
    static func commands(in blocks: [Block]) -> (lines: [Line], ciMarkers: [String]) {
        var result: [Line] = []
        var markers: [String] = []
        for block in blocks {
            if let language = block.language, !shellLanguages.contains(language) { continue }
            guard block.lines.contains(where: { isCommand($0.text) }) else { continue }
            if let marker = block.marker {
                markers.append(marker)
                continue
            }
            for (number, text) in block.lines where !text.trimmingCharacters(in: .whitespaces).isEmpty {
                result.append(Line(file: block.file, number: number, text: text.trimmingCharacters(in: .whitespaces)))
            }
        }
        return (result, markers)
    }
}
