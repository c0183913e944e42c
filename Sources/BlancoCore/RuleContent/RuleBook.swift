/// The rules the analyzer applies, grouped by category, and the checks for good moves.
/// `standard` is the rule book Blanco ships; tests run every example in it.
public struct RuleBook: Sendable {
    public let rules: [Rule]

    public init(rules: [Rule]) {
        self.rules = rules
    }

    /// Every rule, in guideline order of their categories.
    public static let standard = RuleBook(
        rules: judgmentRules + everydayVerdictRules + interpretationRules + assumptionRules + opinionRules + adviceRules + whyQuestionRules
            + leadingQuestionRules)

    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }
}

/// Word sets several rules share.
enum Words {
    static let intensifiers: Set<String> = [
        "heel", "echt", "erg", "ontzettend", "enorm", "super", "best", "wel", "zo", "vreselijk", "verschrikkelijk",
        "behoorlijk", "flink", "bijzonder", "ook", "toch", "gewoon", "natuurlijk", "eigenlijk", "wel", "nogal", "zeer",
        "vet", "mega", "hartstikke", "bijna", "totaal", "volkomen", "compleet", "ronduit",
    ]
    /// Feelings a listener may presuppose in a question ("wat maakt u zo boos?"): only words
    /// that name a feeling in every sense, unlike "bezorgd" (also: delivered) or "afgewezen".
    static let namedFeelings: Set<String> = [
        "boos", "bang", "kwaad", "verdrietig", "ongerust", "woedend", "teleurgesteld", "gefrustreerd", "angstig",
        "eenzaam", "machteloos", "wanhopig", "onzeker", "somber", "gespannen", "nerveus", "jaloers", "beschaamd",
        "overstuur", "razend", "furieus", "bedroefd", "zenuwachtig", "gestrest", "radeloos", "gekwetst", "gekrenkt",
        "geirriteerd", "geergerd", "ontdaan", "wantrouwig", "achterdochtig", "verbitterd", "moedeloos",
        "ongelukkig", "treurig", "panisch", "doodsbang", "aangeslagen", "opgelucht", "boze", "bange",
    ]

    /// Where a client could take the matter, said as advice: "daar kunt u terecht", "laten toetsen".
    static let placeOfHelpVerbs: Set<String> = [
        "laten", "toetsen", "terecht", "aankaarten", "aanvechten", "voorleggen", "nakijken", "aankloppen", "aanmelden", "navragen", "klagen",
    ]

