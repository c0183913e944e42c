/// Closed classes of Dutch words (folded) that sentence splitting and question detection
/// rely on. Grammar, not sentiment: written by hand for this project.
public enum DutchFunctionWords {
    /// Words that open a content question.
    public static let questionWords: Set<String> = [
        "wat", "wie", "waar", "wanneer", "hoe", "waarom", "welke", "welk", "hoeveel", "hoelang",
        "waarmee", "waarover", "waardoor", "waarvoor", "waaraan", "waarin", "waarop", "waarheen",
        "waarvan", "wiens",
    ]

    /// Prepositions that may stand before a question word ("bij wie", "sinds wanneer").
    public static let questionPrepositions: Set<String> = [
        "bij", "met", "van", "voor", "sinds", "naar", "over", "aan", "tot", "vanaf", "om", "in", "op", "door",
    ]

    /// Subject pronouns: after a finite verb at the start they make a yes/no question.
    public static let subjectPronouns: Set<String> = [
        "je", "jij", "u", "ze", "zij", "hij", "het", "er", "we", "wij", "jullie", "ik", "men", "jouw", "uw",
    ]

    /// Second-person pronouns: the client being addressed.
    public static let secondPerson: Set<String> = ["je", "jij", "u", "jullie"]

    /// Articles and demonstratives; question detection reads them after a finite verb.
    public static let determiners: Set<String> = ["dat", "de", "die", "dit", "een"]

    /// Finite verbs that often open a yes/no question; other verbs are recognised by the
    /// pronoun after them.
    public static let questionVerbs: Set<String> = [
        "heb", "hebt", "heeft", "hebben", "had", "hadden", "ben", "bent", "is", "was", "waren", "zijn",
        "kun", "kunt", "kan", "kon", "konden", "wil", "wilt", "wilde", "zou", "zouden", "zal", "zult",
        "moet", "moest", "moesten", "mag", "mocht", "weet", "wist", "vind", "vindt", "vond", "voel",
        "voelt", "voelde", "denk", "denkt", "dacht", "ga", "gaat", "ging", "gingen", "woon", "woont",
        "werk", "werkt", "staat", "stond", "stonden", "zit", "zat", "zei", "zeiden", "klopt", "klopte",
        "doe", "doet", "deed", "deden", "kreeg", "krijg", "krijgt", "hoorde", "hoor", "hoort", "speelt",
        "speelde", "komt", "kwam", "kwamen", "lag", "ligt", "begrijp", "snap", "bedoel", "bedoelt",
    ]

    /// Words that do not open a yes/no question even when a pronoun follows ("Dank je").
    public static let notQuestionVerbs: Set<String> = [
        "dank", "bedankt", "sorry", "fijn", "goed", "knap", "jammer", "gelukkig", "misschien", "dus",
        "toen", "nu", "daarom", "dan", "ook", "echt", "vast", "zeker", "waarschijnlijk", "natuurlijk",
    ]

    /// Interjections and discourse markers that may open a sentence without changing what
    /// the sentence does ("Oké, wat gebeurde er toen?").
    public static let sentenceOpeners: Set<String> = [
        "en", "maar", "oke", "ok", "okay", "ja", "nou", "oh", "o", "ach", "oei", "jeetje", "jee", "jemig",
        "tjonge", "tjongejonge", "pff", "pfff", "tja", "hm", "hmm", "mm", "mmm", "goh", "wauw", "wow",
        "au", "ai", "nee", "oeps", "sjonge", "zo", "nouja", "oja", "he", "trouwens", "even", "allee",
    ]

    /// Adjectives and adverbs seen after an exclamatory "wat"/"hoe" ("wat erg!"); the
    /// evaluative lexicon adds the rest at the rule level. Not a closed class, but read
    /// only by question detection.
    public static let exclamationAdjectives: Set<String> = [
        "erg", "naar", "fijn", "mooi", "goed", "leuk", "rot", "vervelend", "heftig", "zwaar", "knap", "lief",
        "jammer", "vreselijk", "verschrikkelijk", "afschuwelijk", "gevaarlijk", "raar", "vreemd", "akelig",
        "triest", "zielig", "sneu", "pijnlijk", "naar", "gek", "stom", "balen", "klote", "kut", "schandalig",
        "belachelijk", "onterecht", "oneerlijk", "moeilijk", "lastig", "spannend", "eng", "ernstig",
        "vervelent", "heel", "echt", "ontzettend", "verdrietig", "frustrerend",
    ]

    /// Abbreviations whose full stop does not end a sentence.
    public static let abbreviations: Set<String> = [
        "bijv", "bv", "dhr", "mevr", "mw", "evt", "ca", "nr", "tel", "enz", "etc", "zgn", "jl", "vs",
        "dr", "mr", "ir", "drs", "ing", "st", "resp", "incl", "excl", "max", "min", "o", "a", "i", "p", "v",
        "m", "b", "d", "z", "e", "n",
    ]
}
