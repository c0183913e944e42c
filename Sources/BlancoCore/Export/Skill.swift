#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The three listening skills a trainee rates themselves on at `/klaar`, and the coach
/// rates from the analysis, so the two stand side by side in the debrief and every export.
public enum Skill: String, CaseIterable, Sendable, Codable, Hashable {
    /// Keeping judgments, interpretations and advice on the nightstand.
    case deferJudgment = "defer-judgment"
    /// Open questions, summaries and checking meaning until the film is known.
    case askForFilm = "ask-for-the-film"
    /// Asking the client's opinion only once the film is complete.
    case opinionTiming = "opinion-timing"

    /// The Dutch name a trainee sees.
    public var dutchName: String {
        switch self {
        case .deferJudgment: "oordeel uitstellen"
        case .askForFilm: "doorvragen naar de film"
        case .opinionTiming: "de mening op het goede moment"
        }
    }

    /// One Dutch line saying what the skill is, for the rating question.
    public var dutchExplanation: String {
        switch self {
        case .deferJudgment: "je oordeel, uitleg en advies op het nachtkastje houden"
        case .askForFilm: "open vragen, samenvatten en checken wat de cliënt bedoelt"
        case .opinionTiming: "pas naar de mening vragen als de film compleet is"
        }
    }
}

/// A rating of 1–5 per skill; a skill left out was skipped (by the trainee) or cannot be
/// judged (by the coach). Encoded with the skills' ids as keys.
public struct SkillRatings: Sendable, Hashable, Codable {
    public private(set) var values: [Skill: Int]

    public static let range = 1...5

    public init(_ values: [Skill: Int] = [:]) {
        self.values = values.filter { Self.range.contains($0.value) }
    }

    public subscript(skill: Skill) -> Int? {
        get { values[skill] }
        set { values[skill] = newValue.flatMap { Self.range.contains($0) ? $0 : nil } }
    }

    /// No skill rated.
    public var isEmpty: Bool { values.isEmpty }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: SkillKey.self)
        var values: [Skill: Int] = [:]
        for skill in Skill.allCases {
            if let value = try container.decodeIfPresent(Int.self, forKey: SkillKey(skill)) { values[skill] = value }
        }
        self.init(values)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: SkillKey.self)
        for skill in Skill.allCases {
            if let value = values[skill] { try container.encode(value, forKey: SkillKey(skill)) }
        }
    }

    private struct SkillKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ skill: Skill) { stringValue = skill.rawValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

extension SkillRatings {
    /// One answer to a rating question: nil for Enter (skip), a whole number 1–5, or an
    /// error for anything else. "4,5" or "4.5" is not a whole number.
    public static func parseRating(_ answer: String) -> Result<Int?, RatingError> {
        let trimmed = answer.trimmingWhitespace()
        if trimmed.isEmpty { return .success(nil) }
        guard let value = Int(trimmed), range.contains(value) else { return .failure(RatingError(answer: trimmed)) }
        return .success(value)
    }

    /// `4,3,5` (one per skill, in order; `-` or nothing skips one), as `--zelf` takes it.
    public init(parsingList list: String) throws(RatingError) {
        let items = list.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard items.count == Skill.allCases.count else { throw RatingError(answer: list, expectsList: true) }
        var ratings = SkillRatings()
        for (skill, item) in zip(Skill.allCases, items) where item.trimmingWhitespace() != "-" {
            switch Self.parseRating(item) {
            case .success(let value): ratings[skill] = value
            case .failure: throw RatingError(answer: list, expectsList: true)
            }
        }
        self = ratings
    }

    /// An answer that is not a rating, in Dutch.
    public struct RatingError: Error, Sendable, Hashable, CustomStringConvertible {
        public let answer: String
        public var expectsList = false

        public var description: String {
            expectsList
                ? "'\(answer)' is geen beoordeling; geef drie cijfers van 1 tot 5 met komma's, zoals 4,3,5 (een - slaat er een over)"
                : "'\(answer)' is geen cijfer van 1 tot 5; typ een cijfer, of Enter om over te slaan"
        }
    }
}
