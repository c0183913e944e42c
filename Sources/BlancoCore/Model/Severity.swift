/// How much a flag weighs: a `major` flag closes the conversation (a verdict, a
/// why-question), a `minor` one narrows it.
public enum Severity: String, Sendable, Codable, CaseIterable {
    case minor
    case major
}
