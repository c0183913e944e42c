/// Word lists the simulated client listens with: which question phrases aim at which part
/// of the film, which words every listener uses whatever the story (so they never make a
/// question off-topic), and the vague words a client may use that deserve a meaning-check.
/// All folded (lowercase, no diacritics). Hand-written for this project.
public enum FilmQuestionWords {
    /// Phrases that aim a question at one aspect of the film, checked at every word of the
    /// response; the earliest match wins, and at one position the longest. Experience
    /// phrases come first because "hoe was dat voor u" also starts like "hoe was".
    public static let aspectPhrases: [(words: [String], aspect: Aspect)] = [
        (["hoe", "was", "dat", "voor"], .beleving), (["hoe", "was", "het", "voor"], .beleving),
        (["hoe", "is", "dat", "voor"], .beleving), (["hoe", "is", "het", "voor"], .beleving),
        (["wat", "deed", "dat", "met"], .beleving), (["wat", "doet", "dat", "met"], .beleving),
        (["wat", "deed", "het", "met"], .beleving), (["wat", "doet", "het", "met"], .beleving),
        (["hoe", "voelde"], .beleving), (["hoe", "voelt"], .beleving), (["hoe", "voel"], .beleving),
        (["hoe", "beleefde"], .beleving), (["hoe", "beleeft"], .beleving), (["hoe", "ervaart"], .beleving),
        (["hoe", "ervoer"], .beleving), (["hoe", "gaat", "het", "met"], .beleving),
        (["hoe", "laat"], .wanneer), (["hoe", "lang"], .wanneer), (["hoelang"], .wanneer), (["wanneer"], .wanneer),
        (["welke", "dag"], .wanneer), (["hoeveel", "tijd"], .wanneer),
        (["wie"], .wie), (["wiens"], .wie), (["welke", "mensen"], .wie), (["welke", "persoon"], .wie),
        (["waar"], .waar), (["waarheen"], .waar), (["welke", "plek"], .waar), (["welke", "plaats"], .waar),
        (["hoe", "ging"], .hoe), (["hoe", "gaat"], .hoe), (["hoe", "verliep"], .hoe), (["hoe", "liep"], .hoe),
        (["hoe", "is", "het", "verder"], .hoe), (["hoe", "reageerde"], .hoe), (["wat", "deed"], .hoe),
        (["wat", "heeft", "u", "gedaan"], .hoe), (["wat", "heb", "je", "gedaan"], .hoe),
        (["wat", "gebeurde"], .wat), (["wat", "gebeurt"], .wat), (["gebeurd"], .wat), (["wat", "zag"], .wat),
        (["wat", "ziet"], .wat), (["wat", "hoorde"], .wat), (["wat", "speelde"], .wat), (["aan", "de", "hand"], .wat),
    ]

    /// Openings that make a checked response a summary: the listener restates the film in
    /// their own voice and offers it for correction ("Als ik het goed begrijp …, klopt dat?").
    public static let summaryOpenings: [[String]] = [
        ["als", "ik", "het", "goed", "begrijp"], ["als", "ik", "u", "goed", "begrijp"],
        ["als", "ik", "je", "goed", "begrijp"],
        ["heb", "ik", "het", "goed", "dat"], ["dus"], ["u", "zegt"], ["je", "zegt"], ["samengevat"],
        ["kort", "gezegd"],
    ]

    /// Words that point a fact question at what came next ("wat gebeurde er daarna?").
    public static let afterwards: Set<String> = ["daarna", "verder", "vervolgens", "nadien"]

    /// Questions about the here and now of the conversation, never part of a film.
    public static let smallTalkPhrases: [[String]] = [
        ["hoe", "laat", "is", "het"], ["wat", "voor", "weer"], ["hoe", "is", "het", "weer"],
    ]

    /// Words any listener uses whatever the story: asking, telling, feeling, meaning,
    /// time and order. A question built only from these is never off-topic.
    public static let everyStory: Set<String> = [
        "gebeurd", "gebeurde", "gebeurt", "gebeuren", "betrokken", "erbij", "bedoelt", "bedoel", "bedoeld",
        "bedoelde", "vertel", "vertellen", "verteld", "vertelt", "ervaren", "ervaart", "ervoer", "voelde", "voelt",
        "voel", "gevoeld", "beleefd", "beleefde", "beleeft", "situatie", "verhaal", "verder", "vervolgens",
        "precies", "vindt", "vond", "vind", "vinden", "mening", "begrijp", "begrijpen", "begrepen", "goed",
        "klopt", "kloppen", "merkte", "gemerkt", "merkt", "verliep", "verlopen", "reageerde", "gereageerd",
        "moment", "momenten", "dag", "tijd", "laat", "lang", "toen", "daarna", "waren", "mensen", "persoon",
        "plek", "plaats", "zelf", "eigenlijk", "verteld", "zeggen", "noemde", "noemt", "woorden", "daarmee",
        "daarover", "ermee", "erover", "allemaal", "gevoel", "gevoelens", "hoorde", "horen", "zag", "zien",
        "ziet", "speelde", "hand", "deed", "gedaan", "welke", "welk", "hoeveel", "samenvatten", "samengevat",
        "zegt", "zei", "heb", "ik", "vraag", "vragen", "wilt", "willen", "kunt", "graag", "nog", "meer",
        "jou", "jouw", "uzelf", "jezelf", "sinds", "lang", "vaak", "keer", "eerste", "begon", "begin",
        "voorbeeld", "bijvoorbeeld", "daarvan", "ervan", "hiervan", "daarbij", "daarvoor", "ervoor", "daarop", "erop",
        "daarin", "erin", "daardoor", "erdoor", "mee", "eens", "toe", "aan", "los", "uit", "beschrijven", "uitleggen",
        "vertelde", "dacht", "denkt", "gedacht",
    ]

    /// Words a client uses that say little by themselves and invite a meaning-check:
    /// "gedoe", "raar", "lastig".
    public static let vague: Set<String> = [
        "gedoe", "gedonder", "toestanden", "toestand", "raar", "rare", "vreemd", "vreemde", "lastig", "lastige",
        "moeilijk", "moeilijke", "vervelend", "vervelende", "gek", "gekke", "rommelig", "ellende", "akelig",
        "nare", "zooitje", "chaos", "heftig", "heftige", "gedoetje", "spanning", "onrustig", "gezeur",
        "problemen", "probleem", "stress", "zorgen", "boos", "kwaad", "verdrietig", "bang", "zenuwachtig",
        "schaam", "schaamde", "frustrerend", "oneerlijk",
    ]
}
