/// A rule as its file states it (`Rules/README.md`): patterns still in the textual
/// language, vocabularies still by name. `resolve` turns it into the `Rule` the engine
/// runs; `RuleBookSource` renders it as Swift for the embedded rule book.
public struct RuleSource: Sendable, Hashable {
    public var id: String
    public var category: Category
    public var severity: Severity
    public var scope: Rule.Scope
    public var extent: Rule.Extent
    public var yieldsToEcho: Bool
    /// Whether the echo check reads the clause the match closes (`yields-to-echo: clause`).
    public var echoReadsClause: Bool = false
    /// Whether the rule acquits or praises the client, so a leading question built on it
    /// reassures rather than bids for agreement.
    public var reassuresClient: Bool = false
    /// A whole-sentence check instead of patterns.
    public var check: Inference?
    public var message: String
    public var suggestion: String
    public var patterns: [PatternFamily]
    /// The examples of a rule with a whole-sentence check.
    public var checkExamples: [RuleExample]
    public var exceptions: [ExceptionSource]
    /// Counterexamples that belong to no one pattern.
    public var counterexamples: [RuleExample]

    /// Every triggering example, in file order.
    public var examples: [RuleExample] { checkExamples + patterns.flatMap(\.examples) }
}

/// One named pattern, or a small family of patterns found for the same reason.
public struct PatternFamily: Sendable, Hashable {
    public var name: String
    /// Why the family exists: the wording it was made for.
    public var why: String
    public var lines: [[PatternElementSource]]
    public var examples: [RuleExample]
    public var counterexamples: [RuleExample]
}

/// An exception: where its pattern matches, the rule's match does not count.
public struct ExceptionSource: Sendable, Hashable {
    public var name: String
    public var why: String
    public var reach: Antipattern.Reach
    public var elements: [PatternElementSource]
    public var example: String
}

extension RuleExample: Hashable {
    public static func == (a: RuleExample, b: RuleExample) -> Bool {
        a.text == b.text && a.context == b.context && a.pattern == b.pattern
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(context)
        hasher.combine(pattern)
    }
}

extension Rule.Scope: Hashable {}
extension Rule.Extent: Hashable {}
extension Antipattern.Reach: Hashable {}

extension RuleSource {
    /// The rule the engine runs, with every `@name` looked up in `vocabularies`.
    public func resolve(_ vocabularies: VocabularyTable) -> Rule {
        let detection: Rule.Detection
        if let check {
            detection = .inference(check)
        } else {
            detection = .patterns(
                patterns.flatMap { family in
                    family.lines.map {
                        TokenPattern(
                            vocabularies.elements($0), name: family.name, why: family.why,
                            source: PatternSyntax.render($0))
                    }
                })
        }
        return Rule(
            id: id, category: category, severity: severity, message: message, suggestion: suggestion,
            detection: detection, scope: scope, extent: extent,
            antipatterns: exceptions.map {
                Antipattern(
                    vocabularies.elements($0.elements), name: $0.name, reach: $0.reach, reason: $0.why,
                    example: $0.example,
                    source: PatternSyntax.render($0.elements))
            },
            examples: examples, counterexamples: counterexamples + patterns.flatMap(\.counterexamples),
            yieldsToEcho: yieldsToEcho, echoReadsClause: echoReadsClause, reassuresClient: reassuresClient)
    }
}

/// The vocabularies patterns may name, by name.
public struct VocabularyTable: Sendable {
    public struct Entry: Sendable {
        /// The words a pattern element naming it matches.
        public let matchForms: Set<String>
        /// Set for a lexicon, whose matching also accepts d/t spelling slips.
        public let lexicon: Lexicon?
    }

    public private(set) var entries: [String: Entry] = [:]

    public init() {}

    public mutating func add(name: String, words: Set<String>) {
        entries[name] = Entry(matchForms: words, lexicon: nil)
    }

    public mutating func add(name: String, lexicon: Lexicon) {
        entries[name] = Entry(matchForms: lexicon.matchForms, lexicon: lexicon)
    }

    public var names: Set<String> { Set(entries.keys) }

    /// The words of an element's alternatives.
    func words(_ terms: [PatternTerm]) -> Set<String> {
        // A lone word list is shared, not copied: patterns name the long ones hundreds of times.
        if terms.count == 1, case .vocabulary(let name) = terms[0] { return entries[name]?.matchForms ?? [] }
        var words: Set<String> = []
        for term in terms {
            switch term {
            case .word(let word): words.insert(word)
            case .vocabulary(let name): words.formUnion(entries[name]?.matchForms ?? [])
            }
        }
        return words
    }

    func elements(_ sources: [PatternElementSource]) -> [TokenPattern.Element] {
        elements(sources, words: words)
    }

    /// The elements, with the words of each alternative list as `words` gives them.
    func elements(_ sources: [PatternElementSource], words: ([PatternTerm]) -> Set<String>)
        -> [TokenPattern.Element]
    {
        sources.map { source in
            switch source {
            case .words(let terms):
                if terms.count == 1, case .vocabulary(let name) = terms[0], let lexicon = entries[name]?.lexicon {
                    return .lexicon(lexicon)
                }
                return .word(words(terms))
            case .optional(let terms):
                if terms.count == 1, case .vocabulary(let name) = terms[0], let lexicon = entries[name]?.lexicon {
                    return .optional(.lexicon(lexicon))
                }
                return .optional(.word(words(terms)))
            case .except(let terms): return .wordExcept(words(terms))
            case .skip(let count): return .skip(count)
            case .start: return .sentenceStart
            case .end: return .sentenceEnd
            case .pause: return .phraseEnd
            case .rest: return .restOfSentence
            case .capitals: return .capitals
            case .same: return .sameAsStart
            }
        }
    }
}
