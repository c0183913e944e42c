/// Spoken, chat and Flemish spellings and the standard words the rules match them as
/// (`Rules/nl/vocabulary/spoken-forms.md`): "k" is "ik", "ge" is "je". The tokenizer reads
/// a token in its standard form but keeps the original's place in the text, so a flag
/// still points at what the trainee typed.
public enum SpokenForms {
    private static let table: ASCIIWordTable = {
        var table = ASCIIWordTable()
        for (index, key) in keys.enumerated() { table.insert(key, value: Int32(index)) }
        return table
    }()
    /// The forms, all ASCII (a test checks it): the table and the tokenizer read bytes.
    private static let keys = Array(Words.spokenForms.keys)
    private static let values = keys.map { Words.spokenForms[$0]! }

    /// The longest form in the table, in bytes: longer words are never looked up.
    static let longestForm = keys.map(\.utf8.count).max() ?? 0

    /// The standard words for a folded word's bytes, or nil when it is written the standard way.
    static func standardWords(for folded: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard folded.count <= longestForm, case .found(let index) = table.lookup(folded) else { return nil }
        return values[Int(index)]
    }
}
