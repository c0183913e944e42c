/// The words that tell how a client is addressed, `u` or `je`, and the verbs beside a
/// pronoun that make the client the one who acts or is ("u had", "je bent"). Folded;
/// written by hand for this project.
enum AddressForms {
    /// Words of the polite register.
    static let uWords: Set<String> = ["u", "uw", "uzelf"]
    /// Words of the familiar register.
    static let jeWords: Set<String> = ["je", "jij", "jou", "jouw", "jezelf", "jullie"]
    /// Pronouns that can make the client the subject.
    static let subjects: Set<String> = ["u", "je", "jij"]
    /// Verbs that, right before or after such a pronoun, make the client the one who acts.
    static let actorVerbs: Set<String> = [
        "bent", "ben", "had", "hebt", "heb", "heeft", "was", "deed", "doet", "moet", "moest", "zou", "kon", "kunt",
        "kan", "gaat", "ging", "liet", "laat", "maakt", "maakte", "zag", "wist", "weet",
    ]
}
