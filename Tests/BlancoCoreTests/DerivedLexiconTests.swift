import Foundation
import Testing

@testable import BlancoCore

/// The evaluative and emotion words derived from the shared Pattern lexicon (the word lists
/// derived-evaluative.md and derived-emotion.md): the criterion those files state, applied
/// again to the shared file, accounts for every word once, with derived-exclusions.md.
@Suite("Words derived from the Pattern lexicon")
struct DerivedLexiconTests {
    /// `../shared/lexicons/nl-sentiment.xml` beside the project, as CI places it.
    static let lexiconFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/lexicons/nl-sentiment.xml")

    /// Every lower-case one-word adjective whose senses all have subjectivity ≥ 0.7 and
    /// |polarity| ≥ 0.3, folded.
    static func criterionWords() throws -> Set<String> {
        let xml = try String(contentsOf: lexiconFile, encoding: .utf8)
        var senses: [String: [(polarity: Double, subjectivity: Double)]] = [:]
        for line in xml.split(separator: "\n") where line.contains("<word ") {
            func attribute(_ name: String) -> String? {
                guard let start = line.range(of: " \(name)=\"") else { return nil }
                let rest = line[start.upperBound...]
                return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
            }
            guard let form = attribute("form"), let polarity = attribute("polarity").flatMap(Double.init),
                let subjectivity = attribute("subjectivity").flatMap(Double.init)
            else { continue }
            senses[form, default: []].append((polarity, subjectivity))
        }
        var words = Set<String>()
        for (form, list) in senses where form == form.lowercased() && !form.contains(" ") {
            if list.allSatisfy({ $0.subjectivity >= 0.7 && abs($0.polarity) >= 0.3 }) {
                words.insert(TextFolding.fold(form))
            }
        }
        return words
    }

    /// One word list of the rule files.
    static func list(_ name: String, in files: RuleFiles) throws -> VocabularySource {
        try #require(files.vocabularies.first { $0.name == name })
    }

    @Test("every strongly subjective adjective is hand-picked, derived, or excluded with a reason, once")
    func everyWordAccountedFor() throws {
        guard FileManager.default.fileExists(atPath: Self.lexiconFile.path) else { return }
        let criterion = try Self.criterionWords()
        let files = try RuleFilesTests.loaded()
        let derived = Set(try Self.list("derived-evaluative", in: files).words)
        let emotion = Set(try Self.list("derived-emotion", in: files).words)
        let exclusions = try Self.list("derived-exclusions", in: files)
        let excludedWords = exclusions.phrases.map { $0.words.joined(separator: " ") }
        #expect(excludedWords.allSatisfy { !$0.contains(" ") }, "one word per exclusion")
        #expect(Set(exclusions.phrases.map(\.label)).isSubset(of: Set(exclusions.labels)))
        let excluded = Set(excludedWords)
        #expect(excluded.count == excludedWords.count, "each word excluded once, under one reason")
        #expect(
            derived.isDisjoint(with: excluded) && derived.isDisjoint(with: emotion)
                && emotion.isDisjoint(with: excluded))
        #expect(derived.union(emotion).union(excluded).isSubset(of: criterion))
        let handPicked = [Lexicon.exclamative, .evaluativeNouns, .emotion, .experience].reduce(Set<String>()) {
            $0.union($1.words)
        }
        .subtracting(derived).subtracting(emotion)
        let unaccounted = criterion.subtracting(derived).subtracting(emotion).subtracting(excluded).subtracting(
            handPicked)
        #expect(unaccounted.isEmpty, "\(unaccounted.sorted().prefix(20))")
    }

    @Test("verdict words beyond the lexicon add only what the derivation cannot find, and none it excluded")
    func beyondLexiconAddsOnlyWhatDerivationMisses() throws {
        guard FileManager.default.fileExists(atPath: Self.lexiconFile.path) else { return }
        let criterion = try Self.criterionWords()
        let files = try RuleFilesTests.loaded()
        let beyond = Set(try Self.list("evaluative-beyond-lexicon", in: files).words)
        let excluded = Set(
            try Self.list("derived-exclusions", in: files).phrases.map { $0.words.joined(separator: " ") })
        #expect(!beyond.isEmpty)
        #expect(beyond.isDisjoint(with: criterion), "\(beyond.intersection(criterion).sorted())")
        #expect(beyond.isDisjoint(with: excluded), "\(beyond.intersection(excluded).sorted())")
        #expect(beyond.isSubset(of: Lexicon.evaluative.words), "the evaluative list includes them")
    }

    @Test("a verdict word or a verdict noun for a person that the lexicon lacks is a verdict too")
    func beyondLexiconWordsJudge() {
        for response in [
            "Die juf is gewoon bevooroordeeld.", "Wat een tactloze opmerking van die arts.",
            "Dat ontslag is echt onverdiend.", "En toen hebben die schoften je buitengezet?",
            "Stelletje prutsers daar bij de corporatie.", "Je had dus een hufter van een baas.",
        ] {
            #expect(Analyzer().analyze(response).flags.contains { $0.category == .judgment }, "\(response)")
        }
    }

    @Test("an evaluative word nobody hand-picked is a verdict when the listener applies it")
    func derivedWordsJudge() {
        for response in [
            "Wat een harteloze reactie.", "Een lompe vraag van die ambtenaar.", "Dat is een knullige vergissing.",
            "Die regel is echt stompzinnig.", "Wat een botte opmerking van die arts.", "Dat vind ik echt laatdunkend.",
        ] {
            #expect(Analyzer().analyze(response).flags.contains { $0.category == .judgment }, "\(response)")
        }
    }

    @Test("excluded words stay out of a listener's plain sentence")
    func exclusionsStayClean() {
        for response in [
            "Ik ben benieuwd hoe dat ging.", "U kunt gerust verder vertellen.",
            "Eerlijk gezegd weet ik het niet precies, vertel eens?", "Prima, vertel verder.",
        ] {
            #expect(Analyzer().analyze(response).flags.isEmpty, "\(response)")
        }
    }
}
