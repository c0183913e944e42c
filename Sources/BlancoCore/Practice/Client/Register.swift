/// How the client is addressed: `u` or `je`. An exercise's register comes from how its own
/// example responses and reactions speak; a response's from its second-person words.
public enum Register: String, Sendable, Hashable, Codable {
    case u
    case je

    /// The register of a text, if it addresses anyone: the more frequent form wins.
    public static func of(_ text: String) -> Register? {
        let words = TopicWords.fold(text)
        let u = words.filter(Words.politeAddress.contains).count
        let je = words.filter(Words.familiarAddress.contains).count
        if u == 0, je == 0 { return nil }
        return u >= je ? .u : .je
    }

    /// The register the exercise's author uses with this client in the example responses;
    /// `u` when they do not say.
    public static func of(_ exercise: Exercise) -> Register {
        of(exercise.modelResponses.joined(separator: " ")) ?? .u
    }

    /// Whether the text speaks about the client as the one who acts or is: "u had",
    /// "je bent", "had je" — not "voor u" or "bij je".
    public static func speaksAboutTheClient(_ text: String) -> Bool {
        let words = TopicWords.fold(text)
        return words.indices.contains { index in
            guard Words.addressSubjects.contains(words[index]) else { return false }
            let before = index > 0 ? words[index - 1] : ""
            let after = index + 1 < words.count ? words[index + 1] : ""
            return Words.actorVerbs.contains(before) || Words.actorVerbs.contains(after)
        }
    }

    /// The Dutch pronoun as the trainee would type it.
    public var word: String { rawValue }
}
