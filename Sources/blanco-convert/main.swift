@testable import BlancoCore
import Foundation

// One-off: dumps the Swift rule book as JSON for the converter that writes Rules/ files
// (each pattern's elements, and which pattern of its rule flags each example).
func dump(_ element: TokenPattern.Element) -> [String: Any] {
    switch element {
    case .word(let words): return ["kind": "words", "words": words.sorted()]
    case .lexicon(let lexicon): return ["kind": "lexicon", "name": lexicon.name]
    case .wordExcept(let words): return ["kind": "except", "words": words.sorted()]
    case .optional(.word(let words)): return ["kind": "optional", "words": words.sorted()]
    case .optional(.lexicon(let lexicon)): return ["kind": "optional-lexicon", "name": lexicon.name]
    case .optional: fatalError()
    case .skip(let count): return ["kind": "skip", "count": count]
    case .sentenceStart: return ["kind": "start"]
    case .sentenceEnd: return ["kind": "end"]
    case .restOfSentence: return ["kind": "rest"]
    }
}

let book = CompiledRuleBook.standard
var firstPattern: [Int] = []
var count = 0
for rule in book.book.rules {
    firstPattern.append(count)
    if case .patterns(let patterns) = rule.detection { count += patterns.count }
}

@MainActor func attribution(_ ruleIndex: Int, _ example: RuleExample) -> [[Any]] {
    let text = ResponseText(example.response)
    let clientWords = ClientWords(example.context)
    let blocked = EchoDetector.blockedTokens(in: text, clientWords: clientWords)
    return RuleRunner(book: book, text: text, blocked: blocked, clientWords: clientWords).findings()
        .filter { $0.ruleIndex == ruleIndex }
        .map { [$0.pattern >= 0 ? $0.pattern - firstPattern[ruleIndex] : -1, $0.span.start, $0.span.end] }
}

if CommandLine.arguments[1] == "check" {
    // Marks the spans of new examples: rule<TAB>pattern index<TAB>response[<TAB>context].
    var out = ""
    for line in try String(contentsOfFile: CommandLine.arguments[2], encoding: .utf8).split(separator: "\n") {
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let ruleIndex = book.book.rules.firstIndex { $0.id == parts[0] }!
        let context = parts.count > 3 ? parts[3] : ""
        let found = attribution(ruleIndex, RuleExample(parts[2], context: context))
        let scalars = Array(parts[2].unicodeScalars)
        if found.count == 1, let f = found.first, f[0] as! Int == Int(parts[1])! {
            let (a, b) = (f[1] as! Int, f[2] as! Int)
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[..<a]); text.append(contentsOf: "[[".unicodeScalars)
            text.append(contentsOf: scalars[a..<b]); text.append(contentsOf: "]]".unicodeScalars)
            text.append(contentsOf: scalars[b...])
            out += "\(parts[0])\t\(parts[1])\t\(String(text))" + (context.isEmpty ? "" : "\t" + context) + "\n"
        } else {
            print("FAIL \(parts[0]) \(parts[1]) \(parts[2]) -> \(found)")
        }
    }
    try out.write(toFile: CommandLine.arguments[3], atomically: true, encoding: .utf8)
    exit(0)
}
func key(_ element: TokenPattern.Element) -> String {
    switch element {
    case .word(let words): return "w" + words.filter { TextFolding.fold($0) == $0 }.sorted().joined(separator: ",")
    case .lexicon(let lexicon): return "w" + lexicon.matchForms.sorted().joined(separator: ",")
    case .wordExcept(let words): return "x" + words.filter { TextFolding.fold($0) == $0 }.sorted().joined(separator: ",")
    case .optional(.word(let words)): return "o" + words.filter { TextFolding.fold($0) == $0 }.sorted().joined(separator: ",")
    case .optional(.lexicon(let lexicon)): return "o" + lexicon.matchForms.sorted().joined(separator: ",")
    case .optional: fatalError()
    case .skip(let count): return "s\(count)"
    case .sentenceStart: return "START"
    case .sentenceEnd: return "END"
    case .restOfSentence: return "REST"
    }
}
func key(_ pattern: TokenPattern) -> String { pattern.elements.map(key).joined(separator: " ") }

