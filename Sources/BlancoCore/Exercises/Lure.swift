/// Something in the story that tempts a listener to leave blank listening, with a hint.
public struct Lure: Sendable, Hashable, Codable {
    public let category: Category
    public let hint: String

    public init(category: Category, hint: String) {
        self.category = category
        self.hint = hint
    }
}
