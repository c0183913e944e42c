/// Dutch contractions and the full words rules match them as: "'t" is "het", "m'n" is
/// "mijn", "da's" is "dat is" (`Rules/nl/vocabulary/contractions.md` and
/// `after-apostrophe.md`).
public enum Contractions {
    /// The words a folded token stands for; the token itself when it is no contraction.
    static func expand(_ folded: String) -> [String] {
        guard folded.utf8.contains(UInt8(ascii: "'")) else { return [folded] }
        return Words.contractions[folded] ?? [folded]
    }
}
