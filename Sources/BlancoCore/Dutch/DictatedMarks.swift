/// A question mark as a dictation app writes it out ("denkt u ook niet vraagteken"),
/// from `Rules/nl/vocabulary/dictated-question-marks.md`: the tokenizer reads such a word
/// as "?", unless a word of `dictated-mark-blockers` ("een", "het", "zo'n") right before
/// it makes it the noun ("een groot vraagteken").
enum DictatedMarks {
    private static let marks = Words.dictatedQuestionMarks.map { Array($0.utf8) }
    private static let blockers = WordLookup(Words.dictatedMarkBlockers)
    private static let shortest = marks.map(\.count).min() ?? 0
    private static let longest = marks.map(\.count).max() ?? -1

    /// Whether the folded word is one of the dictated marks (most words fail on their length).
    @inline(__always)
    static func isMark(_ folded: [UInt8]) -> Bool {
        folded.count >= shortest && folded.count <= longest && marks.contains(folded)
    }

    /// Whether a mark right after `previous` ends a clause: a word comes before it, and not
    /// one that makes it a noun ("een vraagteken").
    static func endsClause(after previous: Token?) -> Bool {
        guard let previous, previous.kind == .word else { return false }
        return !blockers.contains(previous.folded)
    }
}
