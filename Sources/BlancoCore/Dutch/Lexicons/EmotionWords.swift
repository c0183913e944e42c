// Emotion and state words: a feeling or inner state the listener may attribute to the
// client ("je bent vast boos"), which makes an interpretation.
//
// Provenance: the adjectives are derived from the Pattern Dutch subjectivity lexicon (Tom
// De Smedt and Walter Daelemans, CLiPS, version 1.2; `shared/lexicons/nl-sentiment.xml`),
// public domain under the Open Data Commons PDDL: we kept by hand the senses that name a
// feeling or state of a person ("boos", "bang", "verdrietig"), apart from the evaluative
// words in EvaluativeWords.swift. Participles, nouns and verbs of feeling ("geschrokken",
// "schrik", "baalt") were added by hand.

extension Lexicon {
    /// Feelings and states of a person: "boos", "bang", "geschrokken", "schuldig".
    public static let emotion = Lexicon(
        name: "emotion",
        provenance: "derived from the Pattern Dutch subjectivity lexicon, PDDL; curated and extended by hand",
        words: DutchInflection.withInflections([
            "boos", "bang", "verdrietig", "schuldig", "ongerust", "woedend", "kwaad", "teleurgesteld",
            "gefrustreerd", "gestrest", "angstig", "bezorgd", "eenzaam", "machteloos", "wanhopig",
            "radeloos", "onzeker", "beschaamd", "gekwetst", "verraden", "gestraft", "buitengesloten",
            "genegeerd", "geschrokken", "geschokt", "overstuur", "overweldigd", "moe", "doodmoe", "uitgeput",
            "spuugzat", "beu", "opgelucht", "blij", "trots", "jaloers", "verward", "klem", "nerveus",
            "gespannen", "depressief", "somber", "down", "verdrietig", "hulpeloos",
            "ontmoedigd", "gedemotiveerd", "gekrenkt", "beledigd", "vernederd", "afgewezen", "eenzaam",
            "gepikeerd", "geirriteerd", "geergerd", "ontdaan", "paniekerig", "wantrouwig", "achterdochtig",
            "verbitterd", "bitter", "razend", "furieus", "ziedend", "woest", "panisch", "doodsbang",
            "ongelukkig", "treurig", "bedroefd", "droevig", "rusteloos", "onrustig", "geschaad", "onveilig",
            "tekortgedaan", "miskend", "onbegrepen", "belazerd", "bedrogen", "benadeeld", "beroofd",
            "verlaten", "stress", "zorgen", "paniek", "schrik", "verdriet", "angst",
            "woede", "frustratie", "schaamte", "schuldgevoel", "spijt", "wrok", "onmacht", "pijn",
            "baalt", "baal", "baalde", "balen", "schaamt", "schaam", "schaamde", "kwetste", "kwetst",
            "ergert", "ergerde", "piekert", "piekerde", "moedeloos", "kapot", "bekaf", "murw", "aangeslagen",
            "zenuwachtig", "ontredderd", "verbijsterd", "gesloopt", "opgebrand", "overspannen", "uitgeblust",
            "gek", "horendol", "boosheid", "irritatie", "wanhoop", "machteloosheid", "teleurstelling", "eenzaamheid", "onzekerheid",
        ]).union(DutchInflection.withInflections(derivedEmotionBaseForms)))

    /// Words for how something was lived through: "frustrerend", "zwaar", "een schok".
    /// Said by the listener about the client's situation, they supply an experience.
    public static let experience = Lexicon(
        name: "experience",
        provenance: "derived from the Pattern Dutch subjectivity lexicon, PDDL; curated and extended by hand",
        words: DutchInflection.withInflections([
            "frustrerend", "stressvol", "zwaar", "moeilijk", "pijnlijk", "eng", "confronterend", "schrikken",
            "beangstigend", "kwetsend", "spannend", "eenzaam", "ingrijpend", "traumatisch", "verwarrend",
            "schok", "klap", "schrik", "opluchting", "teleurstelling", "tegenvaller", "domper", "nachtmerrie",
            "vernederend", "uitputtend", "slopend", "vermoeiend", "doodvermoeiend", "afmattend", "zenuwslopend", "onzeker", "verdrietig", "lastig",
            "zorg", "worsteling", "gevecht", "strijd", "opgave", "kwelling", "beproeving", "aanslag", "klus", "toer",
        ]))
}
