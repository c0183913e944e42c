/// The vocabulary of the exercise file format (see `Exercises/README.md`): metadata keys,
/// section names and limits, in one place for the parser and its messages.
enum ExerciseFormat {
    /// Required metadata keys.
    static let metadataKeys = ["id", "titel", "domein", "niveau", "client", "over"]
    /// Optional metadata keys: `profiel` names the profile the exercise is meant for.
    static let optionalMetadataKeys = ["profiel"]
    static var allMetadataKeys: [String] { metadataKeys + optionalMetadataKeys }

    /// Other spellings a lecturer may write for a metadata key: `cliënt` for `client`.
    static func canonicalKey(_ key: String) -> String {
        switch key {
        case "cliënt", "cliént", "clïent": "client"
        default: key
        }
    }

    enum Section: String, CaseIterable {
        case opening = "opening"
        case film = "film"
        case lures = "valkuilen"
        case reactions = "reacties"
        case opinion = "mening"
        case modelResponses = "voorbeeldreacties"
        case debrief = "nabespreking"
        case reflection = "reflectievragen"

        /// The heading as written in the template.
        var heading: String { "## " + rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

        static let required: [Section] = [.opening, .film, .opinion, .modelResponses, .debrief, .reflection]
    }

    static let factCount = 4...8
    static let modelResponseCount = 2...3
    static let reflectionQuestionCount = 1...3
}
