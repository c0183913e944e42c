/// Spoken, chat and Flemish spellings and the standard words the rules match them as:
/// "k" is "ik", "wss" is "waarschijnlijk", "da's" is "dat is", "ge" is "je", "zijt" is
/// "bent". The tokenizer reads a token in its standard form but keeps the original's
/// place in the text, so a flag still points at what the trainee typed.
///
/// Only forms that cannot be read another way in a listener's sentence are here: "zon"
/// (the sun) is not "zo'n", "dr" ("doctor", "daar", "haar") and "ws" stay as typed.
public enum SpokenForms {
    static let standardWords: [String: [String]] = [
        // Chat abbreviations
        "k": ["ik"], "t": ["het"], "n": ["een"], "zn": ["zijn"], "ie": ["hij"], "wss": ["waarschijnlijk"],
        "mss": ["misschien"], "msch": ["misschien"], "ff": ["even"], "effe": ["even"], "gwn": ["gewoon"],
        "gwoon": ["gewoon"], "egt": ["echt"], "eig": ["eigenlijk"], "eigl": ["eigenlijk"], "idd": ["inderdaad"],
        "wrm": ["waarom"], "nx": ["niks"], "nks": ["niks"], "iem": ["iemand"], "tog": ["toch"],
        "tis": ["het", "is"], "das": ["dat", "is"], "kheb": ["ik", "heb"], "kben": ["ik", "ben"],
        "kweet": ["ik", "weet"], "kvind": ["ik", "vind"], "kdenk": ["ik", "denk"], "ksnap": ["ik", "snap"],
        "kzou": ["ik", "zou"], "kga": ["ik", "ga"],
        // Flemish
        "ge": ["je"], "gij": ["jij"], "zijt": ["bent"], "nie": ["niet"], "ni": ["niet"], "da": ["dat"],
        "ne": ["een"], "nen": ["een"], "efkes": ["even"], "wa": ["wat"],
    ]

    private static let table: ASCIIWordTable = {
        var table = ASCIIWordTable()
        for (index, key) in keys.enumerated() { table.insert(key, value: Int32(index)) }
        return table
    }()
    private static let keys = Array(standardWords.keys)
    private static let values = keys.map { standardWords[$0]! }

    /// The longest form in the table, in bytes: longer words are never looked up.
    static let longestForm = 5

    /// The standard words for a folded word's bytes, or nil when it is written the standard way.
    static func standardWords(for folded: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard folded.count <= longestForm, case .found(let index) = table.lookup(folded) else { return nil }
        return values[Int(index)]
    }
}
