/// One practice conversation: a client, their opening words, the film they can reveal,
/// the lures in the story, and what the trainee learns from it afterwards.
public struct Exercise: Sendable, Hashable, Codable, Identifiable {
    /// Stable kebab-case id, e.g. `paaltjes-voor-de-deur`.
    public let id: String
    public let title: String
    public let domain: String
    /// 1 (calm client, simple film) to 3 (emotional or blaming client).
    public let level: Int
    public let client: Client
    /// What the client says first.
    public let opening: String
    public let film: [Fact]
    public let lures: [Lure]
    /// The client's reaction per category, from the file; see `reaction(to:)` for defaults.
    public let reactions: [Category: String]
    /// What the client says when asked for their opinion once the film is complete.
    public let opinion: String
    public let modelResponses: [String]
    /// The full film in brief, for the debrief.
    public let debrief: String
    public let reflectionQuestions: [String]
    /// Where the exercise came from: a file path, or `bundled:<name>` for the built-in set.
    public let source: String
    /// The line of the `id` field in the source file, for messages about duplicate ids.
    public let idLine: Int
    /// The profile the exercise is meant for (`profiel:`): a built-in name or the id of a
    /// lecturer's profile file. Practice goes by it unless the trainee names another.
    public let profile: String?
    /// The line of the `profiel` field, for messages about an unknown profile.
    public let profileLine: Int?

    public init(
        id: String, title: String, domain: String, level: Int, client: Client, opening: String,
        film: [Fact], lures: [Lure], reactions: [Category: String], opinion: String,
        modelResponses: [String], debrief: String, reflectionQuestions: [String], source: String,
        idLine: Int = 1, profile: String? = nil, profileLine: Int? = nil
    ) {
        self.profile = profile
        self.profileLine = profileLine
        self.id = id
        self.title = title
        self.domain = domain
        self.level = level
        self.client = client
        self.opening = opening
        self.film = film
        self.lures = lures
        self.reactions = reactions
        self.opinion = opinion
        self.modelResponses = modelResponses
        self.debrief = debrief
        self.reflectionQuestions = reflectionQuestions
        self.source = source
        self.idLine = idLine
    }

    /// The key facts, which together make the film complete.
    public var keyFacts: [Fact] { film.filter(\.isKey) }

    /// The client's reaction to a response of the given category: the exercise's own, or
    /// a built-in default.
    public func reaction(to category: Category) -> String {
        reactions[category] ?? DefaultReactions.reaction(to: category)
    }
}
