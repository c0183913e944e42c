/// Dutch words of the listening conversation itself: the small sounds and phrases that keep
/// a client talking, the tags that close or check a sentence, and the words a listener uses
/// to report what the client said. Folded; written by hand for this project.
enum ListeningWords {
    /// Words a short encouragement is made of ("Mm-hm, ga door", "Vertel verder").
    static let encouragers: Set<String> = [
        "mm", "mmm", "mm-mm", "mm-hm", "mhm", "hm", "hmm", "hm-hm", "ja", "jaja", "ja-ja", "oke", "ok", "okay",
        "vertel",
        "vertelt", "verder", "maar", "u", "ga", "gaat", "door", "en", "toen", "dan", "ik", "luister", "nou", "zo",
        "ah", "aha", "oh", "o", "juist", "precies", "ga je gang", "gang", "je", "rustig", "gerust", "neem", "de",
        "tijd",
        "uw", "jouw", "nog", "meer", "even", "verder?",
    ]

    /// Words that describe a silence instead of saying something ("(stilte)", "knikt").
    static let silence: Set<String> = ["stilte", "zwijgt", "zwijg", "pauze", "stil", "knikt", "knik", "wacht"]

    /// Verbs that make a sentence an invitation to tell ("Kunt u vertellen ...").
    static let invitationVerbs: Set<String> = ["vertellen", "beschrijven", "uitleggen", "schetsen"]

    /// Tags after a sentence that do not change what it says ("Dat is schandalig, zeg").
    static let closingTags: Set<String> = ["zeg", "hoor", "he", "joh", "natuurlijk", "trouwens", "allemaal"]

    /// Last words that ask the client to agree ("..., toch?", "..., niet waar?").
    static let confirmationTags: Set<String> = ["toch", "he", "waar", "niet"]

    /// "klopt dat?" / "klopt het?" at the end of a sentence also asks to agree.
    static let confirmationVerb = "klopt"
    static let confirmationVerbObjects: Set<String> = ["dat", "het"]

    /// Particles that colour the listener's own sentence ("U vindt het toch ook oneerlijk?"):
    /// never the client's words, even when the client happened to use them.
    static let listenerParticles: Set<String> = ["toch", "zeker", "vast"]

    /// The listener's words for the client, which the client says as "ik", "me", "mijn".
    static let addressWords: Set<String> = ["je", "jij", "u", "jullie", "jou", "jouw", "uw", "zich"]

    /// Verbs that report the client's words after them ("..., zegt u.").
    static let reportingVerbsAfter: Set<String> = ["zegt", "zei", "zeg", "noemt", "noemde", "vertelt", "vertelde"]

    /// Verbs that report the client's words in "zoals u zei", "wat je vertelde".
    static let reportingVerbsInClause: Set<String> = ["zei", "zegt", "vertelde", "vertelt", "noemde", "noemt"]

    /// Words that open such a reporting clause.
    static let reportingClauseOpeners: Set<String> = ["zoals", "wat"]

    /// Verbs that report the client's question ("vroeg u"), besides the reporting verbs of
    /// the rule files' word list.
    static let askingVerbs: Set<String> = ["vroeg", "vraagt", "vroegen"]

    /// An aside about the line rather than a response to the client ("ik hoor u slecht",
    /// "mijn verbinding is slecht"): the listener's hearing verbs, their line, the words
    /// that make it their own, how well they hear, and the words that open a clause after
    /// it (where the aside ends).
    static let hearingVerbs: Set<String> = ["hoor", "hoorde", "versta", "verstond", "verstaan", "horen"]
    static let lineNouns: Set<String> = ["lijn", "verbinding", "microfoon", "bereik", "telefoonlijn", "geluid"]
    static let ownLineWords: Set<String> = ["ik", "mijn", "m'n", "de", "deze", "onze", "me"]
    static let hearingQuality: Set<String> = [
        "slecht", "slechte", "slechter", "goed", "niet", "nauwelijks", "moeilijk", "beroerd", "belabberd", "waardeloos",
        "matig", "zacht", "rot", "vreselijk", "klote", "bagger",
    ]
    static let asideClauseOpeners: Set<String> = ["dat", "wat", "hoe", "of", "waarom", "wie", "aan", "in"]
}
