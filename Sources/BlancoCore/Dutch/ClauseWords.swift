/// The word lists the sentence splitter asks about at every word, to see whether a new
/// clause starts there, as bits: a response costs one lookup per token
/// (`ClauseWords.classes(of:)`) instead of eight or more per word.
struct ClauseWords: OptionSet, Sendable {
    let rawValue: UInt32

    static let hesitation = ClauseWords(rawValue: 1 << 0)
    /// Subjects that open a main clause: "... je bent vast boos", "... dat is toch erg".
    static let clauseSubject = ClauseWords(rawValue: 1 << 1)
    /// Singular finite verbs that follow such a subject in a main clause.
    static let clauseVerb = ClauseWords(rawValue: 1 << 2)
    /// Words after which a subject and verb continue the clause rather than start one: a
    /// conjunction or relative word ("als je bent", "of dat is gelukt"), or the finite
    /// verb of the question itself ("wat denkt u is de reden").
    static let clauseContinuer = ClauseWords(rawValue: 1 << 3)
    /// Adverbs after which a verb and its subject continue the clause ("misschien kunt u").
    static let frontingAdverb = ClauseWords(rawValue: 1 << 4)
    static let followUpOpener = ClauseWords(rawValue: 1 << 5)
    static let coordinator = ClauseWords(rawValue: 1 << 6)
    static let imperativeVerb = ClauseWords(rawValue: 1 << 7)
    static let clauseAdverb = ClauseWords(rawValue: 1 << 8)
    static let questionClauseSubject = ClauseWords(rawValue: 1 << 9)
    static let questionClauseVerb = ClauseWords(rawValue: 1 << 10)
    static let questionBinder = ClauseWords(rawValue: 1 << 11)
    static let questionTagWord = ClauseWords(rawValue: 1 << 12)
    static let questionWord = ClauseWords(rawValue: 1 << 13)
    static let secondPerson = ClauseWords(rawValue: 1 << 14)
    static let questionMeasureWord = ClauseWords(rawValue: 1 << 15)
    /// Words that open a subordinate clause (`SentenceSplitter.subordinators`).
    static let subordinator = ClauseWords(rawValue: 1 << 16)
    /// Prepositions that take the next word as their object ("met u", "voor u").
    static let bindingPreposition = ClauseWords(rawValue: 1 << 17)
    /// "er", "daar", "hier": the object of a preposition put at the end of the clause.
    static let strandingAdverb = ClauseWords(rawValue: 1 << 18)

    /// Per token (of any kind), the lists that hold its folded form.
    static func classes(of tokens: [Token]) -> [ClauseWords] { table.classes(of: tokens) }

    /// A list made of several is given as each of them: the table joins them without
    /// building their union first.
    private static let table = WordClassTable<ClauseWords>([
        (.hesitation, Words.hesitations),
        (.clauseSubject, Words.clauseSubjects),
        (.clauseVerb, Words.clauseVerbs),
        (.clauseContinuer, Words.questionWords),
        (.clauseContinuer, Words.questionVerbs),
        (.clauseContinuer, Words.clauseContinuers),
        (.frontingAdverb, Words.clauseAdverbs),
        (.frontingAdverb, Words.guessMarkers),
        (.frontingAdverb, Words.frontingAdverbs),
        (.followUpOpener, Words.followUpOpeners),
        (.coordinator, Words.clauseCoordinators),
        (.imperativeVerb, Words.imperativeVerbs),
        (.clauseAdverb, Words.clauseAdverbs),
        (.questionClauseSubject, Words.clauseSubjects),
        (.questionClauseSubject, Words.subjectPronouns),
        (.questionClauseSubject, Words.determiners),
        (.questionClauseVerb, Words.clauseVerbs),
        (.questionClauseVerb, Words.questionVerbs),
        (.questionBinder, Words.clauseContinuers),
        (.questionBinder, Words.subordinators),
        (.questionTagWord, Words.questionTagWords),
        (.questionWord, Words.questionWords),
        (.secondPerson, Words.secondPerson),
        (.questionMeasureWord, Words.questionMeasureWords),
        (.subordinator, Words.questionWords),
        (.subordinator, Words.subordinators),
        (.bindingPreposition, Words.bindingPrepositions),
        (.strandingAdverb, Words.strandingAdverbs),
    ])
}
