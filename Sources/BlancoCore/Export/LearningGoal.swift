#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A learning goal for next time ("minder waaromvragen"), the category it names if any, and
/// whether the attempts after it show progress.
public struct LearningGoal: Sendable, Hashable, Codable {
    /// Whether the turns after the goal show progress on its category.
    public enum Status: String, Sendable, Hashable, Codable {
        /// The category came up less often per turn than in the attempt the goal was set in.
        case met
        /// It came up as often or more.
        case notMet = "not-met"
        /// No attempt after the goal yet.
        case notYetPractised = "not-yet-practised"
        /// The goal names no category the coach can count; the trainee judges it.
        case noCategory = "no-category"

        public var dutchName: String {
            switch self {
            case .met: "gehaald"
            case .notMet: "nog niet gehaald"
            case .notYetPractised: "nog niet geoefend"
            case .noCategory: "beoordeel je zelf"
            }
        }
    }

    public let text: String
    /// The attempt at whose end it was set, and when.
    public let attempt: String
    public let set: String
    /// The guideline name of the category it names, if any.
    public let category: String?
    public let status: Status
    /// Flags of that category per turn: in the attempt it was set in, and in the attempts since.
    public let before: Rate?
    public let after: Rate?

    /// A count of flags over a number of turns.
    public struct Rate: Sendable, Hashable, Codable {
        public let flags: Int
        public let turns: Int

        public init(flags: Int, turns: Int) {
            self.flags = flags
            self.turns = turns
        }
    }

    /// The stems of `Rules/nl/vocabulary/goal-words.md` in file order, as text to find in
    /// the goal with a space on either side: "tip" must end a word ("tip "), "advie-" need not.
    static let goalStems: [(category: Category, stem: String)] = Words.goalWords.map { phrase in
        let text = phrase.words.joined(separator: " ")
        let stem = text.hasSuffix("-") ? String(text.dropLast()) : text + " "
        return (category: Category(rawValue: phrase.label)!, stem: stem)
    }

    /// The category a goal's words name, if any: the first whose stem occurs.
    public static func category(in text: String) -> Category? {
        let folded = " " + TextFolding.fold(text).replacing("-", with: "") + " "
        return goalStems.first { folded.contains($0.stem) }?.category
    }

    /// Flags of `category` in the turns, and the turns.
    public static func rate(of category: String, in attempts: [PortfolioAttempt]) -> Rate {
        var flags = 0
        var turns = 0
        for attempt in attempts {
            turns += attempt.turns.count
            for turn in attempt.turns {
                let count = turn.flags.filter { $0.category == category }.count
                flags += count > 0 ? count : (turn.categories.contains(category) ? 1 : 0)
            }
        }
        return Rate(flags: flags, turns: turns)
    }

    /// The goal judged on the attempts after it: met when the category's flags per turn fell
    /// (or stayed at none).
    public init(text: String, attempt: String, set: String, origin: PortfolioAttempt?, later: [PortfolioAttempt]) {
        self.text = text
        self.attempt = attempt
        self.set = set
        let category = Self.category(in: text)
        self.category = category?.rawValue
        guard let category else {
            (before, after, status) = (nil, nil, .noCategory)
            return
        }
        let before = origin.map { Self.rate(of: category.rawValue, in: [$0]) }
        self.before = before
        let practised = later.filter { !$0.turns.isEmpty }
        guard !practised.isEmpty else {
            (after, status) = (nil, .notYetPractised)
            return
        }
        let after = Self.rate(of: category.rawValue, in: practised)
        self.after = after
        if after.flags == 0 {
            status = .met
        } else if let before, before.turns > 0 {
            // after.flags / after.turns < before.flags / before.turns, without division.
            status = after.flags * before.turns < before.flags * after.turns ? .met : .notMet
        } else {
            status = .notMet
        }
    }
}
