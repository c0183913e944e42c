/// The client's words for replies that are not part of the film: the sections of the word
/// list `Rules/nl/vocabulary/client-replies.md`, several lines each, so the same line does
/// not come twice in a row and rarely twice in a conversation. `{u}` and `{uw}` follow the
/// exercise's register.
public enum ClientLines {
    /// The situations the file must have a section for; a section named after a category
    /// (`judgment`, …) is optional and adds reactions to that category's flags.
    static let situations = [
        "puzzled", "already-told", "hears-own-words", "answers-briefly", "holds-back", "waits-after-encourager",
        "waits-longer", "waits", "has-nothing-to-add", "agrees", "defends", "recognises",
    ]

    /// The lines of one section of the file, in file order.
    static func section(_ label: String) -> [String] {
        Words.clientReplies.filter { $0.label == label }.map(\.text)
    }

    public static let puzzled = section("puzzled")
    public static let alreadyTold = section("already-told")
    public static let hearsOwnWords = section("hears-own-words")
    public static let answersBriefly = section("answers-briefly")
    public static let holdsBack = section("holds-back")
    /// After one encourager the client goes on a little; after more, they wait.
    public static let waitsAfterEncourager = section("waits-after-encourager")
    public static let waitsLonger = section("waits-longer")
    public static let waits = section("waits")
    public static let hasNothingToAdd = section("has-nothing-to-add")
    /// A judgment of someone the client is angry with: agreement, and the film stalls.
    public static let agrees = section("agrees")
    /// A judgment of the client: defensiveness.
    public static let defends = section("defends")
    /// An interpretation that only names the client's own earlier words: recognised.
    public static let recognises = section("recognises")
    /// More reactions per category, after the exercise's own and the built-in one. A
    /// category without a section keeps its own and the built-in one.
    public static let moreReactions: [Category: [String]] = Dictionary(
        uniqueKeysWithValues: Category.allCases.map { ($0, section($0.rawValue)) }.filter { !$0.1.isEmpty })

    /// A line with `{u}`, `{U}` and `{uw}` filled in for the register.
    public static func fill(_ line: String, register: Register) -> String {
        // Most lines have no placeholder; looking for "{" is much cheaper than replacing.
        guard line.utf8.contains(UInt8(ascii: "{")) else { return line }
        let placeholders = [
            ("{uw}", register == .u ? "uw" : "je"), ("{u}", register == .u ? "u" : "je"),
            ("{U}", register == .u ? "U" : "Je"),
        ]
        // One pass from brace to brace: replacing each placeholder in turn costs far more.
        var filled = ""
        var rest = line[...]
        while let brace = rest.firstIndex(of: "{") {
            filled += rest[..<brace]
            rest = rest[brace...]
            if let (placeholder, word) = placeholders.first(where: { rest.starts(with: $0.0) }) {
                filled += word
                rest = rest.dropFirst(placeholder.count)
            } else {
                filled.append("{")
                rest = rest.dropFirst()
            }
        }
        return filled + rest
    }

    /// A built-in line written with "u" in the je-register: every standalone "u" becomes
    /// "je" and "uw" becomes "je".
    public static func adapt(_ line: String, to register: Register) -> String {
        guard register == .je else { return line }
        var result = ""
        var word = ""
        func flush() {
            switch word {
            case "u", "uw": result += "je"
            case "U", "Uw": result += "Je"
            default: result += word
            }
            word = ""
        }
        for character in line {
            if character.isLetter {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// The first candidate not yet said in this conversation; when all were said, the one
    /// said longest ago, never the line said last.
    public static func choose(_ candidates: [String], said: [String]) -> String {
        guard let first = candidates.first else { return "" }
        if let fresh = candidates.first(where: { !said.contains($0) }) { return fresh }
        let lastUse = { (line: String) in said.lastIndex(of: line) ?? -1 }
        return candidates.min { lastUse($0) < lastUse($1) } ?? first
    }
}
