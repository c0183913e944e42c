/// How far the conversation is. An opinion-question is premature at the `opening` stage
/// and fine once the film is complete (`late`).
public enum Stage: String, CaseIterable, Sendable, Codable {
    case opening
    case late
}
