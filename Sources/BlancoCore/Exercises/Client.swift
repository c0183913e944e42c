/// The invented person the trainee listens to.
public struct Client: Sendable, Hashable, Codable {
    public let name: String
    /// One line: who they are and how they reach the professional.
    public let about: String

    public init(name: String, about: String) {
        self.name = name
        self.about = about
    }
}
