// Evaluative adjectives: words that pass a verdict when the listener applies them.
//
// Provenance: derived from the Pattern Dutch subjectivity lexicon (Tom De Smedt and Walter
// Daelemans, CLiPS, University of Antwerp, version 1.2; `shared/lexicons/nl-sentiment.xml`),
// public domain under the Open Data Commons PDDL. From its entries we kept, by hand, the
// adjectives with a clearly evaluative sense (good/bad, right/wrong, praise/blame) and
// subjectivity of at least 0.7 in that sense. We left out emotion and state words (those
// are in EmotionWords.swift), and words that are mostly objective or ambiguous in a
// listener's mouth ("lang", "groot", "erg" as intensifier, "goed" as in "goed begrepen").
// A few common spoken forms not in the lexicon ("klantonvriendelijk", "rot", "kras") were
// added by hand. A later round added by hand further verdict adjectives students use
// ("wreed", "laf", "achterbaks", "neerbuigend", "betuttelend", "lovenswaardig"), and to the
// exclamative list the praise of kindness ("aardig", "attent", "zorgzaam"): most are in the
// PDDL lexicon, some are not, and their subjectivity scores were not checked. The nouns are
// hand-written throughout; round 5 added by hand the words of a hard blow ("hard", "bitter",
// "rauw", "onverwacht") to the exclamative list and compounds like "rotbrief". Inflected forms ("belachelijke") are generated.

extension Lexicon {
    /// Adjectives that state the listener's own verdict: "onterecht", "slordig", "knap".
    public static let evaluative = Lexicon(
        name: "evaluative",
        provenance: "derived from the Pattern Dutch subjectivity lexicon, PDDL; curated by hand",
        words: DutchInflection.withInflections([
            "onterecht", "slordig", "knap", "belachelijk", "schandalig", "schandelijk", "onacceptabel",
            "onaanvaardbaar", "onverantwoord", "gevaarlijk", "levensgevaarlijk", "vervelend", "afschuwelijk",
            "verschrikkelijk", "vreselijk", "heftig", "jammer", "lief", "oneerlijk", "slecht", "onbegrijpelijk",
            "zielig", "triest", "treurig", "kwalijk", "klantonvriendelijk", "onvriendelijk", "onbeschoft",
            "brutaal", "respectloos", "asociaal", "onprofessioneel", "incompetent", "nalatig", "laks", "dom",
            "stom", "idioot", "absurd", "bizar", "krankzinnig", "waanzinnig", "schokkend", "ongehoord",
            "ontoelaatbaar", "onredelijk", "rot", "klote", "kut", "fantastisch", "geweldig", "dapper", "moedig",
            "akelig", "beroerd", "ellendig", "rampzalig", "onmenselijk", "onzinnig", "overdreven", "ridicuul",
            "achterlijk", "walgelijk", "gemeen", "harteloos", "ongepast", "onfatsoenlijk", "onbehoorlijk",
            "bureaucratisch", "knullig", "amateuristisch", "onhandig", "onzorgvuldig", "onbetrouwbaar",
            "onduidelijk", "chaotisch", "hopeloos", "waardeloos", "prachtig", "bewonderenswaardig",
            "sneu", "erbarmelijk", "schrijnend", "onvoorstelbaar", "zonde", "zuur", "ongezond", "onveilig", "onprettig", "ongepast",
            "frustrerend", "kras", "unfair", "irritant", "ergerlijk", "kinderachtig", "lullig", "wrang",
            "tenenkrommend", "ongelooflijk", "ongelofelijk", "onbeleefd", "ondoordacht", "armzalig", "belabberd", "beschamend", "stuitend", "dramatisch",
            "wreed", "grof", "hardvochtig", "ongevoelig", "laf", "achterbaks", "gierig", "inhalig", "hebberig", "geniepig",
            "gewetenloos", "schaamteloos", "lomp", "onnozel", "zinloos", "nutteloos", "arrogant", "neerbuigend", "betuttelend",
            "denigrerend", "kleinerend", "bemoeizuchtig", "kleinzielig", "onsympathiek", "onaardig", "buitensporig", "exorbitant",
            "onwerkbaar", "onhoudbaar", "schofterig", "beledigend", "discriminerend", "crimineel", "ongemanierd", "onattent",
            "ondeskundig", "onbekwaam", "klungelig", "stuntelig", "ongeorganiseerd", "lovenswaardig", "prijzenswaardig",
            "voorbeeldig", "heldhaftig", "nonchalant", "ongeinteresseerd", "hautain", "overgevoelig", "lichtgeraakt",
            "zeurderig", "klagerig", "hysterisch", "overbezorgd", "bazig", "overdreven", "disproportioneel", "meedogenloos",
            "genadeloos", "onbarmhartig", "hebzuchtig",
        ]).union(["arme"]).union(derivedEvaluative.words))

