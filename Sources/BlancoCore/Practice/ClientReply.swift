/// What the simulated client does with one response, and why. The CLI shows `text`; the
/// debrief and the tests look at the kind.
public enum ClientReply: Sendable, Hashable {
    /// A good move: the client tells one more piece of the film.
    case reveals(Fact)
    /// A flagged response: the client reacts to the category and tells nothing new.
    case reacts(to: Category)
    /// An opinion-question once the film is complete: the client gives their opinion.
    case givesOpinion
    /// A good move when the whole film is already told.
    case hasNothingToAdd
    /// A response the client cannot do much with (no question, no flag).
    case waits

    /// The revealed fact, if any.
    public var revealedFact: Fact? {
        if case .reveals(let fact) = self { return fact }
        return nil
    }
}