    static let takeOverVerbs: Set<String> = [
        "bel", "bellen", "stuur", "sturen", "regel", "regelen", "zet", "zetten", "opvragen", "invullen", "opstellen",
        "aanvragen", "terugzetten", "oplossen", "los", "dien", "indienen", "schakel", "inschakelen", "meld", "melden",
        "mail", "mailen", "doorgeven", "doorsturen", "uitzoeken", "aanpassen", "terugdraaien", "opnemen",
        "langs", "afspreken", "maak", "maken", "doe", "doen", "vraag", "vragen", "plannen", "plan", "boek", "boeken",
        "check", "checken", "navragen", "rechtzetten", "corrigeren", "herstellen", "verlagen", "verhogen", "repareren",
        "geregeld", "opgelost", "terugbellen", "bel", "contact", "inplannen", "ingepland", "langskomen", "terugstorten",
        "terugbetalen", "vergoeden", "crediteren", "doorverbinden", "doorzetten", "afhandelen", "oppakken", "aanmelden",
        "inschrijven", "opsturen", "versturen", "ophalen", "wijzigen",
    ]
    /// Adjectives that recommend a course of action: "het is slim om", "het lijkt me handig als".
    static let adviceAdjectives: Set<String> = [
        "verstandig", "slim", "handig", "beter", "raadzaam", "goed", "belangrijk", "nuttig", "idee", "optie",
        "kwaad", "wijs", "zinvol", "praktisch", "aanrader", "tip",
    ]
    static let adviceParticiples: Set<String> = [
        "geprobeerd", "gedacht", "nagedacht", "overwogen", "gevraagd", "gepraat", "gesproken", "gebeld", "gemaild",
        "gemaakt", "gemeld", "aangevraagd", "ingediend", "opgenomen", "aangegeven", "ingeschakeld", "geinformeerd",
        "bezocht", "aangemeld", "geschreven", "opgezocht", "aangekaart", "voorgelegd", "doorgegeven", "aangetekend",
        "gecontacteerd", "benaderd", "overlegd", "besproken", "ingeschreven", "opgestuurd", "gestuurd",
        "gekeken", "aangesproken", "gecontroleerd", "nagevraagd", "nagekeken", "uitgezocht", "gereset", "herstart",
        "opgezegd", "aangeklaagd", "aangesloten", "gezocht",
    ]
    static let imperativeVerbs: Set<String> = [
        "teken", "bel", "stuur", "schrijf", "vraag", "dien", "zoek", "probeer", "meld", "maak", "hou", "houd",
        "zorg", "schakel", "regel", "check", "bewaar", "leg", "let", "mail", "neem", "ga", "praat", "kijk",
        "stap", "eis", "weiger", "vul", "onderteken", "verstuur", "raadpleeg", "wacht", "accepteer", "betaal",
        "zet", "breng", "geef", "stop", "laat", "koop", "lees", "volg", "start", "begin", "verhuis", "huur", "bespreek",
        "denk", "overweeg", "informeer", "vraag", "reset", "herstart", "installeer", "noteer", "documenteer",
        "fotografeer", "verzamel", "negeer", "blokkeer", "controleer", "contacteer", "blijf", "onthoud", "kies",
        "gebruik", "ventileer", "lucht", "plaats", "hang", "ruim", "gooi", "koop", "sluit", "schakel", "zeg", "vraag",
    ]
    /// Words that pass a verdict as the first word of a sentence, before "dat", "hoor" or
    /// "voor je": "Balen voor je", "Terecht dat u komt", "Raar dat niemand belde".
    static let verdictOpeners: Set<String> = Lexicon.exclamative.matchForms.union([
        "terecht", "kras", "raar", "vreemd", "stom", "lullig", "wrang", "verstandig", "slim", "pech", "schande", "typisch",
    ])
    /// Adjectives that judge a person when the listener puts them before one: "aardige
    /// meiden", "een brave jongen", "een onmogelijke buurman" (inflected forms only, so
    /// "een goed gesprek" stays out).
    static let personVerdictAdjectives: Set<String> = [
        "aardige", "lieve", "goede", "fijne", "leuke", "vriendelijke", "behulpzame", "zorgzame", "brave", "nette",
        "keurige", "sympathieke", "geweldige", "fantastische", "toffe", "rare", "lastige",
        "moeilijke", "onmogelijke", "nare", "gemene", "luie", "slechte", "domme", "stomme", "onbeschofte", "onaardige",
        "onvriendelijke", "botte", "enge", "vreemde", "gestoorde", "kwaadaardige", "egoistische", "hardwerkende",
        "betrouwbare", "onbetrouwbare", "eerlijke", "oneerlijke", "zielige", "arme", "sterke", "dappere",
    ]
    /// People and institutions a verdict can fall on.
    static let personNouns: Set<String> = [
        "mensen", "mens", "meiden", "meid", "meisje", "meisjes", "jongen", "jongens", "jongeman", "man", "vrouw",
        "mannen", "vrouwen", "mevrouw", "meneer", "heer", "dame", "buurman", "buurvrouw", "buren", "kind", "kinderen",
        "knul", "vent", "kerel", "type", "types", "figuur", "collega", "collegas", "leraar", "lerares", "docent",
        "docenten", "mentor", "school", "moeder", "vader", "ouders", "ouder", "dochter", "zoon",
        "verhuurder", "huisbaas", "baas", "werkgever", "chef", "leidinggevende", "verpleegkundige", "verpleegkundigen",
        "verzorgende", "verzorgenden", "zusters", "zuster", "medewerker", "medewerkers", "instantie", "corporatie",
        "bedrijf", "firma", "winkel", "webshop", "gemeente", "huurder", "klant", "leerling", "student", "mantelzorger",
        "opa", "oma", "broer", "zus", "partner", "familie", "club", "organisatie", "dokter", "arts", "huisarts",
    ]
    static let reportingVerbs: Set<String> = [
        "zegt", "zei", "vertelt", "vertelde", "noemt", "noemde", "vindt", "vond", "schrijft", "schreef",
        "bedoelt", "ervaart", "ervoer", "geeft", "gaf", "beschrijft", "beschreef",
    ]
}
