/// The coach's 1–5 on each skill, computed from the analysis of an attempt's turns, so the
/// trainee's self-assessment has something to stand beside. Like the grade, every step
/// can be checked by hand (integer division rounds down, so a 5 means no slip at all):
///
/// - **oordeel uitstellen** = 1 + ⌊4 × clean ÷ turns⌋, where *clean* is the turns without
///   a judgment, interpretation or advice flag.
/// - **doorvragen naar de film** = 1 + ⌊4 × (asking share + key-fact share) ÷ 2⌋. The
///   asking share is, of the turns taken while the film was still incomplete, those with
///   an open question, a summary, a meaning-check or an experience question and no
///   why-question or leading question; the key-fact share is key facts heard ÷ key facts.
/// - **de mening op het goede moment** = 5 when the opinion was asked once the film was
///   complete, else 3; minus 1 for every premature opinion-question; at least 1.
///
/// An attempt without turns gets no coach rating; turns saved before the journal kept
/// the good moves (`moves`) get only the first rating.
public enum CoachRatings {
    static let judgmentCategories: Set<String> = [
        Category.judgment.rawValue, Category.interpretation.rawValue, Category.advice.rawValue,
    ]
    static let badQuestionCategories: Set<String> = [Category.whyQuestion.rawValue, Category.leadingQuestion.rawValue]
    static let filmMoves: Set<String> = [
        Signal.Kind.openQuestion.rawValue, Signal.Kind.summary.rawValue, Signal.Kind.meaningCheck.rawValue,
        Signal.Kind.experienceQuestion.rawValue,
    ]

    public static func rate(_ turns: [PortfolioTurn], keyFactsFound: Int?, keyFactsTotal: Int?) -> SkillRatings {
        var ratings = SkillRatings()
        guard !turns.isEmpty else { return ratings }
        let clean = turns.filter { judgmentCategories.isDisjoint(with: $0.categories) }.count
        ratings[.deferJudgment] = 1 + 4 * clean / turns.count

        guard turns.allSatisfy({ $0.moves != nil }) else { return ratings }
        var counted = 0
        var asking = 0
        var filmComplete = false
        for turn in turns {
            if !filmComplete {
                counted += 1
                let moves = Set(turn.moves ?? [])
                if !filmMoves.isDisjoint(with: moves), badQuestionCategories.isDisjoint(with: turn.categories) {
                    asking += 1
                }
            }
            filmComplete = filmComplete || turn.filmComplete == true
        }
        let total = max(0, keyFactsTotal ?? 0)
        let found = min(total, max(0, keyFactsFound ?? 0))
        // Shares as fractions asking/counted and found/total, with an empty one counting as whole.
        let (askNumerator, askDenominator) = counted == 0 ? (1, 1) : (asking, counted)
        let (keyNumerator, keyDenominator) = total == 0 ? (1, 1) : (found, total)
        let sum = askNumerator * keyDenominator + keyNumerator * askDenominator
        ratings[.askForFilm] = 1 + 4 * sum / (2 * askDenominator * keyDenominator)

        let asked = turns.contains { ($0.moves ?? []).contains(Signal.Kind.opinionQuestion.rawValue) }
        let premature = turns.reduce(0) { count, turn in
            count + turn.flags.filter { $0.category == Category.prematureOpinion.rawValue }.count
                + (turn.flags.isEmpty && turn.categories.contains(Category.prematureOpinion.rawValue) ? 1 : 0)
        }
        ratings[.opinionTiming] = max(1, (asked ? 5 : 3) - premature)
        return ratings
    }
}
