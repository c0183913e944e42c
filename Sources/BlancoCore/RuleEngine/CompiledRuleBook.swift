/// A rule book prepared for fast matching: its words numbered, its patterns compiled to
/// bit sets, and every pattern filed under the words it can start with, so the analyzer
/// looks at each token once and tries only the patterns that can start there.
final class CompiledRuleBook: Sendable {
    let book: RuleBook
    let vocabulary: Vocabulary
    /// Every pattern of every rule, flattened; `patternRule` gives each one's rule.
    let patterns: [CompiledPattern]
    let patternRule: [Int]
    /// Per pattern, the name a flag it finds carries; per rule, the index of each pattern
    /// name (the first pattern of its family), for the compact analysis.
    let patternNames: [String]
    let patternIndex: [[String: Int]]
    /// Per rule, what the runner needs on every match, kept apart from the rule values so
    /// the hot loop copies nothing.
    let scopes: [Rule.Scope]
    /// Per rule, its exceptions; `firstWords` holds the words of an exception's first
    /// element when that is a word: a try at a token outside them fails at once, so the
    /// runner skips it without calling the matcher (an exception is tried at every word
    /// around a match).
    let antipatterns: [[(pattern: CompiledPattern, reach: Antipattern.Reach, firstWords: WordBits?)]]
    /// The words every exception needs, numbered over all rules' exceptions in order: the
    /// exception `index` of rule `rule` is number `firstException[rule] + index`. An
    /// exception whose needed words no token of the response holds is not tried at the
    /// dozens of tokens around each match.
    let exceptionAnchors: PatternAnchors
    let firstException: [Int]
    /// Per pattern that opens with two word elements: the second one's words. A try at a
    /// token whose next token is not one of them fails, so the runner skips it without
    /// calling the matcher (most tries end there).
    let secondWords: [WordBits?]
    /// Pattern indexes by the vocabulary number of a word a match can start with.
    let byStartWord: [[Int]]
    /// Patterns that cannot be filed under a start word; tried at every word.
    let unindexed: [Int]
    /// Per pattern, the words a match needs besides its first, so a response without them
    /// is not tried against it.
    let anchors: PatternAnchors
    /// The good-move patterns, filed the same way, with their names.
    let signalPatterns: [(kind: Signal.Kind, pattern: CompiledPattern, name: String)]
    let signalsByStartWord: [[Int]]
    /// The rule index of each whole-sentence check, if the book has it.
    let inferenceRules: [Inference: Int]
    /// Each rule's index in the book by its id.
    let ruleIndex: [String: Int]
    /// Words the matcher asks about for every token.
    let openers: WordBits
    let coordinators: WordBits
    let closingTags: WordBits
    /// The elements of every pattern above, and the bits of every word set.
    let patternElements: [CompiledPattern.Element]
    let wordBits: [UInt64]
    /// Per rule of `book`, in its order: the rule as its findings refer to it.
    let sharedRules: [SharedRule]

