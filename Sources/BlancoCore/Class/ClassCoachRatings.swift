/// The coach's skill ratings for a replayed hand-in: the export's own formula
/// (`CoachRatings`), applied to the replayed turns rather than to what the file says.
enum ClassCoachRatings {
    static func rate(_ turns: [PracticeTurn], keyFactsFound: Int, keyFactsTotal: Int) -> [String: Int] {
        let portfolioTurns = turns.map { turn in
            PortfolioTurn(
                number: turn.number, time: "", response: turn.response, points: turn.points,
                categories: turn.analysis.categories.map(\.rawValue), flags: turn.analysis.flags.map(JournalFlag.init),
                moves: turn.analysis.signals.map(\.kind.rawValue).uniqued(), filmComplete: turn.filmComplete)
        }
        let ratings = CoachRatings.rate(portfolioTurns, keyFactsFound: keyFactsFound, keyFactsTotal: keyFactsTotal)
        return Dictionary(
            uniqueKeysWithValues: Skill.allCases.compactMap { skill in ratings[skill].map { (skill.rawValue, $0) } })
    }

    /// Skill ids in the skills' own order; ids this version does not know go last.
    static func skillOrder(_ ids: [String]) -> [String] {
        let known = Skill.allCases.map(\.rawValue)
        return known.filter(ids.contains) + ids.filter { !known.contains($0) }.sorted()
    }

    /// The Dutch name of a skill id, or the id itself.
    static func dutchName(_ id: String) -> String {
        Skill(rawValue: id)?.dutchName ?? id
    }
}