if CommandLine.arguments[1] == "verify" {
    // Compares the rule book the Rules/ files describe with the Swift one, field by field.
    let files: RuleFiles
    switch RuleFiles.load(directory: "Rules") {
    case .success(let loaded): files = loaded
    case .failure(let error): error.problems.forEach { print($0) }; exit(1)
    }
    let fromFiles = files.ruleBook().rules
    let swift = RuleBook.standard.rules
    var problems = 0
    func check(_ ok: Bool, _ what: @autoclosure () -> String) { if !ok { problems += 1; print("DIFF", what()) } }
    check(fromFiles.map(\.id) == swift.map(\.id), "rule order")
    for (a, b) in zip(fromFiles, swift) {
        check(a.category == b.category && a.severity == b.severity && a.scope == b.scope && a.extent == b.extent && a.yieldsToEcho == b.yieldsToEcho, "\(a.id) metadata")
        check(a.message == b.message && a.suggestion == b.suggestion, "\(a.id) texts")
        switch (a.detection, b.detection) {
        case (.patterns(let x), .patterns(let y)):
            check(x.map(key).sorted() == y.map(key).sorted(), "\(a.id) patterns")
            // Patterns keep their order except where a shadowed one joined the family that shadows it.
            check(x.count == y.count, "\(a.id) pattern count")
        case (.inference(let x), .inference(let y)): check(x == y, "\(a.id) check")
        default: check(false, "\(a.id) detection")
        }
        check(a.antipatterns.map { key($0.pattern) + "|\($0.reach)|" + $0.reason + "|" + $0.example } == b.antipatterns.map { key($0.pattern) + "|\($0.reach)|" + $0.reason + "|" + $0.example }, "\(a.id) antipatterns")
        check(a.examples.map { $0.text + "|" + $0.context }.sorted() == (b.examples.map { $0.text + "|" + $0.context }).sorted() || true, "")
        let added = Set(a.examples.map { $0.text + "|" + $0.context }).subtracting(b.examples.map { $0.text + "|" + $0.context })
        check(Set(b.examples.map { $0.text + "|" + $0.context }).isSubset(of: a.examples.map { $0.text + "|" + $0.context }), "\(a.id) lost examples")
        if !added.isEmpty { print("  \(a.id): \(added.count) new examples") }
        check(a.counterexamples.map { $0.text + "|" + $0.context } == b.counterexamples.map { $0.text + "|" + $0.context }, "\(a.id) counterexamples")
    }
    let table = VocabularySource.table(files.vocabularies)
    for lexicon in [Lexicon.emotion, .experience, .evaluative, .exclamative, .evaluativeNouns] {
        let name = lexicon.name.replacingOccurrences(of: " ", with: "-")
        check(table.entries[name]?.matchForms == lexicon.matchForms, "lexicon \(name)")
    }
    check(table.entries["reporting-verbs"]?.matchForms == Words.reportingVerbs, "reporting verbs")
    check(table.entries["verdict-openers"]?.matchForms == Words.verdictOpeners, "verdict openers")
    check(table.entries["named-feelings"]?.matchForms == Words.namedFeelings, "named feelings")
    print("verify: \(fromFiles.count) rules, \(problems) differences")
    exit(problems == 0 ? 0 : 1)
}
var rules: [[String: Any]] = []
for (index, rule) in book.book.rules.enumerated() {
    var entry: [String: Any] = [
        "id": rule.id, "category": rule.category.rawValue, "severity": rule.severity.rawValue,
        "scope": RuleFileFormat.name(of: rule.scope), "extent": RuleFileFormat.name(of: rule.extent),
        "yieldsToEcho": rule.yieldsToEcho, "message": rule.message, "suggestion": rule.suggestion,
    ]
    switch rule.detection {
    case .patterns(let patterns): entry["patterns"] = patterns.map { $0.elements.map(dump) }
    case .inference(let check): entry["check"] = RuleFileFormat.name(of: check)
    }
    entry["antipatterns"] = rule.antipatterns.map {
        ["elements": $0.pattern.elements.map(dump), "reach": RuleFileFormat.name(of: $0.reach), "reason": $0.reason, "example": $0.example] as [String: Any]
    }
    entry["examples"] = rule.examples.map {
        ["text": $0.text, "context": $0.context, "found": attribution(index, $0),
         "expected": $0.expectedSpans.map { [$0.start, $0.end] }] as [String: Any]
    }
    entry["counterexamples"] = rule.counterexamples.map { ["text": $0.text, "context": $0.context] }
    rules.append(entry)
}
var vocab: [String: [String]] = [
    "intensifiers": Words.intensifiers.sorted(), "named-feelings": Words.namedFeelings.sorted(),
    "place-of-help-verbs": Words.placeOfHelpVerbs.sorted(), "take-over-verbs": Words.takeOverVerbs.sorted(),
    "advice-adjectives": Words.adviceAdjectives.sorted(), "advice-participles": Words.adviceParticiples.sorted(),
    "imperative-verbs": Words.imperativeVerbs.sorted(), "verdict-openers": Words.verdictOpeners.sorted(),
    "person-verdict-adjectives": Words.personVerdictAdjectives.sorted(), "person-nouns": Words.personNouns.sorted(),
    "reporting-verbs": Words.reportingVerbs.sorted(),
]
var lexicons: [String: Any] = [:]
for lexicon in [Lexicon.emotion, .experience, .evaluative, .exclamative, .evaluativeNouns] {
    lexicons[lexicon.name] = ["words": lexicon.words.sorted(), "matchForms": lexicon.matchForms.sorted(), "provenance": lexicon.provenance]
}
let json = try JSONSerialization.data(withJSONObject: ["rules": rules, "vocab": vocab, "lexicons": lexicons], options: [.sortedKeys])
try json.write(to: URL(fileURLWithPath: CommandLine.arguments[1]))
