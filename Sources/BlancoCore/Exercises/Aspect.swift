/// Which part of the client's film a fact belongs to.
public enum Aspect: String, CaseIterable, Sendable, Codable {
    case wie, wat, waar, wanneer, hoe, beleving
}
