/// A kind of response that blank listening avoids, exactly as named in the annotation
/// guideline (`shared/guideline.md`). The raw value is the guideline's name and is what
/// JSON output carries.
public enum Category: String, CaseIterable, Sendable, Codable, Hashable {
    case judgment
    case interpretation
    case prematureOpinion = "premature-opinion"
    case advice
    case whyQuestion = "why-question"
    case leadingQuestion = "leading-question"
    /// Speaking from the system world (case, file, jargon, procedure) instead of the
    /// client's life world. Usually said kindly, so its rules weigh light.
    case systemLanguage = "system-language"

    /// The Dutch name a trainee sees.
    public var dutchName: String {
        switch self {
        case .judgment: "oordeel"
        case .interpretation: "interpretatie"
        case .prematureOpinion: "voorbarige meningsvraag"
        case .advice: "advies"
        case .whyQuestion: "waaromvraag"
        case .leadingQuestion: "suggestieve vraag"
        case .systemLanguage: "systeemtaal"
        }
    }

    /// The short Dutch keyword exercise files use for lures and reactions
    /// (`- oordeel: ...`).
    public var exerciseKeyword: String {
        switch self {
        case .judgment: "oordeel"
        case .interpretation: "interpretatie"
        case .prematureOpinion: "mening"
        case .advice: "advies"
        case .whyQuestion: "waarom"
        case .leadingQuestion: "suggestief"
        case .systemLanguage: "systeem"
        }
    }

    /// Looks a category up by its exercise keyword, guideline name or Dutch name.
    public init?(keyword: String) {
        let key = keyword.lowercased()
        guard
            let match = Category.allCases.first(where: {
                $0.exerciseKeyword == key || $0.rawValue == key || $0.dutchName == key
            })
        else { return nil }
        self = match
    }
}