    /// Words that pass a verdict only in an exclamation ("wat erg!", "wat naar", "wat
    /// fijn"): elsewhere they are intensifiers or plain descriptions.
    public static let exclamative = Lexicon(
        name: "exclamative",
        provenance: "derived from the Pattern Dutch subjectivity lexicon, PDDL; curated by hand",
        words: evaluative.words.union(
            DutchInflection.withInflections([
                "erg", "naar", "fijn", "mooi", "leuk", "goed", "zwaar", "sneu", "balen", "pijnlijk", "ernstig",
                "eng", "spannend", "lastig", "moeilijk", "raar", "vreemd", "gek", "frustrerend", "verdrietig",
                "ingewikkeld", "flink", "sterk", "super", "top", "gelukkig", "dapper", "moedig", "lief", "knap", "flauw", "vaag",
                // Praise of a person's kindness: "wat aardig van u", "wat attent".
                "aardig", "attent", "sympathiek", "zorgzaam", "netjes", "sociaal", "behulpzaam", "genereus",
                "loyaal", "meelevend", "betrokken", "hartelijk", "gastvrij", "ruimhartig", "ijverig", "flink",
                // A harsh decision or a hard blow: "wat een harde beslissing", "wat een bittere pil".
                "hard", "bitter", "rauw", "wrang", "onverwacht", "onverwachts",
            ])))

    /// Nouns that judge a situation or person: "wat een gedoe", "een rotsituatie".
    /// Hand-written for this project (the PDDL lexicon lists adjectives only).
    public static let evaluativeNouns = Lexicon(
        name: "evaluative nouns",
        provenance: "hand-written for this project",
        words: [
            "toestand", "toestanden", "gedoe", "onzin", "pech", "bureaucratie", "schande", "drama", "ellende",
            "rotsituatie", "puinhoop", "chaos", "zooi", "zootje", "gezeur", "rompslomp", "nachtmerrie", "ramp",
            "klucht", "flauwekul", "onzin", "geluk", "mazzel", "held", "kanjer", "doorzetter", "schat",
            "sukkels", "prutswerk", "knoeiwerk", "rotstreek", "schandaal", "gedoetje", "heisa", "gezeik",
            "rotzooi", "ellende", "janboel", "toestandje", "rotstreek", "rotweek", "rotdag", "regeltjes",
            "aasgieren", "aasgier", "oplichters", "oplichter", "hufter", "hufters", "klootzak", "klootzakken", "schoft", "schoften", "beunhaas", "beunhazen", "huisjesmelker", "huisjesmelkers", "verwaarlozing", "machtsmisbruik", "wanbeleid", "boeven", "zakkenvullers", "klungels", "prutsers",
            "idioten", "amateurs", "hufters", "schoften", "dieven", "bureaucraten", "sukkel", "held", "heldin",
            "klotezooi", "kloteboel", "klotesituatie", "kloteweek", "klotedag", "klotestreek", "klotetoestand",
            "kutsituatie", "kutzooi", "rotboel", "pestsituatie", "diefstal", "oplichterij", "afzetterij",
            "zakkenvullerij", "wanbeleid", "aanfluiting", "lachertje", "schandvlek", "bende", "zooitje",
            "egoist", "egoisten", "narcist", "bullebak", "eikel", "klootzak", "etter", "engerd", "botterik", "luiaard",
            "onrecht", "willekeur", "waanzin", "gekkenwerk", "rotklus", "wanorde", "discriminatie", "oplichting", "nalatigheid", "prestatie", "schandpaal",
            "zeurpiet", "bemoeial", "kluns", "prutser", "doorzetter", "vechter", "topper", "bikkel", "kei", "schatje",
            // Threat, harassment and sham: "een echte dreigbrief", "pure pesterij", "een farce".
            "dreigbrief", "dreigbrieven", "dreigement", "intimidatie", "chantage", "afpersing", "pesterij", "treiterij",
            "pestgedrag", "heksenjacht", "farce", "poppenkast", "schijnvertoning", "wanprestatie", "blunder", "flater",
            "miskleun", "afgang", "zwendel", "woeker", "uitbuiting", "misbruik", "oplichtersbende", "boevenbende",
            "dievenbende", "zwendelaars", "uitbuiters", "lieverd", "engel", "doetje", "sloeber", "stakker",
            "smoes", "smoesje", "smoesjes", "uitvlucht", "uitvluchten", "drogreden", "karaktermoord", "zwartmakerij", "laster", "hetze",
            "pesten", "treiteren", "stelen", "bedrog", "boef", "schurk", "schurken", "zwendelaar", "charlatan", "charlatans", "toppertje", "kanjertje", "topvrouw", "formaliteit", "lafaard", "lafaards", "slappeling", "slapjanus", "lamzak", "zeikerd", "mafkees", "malloot", "loser", "sukkels",
            "rotbrief", "rotbericht", "rotjaar", "rottijd", "rotperiode", "rotnacht", "rotweekend", "rotgevoel", "rotmaand", "klotebrief", "klotebericht", "kutbrief", "domper", "tegenvaller", "streep",
            "rommeltje", "rommel", "troep", "troeptje", "puinzooi", "soepzooi", "klerezooi", "teringzooi", "rotzooitje",
        ])
}
