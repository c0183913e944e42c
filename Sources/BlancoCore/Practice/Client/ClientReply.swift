/// What the simulated client does with one response, and why. The CLI shows the turn's
/// text; the debrief, the grade and the tests look at the kind.
public enum ClientReply: Sendable, Hashable {
    /// A good move: the client tells one more piece of the film.
    case reveals(Fact)
    /// A flagged response: the client reacts to the category and tells nothing new.
    case reacts(to: Category)
    /// A judgment of someone the client is angry with: the client agrees, and the film
    /// stalls in that verdict instead of going on.
    case agrees
    /// An opinion-question once the film is complete: the client gives their opinion.
    case givesOpinion
    /// A good move when the whole film is already told.
    case hasNothingToAdd
    /// A response the client cannot do much with: an encourager too many, a statement.
    case waits
    /// A question about something outside the story: the client does not follow.
    case puzzled
    /// The same question again: the client already answered it.
    case alreadyTold
    /// The client's own words read back: they hear nothing new and confirm.
    case hearsOwnWords
    /// A closed question: a short yes or no, nothing new.
    case answersBriefly
    /// After a judgment a guarded client keeps the story to themselves for a turn or two.
    case holdsBack

    /// The revealed fact, if any.
    public var revealedFact: Fact? {
        if case .reveals(let fact) = self { return fact }
        return nil
    }
}
