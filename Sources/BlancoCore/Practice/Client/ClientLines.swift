/// The client's words for replies that are not part of the film, several per kind so the
/// same line does not come twice in a row and rarely twice in a conversation. `{u}` and
/// `{uw}` follow the exercise's register.
public enum ClientLines {
    public static let puzzled = [
        "Eh... wat bedoelt {u}? Daar ging het toch niet over?",
        "Dat snap ik niet zo goed. Wat heeft dat ermee te maken?",
        "Huh? Ik kwam hier voor iets heel anders.",
    ]
    public static let alreadyTold = [
        "Dat zei ik net al.",
        "Dat heb ik {u} toch net verteld?",
        "Zoals ik al zei... meer weet ik er niet over.",
    ]
    public static let hearsOwnWords = [
        "Ja... dat zei ik, ja.",
        "Eh, ja. Dat zijn mijn woorden.",
        "Klopt, dat vertelde ik net.",
    ]
    public static let answersBriefly = ["Ja.", "Nee, niet echt.", "Hm, ja, zo'n beetje.", "Dat weet ik niet precies."]
    public static let holdsBack = [
        "Ik weet niet of ik daar nu nog over wil praten.",
        "Laat maar even.",
        "Ik heb het gevoel dat {u} toch al een beeld heeft.",
    ]
    /// After one encourager the client goes on a little; after more, they wait.
    public static let waitsAfterEncourager = ["Ja...", "Mm.", "Ja, nou ja, zo is het."]
    public static let waitsLonger = [
        "…", "Wat wil {u} nog weten?", "Ik weet niet wat ik er nog meer over moet zeggen.",
    ]
    public static let waits = ["Eh... wat wil {u} precies weten?", "Oké... en?", "Ja. Wat wil {u} daarmee zeggen?"]
    public static let hasNothingToAdd = [
        "Eigenlijk heb ik alles wel verteld wat er gebeurd is.",
        "Meer is er eigenlijk niet te vertellen.",
        "Dat was het wel, denk ik.",
    ]
    /// A judgment of someone the client is angry with: agreement, and the film stalls.
    public static let agrees = [
        "Precies! Eindelijk iemand die het zegt.",
        "Ja, toch? Zo zie ik het ook.",
        "Dat vind ik nou ook. Het is gewoon niet normaal.",
    ]
    /// A judgment of the client: defensiveness.
    public static let defends = [
        "Hoezo? Ik heb gedaan wat ik kon.",
        "Dat vind ik niet eerlijk. Zo zit het niet.",
        "Nou, makkelijk gezegd.",
    ]
    /// An interpretation that only names the client's own earlier words: recognised.
    public static let recognises = [
        "Ja, dat zei ik, ja. Zo voelde het ook.",
        "Ja... zo zei ik het, ja.",
    ]
    /// More reactions per category, after the exercise's own and the built-in one. A
    /// category without extras keeps its own and the built-in one.
    public static let moreReactions: [Category: [String]] = [
        .judgment: ["Nou ja... zo zou ik het niet zeggen.", "Hm. Ik wilde eigenlijk gewoon vertellen hoe het ging."],
        .interpretation: ["Dat weet ik niet, hoor. Zo voelde het niet.", "Nee, zo zit het niet."],
        .prematureOpinion: [
            "Dat weet ik nog niet. Ik ben nog niet klaar met vertellen.",
            "Eh... laat me eerst even vertellen wat er was.",
        ],
        .advice: ["Daar had ik nog niet om gevraagd.", "Dat weet ik zelf ook wel. Maar zo simpel is het niet."],
        .whyQuestion: [
            "Waarom? Tja... dat heb ik me ook al afgevraagd.", "Moet ik dat uitleggen? Het ging gewoon zo.",
        ],
        .leadingQuestion: ["Ja... ja, dat zal wel.", "Eh, ja, als {u} het zegt."],
    ]

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
