/// The word lists the echo and aside checks ask about at every token, as bits: a response
/// costs one lookup per token (`ListenerWords.classes(of:)`) instead of one per list and
/// token.
struct ListenerWords: OptionSet, Sendable {
    let rawValue: UInt16

    static let secondPerson = ListenerWords(rawValue: 1 << 0)
    /// "zegt", "vroeg": the verbs that report the client's words or question after "u"/"je".
    static let reportingVerb = ListenerWords(rawValue: 1 << 1)
    static let listenerParticle = ListenerWords(rawValue: 1 << 2)
    static let reportingVerbAfter = ListenerWords(rawValue: 1 << 3)
    static let reportingVerbInClause = ListenerWords(rawValue: 1 << 4)
    static let reportingClauseOpener = ListenerWords(rawValue: 1 << 5)
    static let hearingVerb = ListenerWords(rawValue: 1 << 6)
    static let lineNoun = ListenerWords(rawValue: 1 << 7)
    static let ownLineWord = ListenerWords(rawValue: 1 << 8)
    static let hearingQuality = ListenerWords(rawValue: 1 << 9)
    static let asideClauseOpener = ListenerWords(rawValue: 1 << 10)
    static let thirdPartyVerb = ListenerWords(rawValue: 1 << 11)
    static let ownSubject = ListenerWords(rawValue: 1 << 12)

    /// Per token, the lists that hold its folded form.
    static func classes(of tokens: [Token]) -> [ListenerWords] { table.classes(of: tokens) }

    private static let table = WordClassTable<ListenerWords>([
        (.secondPerson, Words.secondPerson),
        (.reportingVerb, Words.reportingVerbs.union(Words.askingVerbs)),
        (.listenerParticle, Words.listenerParticles),
        (.reportingVerbAfter, Words.reportingVerbsAfter),
        (.reportingVerbInClause, Words.reportingVerbsInClause),
        (.reportingClauseOpener, Words.reportingClauseOpeners),
        (.hearingVerb, Words.hearingVerbs),
        (.lineNoun, Words.lineNouns),
        (.ownLineWord, Words.ownLineWords),
        (.hearingQuality, Words.hearingQuality),
        (.asideClauseOpener, Words.asideClauseOpeners),
        (.thirdPartyVerb, Words.thirdPartyVerbs),
        (.ownSubject, Words.ownSubjects),
    ])
}
