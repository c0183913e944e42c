/// How far the conversation is. An opinion-question is premature at the `opening` stage
/// and fine once the film is complete (`late`).
public enum Stage: String, CaseIterable, Sendable, Codable {
    case opening
    case late

    /// The stage named in English or Dutch, as `--stage` and the jsonl `"stage"` field
    /// accept it: `opening` or `begin`, `late` or `laat`.
    public init?(keyword: String) {
        switch keyword {
        case "opening", "begin": self = .opening
        case "late", "laat": self = .late
        default: return nil
        }
    }

    /// The words `init(keyword:)` accepts, for messages and completions.
    public static let keywords = ["opening", "begin", "late", "laat"]
}
