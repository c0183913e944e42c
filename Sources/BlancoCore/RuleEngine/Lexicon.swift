/// A curated list of folded Dutch words with where it came from. Lookups also accept the
/// common d/t slip at the end of a word ("vervelent" for "vervelend").
public struct Lexicon: Sendable {
    public let name: String
    /// Where the words come from and how they were chosen.
    public let provenance: String
    public let words: Set<String>
    /// The words plus their d/t spelling slips.
    public let matchForms: Set<String>
    /// `matchForms` with a fast lookup for ASCII words.
    private let lookup: WordLookup

    public init(name: String, provenance: String, words: Set<String>) {
        self.name = name
        self.provenance = provenance
        self.words = words
        var forms = words
        for word in words where word.hasSuffix("d") && word.count > 4 {
            forms.insert(String(word.dropLast()) + "t")
        }
        matchForms = forms
        lookup = WordLookup(forms)
    }

    public func contains(_ folded: String) -> Bool { lookup.contains(folded) }
}