    init(_ book: RuleBook) {
        self.book = book
        sharedRules = book.rules.map(SharedRule.init)
        let signals = book.signals
        var vocabulary = Vocabulary()
        // A list that many patterns name is numbered once: adding it again changes nothing.
        var added = WordSetTable<Bool>()
        func add(_ wordSets: [Set<String>]) {
            for words in wordSets where added[words] == nil {
                added[words] = true
                vocabulary.add(words)
            }
        }
        for rule in book.rules {
            if case .patterns(let patterns) = rule.detection {
                for pattern in patterns { add(CompiledPattern.wordSets(in: pattern)) }
            }
            for antipattern in rule.antipatterns { add(CompiledPattern.wordSets(in: antipattern.pattern)) }
        }
        for signal in signals {
            for pattern in signal.patterns { add(CompiledPattern.wordSets(in: pattern)) }
        }
        vocabulary.add(Words.sentenceOpeners)
        vocabulary.add(Words.clauseCoordinators)
        vocabulary.add(Words.closingTags)
        vocabulary.addSpellingVariants()
        self.vocabulary = vocabulary
        var compiler = PatternCompiler(vocabulary: vocabulary)

        var byStartWord = [[Int]](repeating: [], count: vocabulary.count)
        var unindexed: [Int] = []
        var patterns: [CompiledPattern] = []
        var patternRule: [Int] = []
        var secondWords: [WordBits?] = []
        var anchored: [(pattern: TokenPattern, filedByStart: Bool)] = []
        for (ruleIndex, rule) in book.rules.enumerated() {
            guard case .patterns(let rulePatterns) = rule.detection else { continue }
            for pattern in rulePatterns {
                let compiled = compiler.compile(pattern)
                let entry = patterns.count
                patterns.append(compiled)
                patternRule.append(ruleIndex)
                secondWords.append(Self.secondWords(compiled, compiler.elements))
                if let words = CompiledPattern.startWords(of: pattern) {
                    for word in words { byStartWord[Int(vocabulary.id(of: word))].append(entry) }
                    anchored.append((pattern, true))
                } else {
                    unindexed.append(entry)
                    anchored.append((pattern, false))
                }
            }
        }
        anchors = PatternAnchors(anchored, vocabulary: vocabulary)
        self.patterns = patterns
        self.patternRule = patternRule
        var patternNames: [String] = []
        var patternIndex = [[String: Int]](repeating: [:], count: book.rules.count)
        for (ruleIndex, rule) in book.rules.enumerated() {
            if case .patterns(let rulePatterns) = rule.detection {
                for pattern in rulePatterns {
                    if patternIndex[ruleIndex][pattern.name] == nil {
                        patternIndex[ruleIndex][pattern.name] = patternNames.count
                    }
                    patternNames.append(pattern.name)
                }
            }
        }
        self.patternNames = patternNames
        self.patternIndex = patternIndex
        self.secondWords = secondWords
        self.byStartWord = byStartWord
        self.unindexed = unindexed
        scopes = book.rules.map(\.scope)
        antipatterns = book.rules.map { rule in
            rule.antipatterns.map { antipattern in
                let compiled = compiler.compile(antipattern.pattern)
                return (compiled, antipattern.reach, Self.firstWords(compiled, compiler.elements))
            }
        }
        // Tried at any word of their window, not only at the words they start with: every
        // needed word set counts, the first one too.
        var firstException: [Int] = []
        var exceptionPatterns: [(pattern: TokenPattern, filedByStart: Bool)] = []
        for rule in book.rules {
            firstException.append(exceptionPatterns.count)
            for antipattern in rule.antipatterns { exceptionPatterns.append((antipattern.pattern, false)) }
        }
        self.firstException = firstException
        exceptionAnchors = PatternAnchors(exceptionPatterns, vocabulary: vocabulary)

        var signalPatterns: [(kind: Signal.Kind, pattern: CompiledPattern, name: String)] = []
        var signalsByStartWord = [[Int]](repeating: [], count: vocabulary.count)
        for signal in signals {
            for pattern in signal.patterns {
                let compiled = compiler.compile(pattern)
                for word in CompiledPattern.startWords(of: pattern) ?? [] {
                    signalsByStartWord[Int(vocabulary.id(of: word))].append(signalPatterns.count)
                }
                signalPatterns.append((signal.kind, compiled, pattern.name))
            }
        }
        self.signalPatterns = signalPatterns
        self.signalsByStartWord = signalsByStartWord
        var inferenceRules: [Inference: Int] = [:]
        for (index, rule) in book.rules.enumerated() {
            if case .inference(let inference) = rule.detection { inferenceRules[inference] = index }
        }
        self.inferenceRules = inferenceRules
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in book.rules.enumerated() where ruleIndex[rule.id] == nil { ruleIndex[rule.id] = index }
        self.ruleIndex = ruleIndex
        openers = compiler.bits(Words.sentenceOpeners)
        coordinators = compiler.bits(Words.clauseCoordinators)
        closingTags = compiler.bits(Words.closingTags)
        patternElements = compiler.elements
        wordBits = compiler.wordBits
    }

    static let standard = CompiledRuleBook(.standard)

    /// The name of the pattern (or whole-sentence check) behind a finding.
    func patternName(of finding: RuleFinding) -> String {
        if finding.pattern >= 0 { return patternNames[finding.pattern] }
        if case .inference(let check) = finding.rule.detection { return RuleFileFormat.name(of: check) }
        return ""
    }

    /// The words of a pattern's first element when it is `.word`.
    private static func firstWords(_ pattern: CompiledPattern, _ elements: [CompiledPattern.Element]) -> WordBits? {
        guard !pattern.elements.isEmpty, case .word(let first) = elements[pattern.elements.lowerBound] else {
            return nil
        }
        return first
    }

    /// The words of a pattern's second element when its first two are both `.word`.
    private static func secondWords(_ pattern: CompiledPattern, _ elements: [CompiledPattern.Element]) -> WordBits? {
        guard pattern.elements.count >= 2, case .word = elements[pattern.elements.lowerBound],
            case .word(let second) = elements[pattern.elements.lowerBound + 1]
        else { return nil }
        return second
    }
}
