/// Dutch contractions and the full words rules match them as: "'t" is "het", "m'n" is
/// "mijn", "da's" is "dat is".
public enum Contractions {
    /// Contractions written with a leading apostrophe, as a folded word without it.
    static let leading: [String: [String]] = [
        "t": ["het"], "n": ["een"], "s": ["s"], "k": ["ik"], "m": ["hem"],
    ]

    /// Contractions with the apostrophe inside the word, folded.
    static let inner: [String: [String]] = [
        "m'n": ["mijn"], "z'n": ["zijn"], "d'r": ["haar"], "da's": ["dat", "is"],
        "'t": ["het"], "'s": ["s"], "'n": ["een"], "zo'n": ["zo'n"], "'k": ["ik"],
    ]

    /// The words a folded token stands for; the token itself when it is no contraction.
    static func expand(_ folded: String) -> [String] {
        guard folded.utf8.contains(UInt8(ascii: "'")) else { return [folded] }
        return inner[folded] ?? [folded]
    }
}
