/// How much of the client's film is known: all facts for the `film 3/6` line, and the key
/// facts that decide whether the film is complete.
public struct FilmProgress: Sendable, Hashable {
    public let revealed: Int
    public let total: Int
    public let keyRevealed: Int
    public let keyTotal: Int

    public init(revealed: Int, total: Int, keyRevealed: Int, keyTotal: Int) {
        self.revealed = revealed
        self.total = total
        self.keyRevealed = keyRevealed
        self.keyTotal = keyTotal
    }

    /// Every key fact is known: an opinion-question is no longer premature.
    public var isComplete: Bool { keyRevealed >= keyTotal }

    /// `film 3/6 · kern 2/4`, the line shown after every turn.
    public var summary: String {
        "film \(revealed)/\(total) · kern \(keyRevealed)/\(keyTotal)"
    }
}
