/// The sections rule files and signal files share: a named pattern family with its
/// examples, and lists of examples and counterexamples (format: `Rules/README.md`).
extension MarkdownLines {
    /// `example:` and `counterexample:` lines, each optionally followed by `context:`.
    mutating func examples(_ section: Section, keys: [String], pattern: String = "")
        -> (examples: [RuleExample], counter: [RuleExample], other: [(key: String, value: String, line: Int)])
    {
        var examples: [RuleExample] = []
        var counter: [RuleExample] = []
        var other: [(key: String, value: String, line: Int)] = []
        var last: (counter: Bool, index: Int)?
        for line in section.body where !MarkdownLines.trimmed(line.text).isEmpty {
            guard let (key, value) = keyValue(line, keys: keys, example: "\(keys[0]): ...") else { continue }
            switch key {
            case "example", "counterexample":
                guard !value.isEmpty else {
                    report(line.number, "een leeg voorbeeld")
                    continue
                }
                let isCounter = key == "counterexample"
                if !isCounter, !marksSpans(value) {
                    report(line.number, "markeer in een voorbeeld de woorden die de regel moet vinden met [[ en ]]")
                } else if isCounter, value.contains("[[") || value.contains("]]") {
                    report(line.number, "een tegenvoorbeeld markeert niets; haal de [[ ]] weg")
                }
                let example = RuleExample(value, pattern: pattern)
                if isCounter { counter.append(example) } else { examples.append(example) }
                last = (isCounter, isCounter ? counter.count - 1 : examples.count - 1)
            case "context":
                guard let target = last else {
                    report(line.number, "'context:' hoort direct onder het voorbeeld waar het bij hoort")
                    continue
                }
                if target.counter {
                    counter[target.index] = RuleExample(counter[target.index].text, context: value, pattern: pattern)
                } else {
                    examples[target.index] = RuleExample(examples[target.index].text, context: value, pattern: pattern)
                }
                last = nil
            default:
                other.append((key, value, line.number))
                last = nil
            }
        }
        return (examples, counter, other)
    }

    /// Whether `[[` and `]]` alternate, at least once, around words.
    func marksSpans(_ text: String) -> Bool {
        var open = false
        var count = 0
        var rest = text[...]
        while let range = rest.firstRange(of: open ? "]]" : "[[") {
            if open, rest[..<range.lowerBound].isEmpty { return false }
            if (open ? rest[..<range.lowerBound] : "").contains("[[") { return false }
            open.toggle()
            if !open { count += 1 }
            rest = rest[range.upperBound...]
        }
        return !open && count > 0 && !rest.contains("]]")
    }

    mutating func pattern(_ value: String, line: Int, vocabularies: Set<String>) -> [PatternElementSource]? {
        switch PatternSyntax.parse(value[...], vocabularies: vocabularies) {
        case .success(let elements): return elements
        case .failure(let error):
            report(line, error.message)
            return nil
        }
    }

    /// A `## pattern NAME` section: its `why:`, `match:` lines and examples.
    mutating func patternFamily(_ section: Section, name: String, vocabularies: Set<String>) -> PatternFamily {
        let (examples, counter, other) = examples(section, keys: RuleFileFormat.patternKeys, pattern: name)
        var family = PatternFamily(name: name, why: "", lines: [], examples: examples, counterexamples: counter)
        for (key, value, line) in other {
            switch key {
            case "why": family.why = family.why.isEmpty ? value : family.why + " " + value
            default:
                if let elements = pattern(value, line: line, vocabularies: vocabularies) {
                    family.lines.append(elements)
                }
            }
        }
        if family.why.isEmpty {
            report(section.line, "patroon '\(name)': schrijf in een regel 'why:' waarom het bestaat")
        }
        if !other.contains(where: { $0.key == "match" }) {
            report(section.line, "patroon '\(name)': er ontbreekt een regel 'match:'")
        }
        if examples.isEmpty {
            report(section.line, "patroon '\(name)': geef minstens één 'example:' waarop het patroon afgaat")
        }
        return family
    }
}
