extension RuleBook {
    /// Judgments: the listener's own evaluation of the client, someone else or the situation.
    static let judgmentRules: [Rule] = [
        Rule(
            id: "nl.judgment.exclamation", category: .judgment, severity: .minor,
            message: "Een uitroep als \"wat erg\" of \"wat een gedoe\" is jouw waardering van de situatie. Goed bedoeld, maar het kan overkomen als een oordeel en kleurt het verhaal van de cliënt.",
            suggestion: "Laat de uitroep weg en nodig uit om verder te vertellen: \"Wat gebeurde er toen?\"",
            patterns: [
                [P.start, P.w("wat", "hoe"), .optional(.word(Words.intensifiers)), P.lex(.exclamative)],
                [P.start, P.w("wat"), P.w("een"), .optional(.word(Words.intensifiers)), P.lex(.exclamative)],
                [P.start, P.w("wat"), P.w("een"), .optional(.word(Words.intensifiers)), P.lex(.evaluativeNouns)],
            ],
            scope: .notContentQuestions,
            examples: [
                "[[Wat vervelend]] dat de trein niet reed.",
                "Oei, [[wat naar]] voor je.",
                "[[Wat een gedoe]] met die formulieren.",
                "[[Wat een slordige]] brief is dat.",
                "ach [[wat erg]], en toen?",
                "[[Wat een nare]] avond was dat.",
            ],
            counterexamples: [
                "Wat gebeurde er daarna?", "Wat erg is voor jou aan die brief?", "Is de afstand erg groot?",
                "Wat is een redelijke termijn volgens de brief?",
            ]),
        Rule(
            id: "nl.judgment.verdict-word", category: .judgment, severity: .major,
            message: "Met een woord als \"onterecht\", \"slordig\" of \"knap\" geef je je eigen oordeel. Zo neem je het verhaal over en kan de cliënt zich gestuurd voelen.",
            suggestion: "Houd je oordeel op het nachtkastje en vraag naar de feiten: \"Wat is er precies gebeurd?\"",
            patterns: [
                [P.lex(.evaluative)],
                // Words that judge a person only after a copula: "hij is hard", not "hard werken".
                [P.w("is", "was", "zijn", "waren", "bent"), .optional(.word(Words.intensifiers)), .optional(.word(Words.intensifiers)), P.w("hard", "streng", "kortaf", "bot", "kil", "star", "onbuigzaam", "koppig", "egoistisch", "lui", "balen", "pech", "klote")],
                // Praise after a copula: "dat is een mooie stap", "heel mooi van u".
                [P.w("dat", "dit", "het"), P.w("is", "was"), .optional(.word(Words.intensifiers)), .optional(.word(["een"])), .optional(.word(Words.intensifiers)), P.w("mooi", "mooie", "sterk", "sterke", "prima", "fijn", "fijne", "netjes", "top", "super", "geweldig", "geweldige")],
                [P.w("siert", "sierde"), P.w("je", "jou", "u")],
                [P.you, P.w("doet", "deed", "doe", "praat", "spreekt", "schrijft", "regelt", "zorgt"), P.skip(3), P.w("super", "prima", "uitstekend", "perfect", "fantastisch", "geweldig", "top", "knap", "geweldig")],
                [P.w("valt", "vallen", "viel"), .optional(.word(["best", "wel", "heus", "echt", "nog", "toch"])), P.w("mee")],
                [P.w("omgekeerde"), P.w("wereld")],
                [P.w("van"), P.w("de"), P.w("gekke")],
                [P.w("is", "zijn", "waren", "was"), .optional(.word(Words.intensifiers)), .optional(.word(Words.intensifiers)), P.lex(.evaluativeNouns)],
            ],
            scope: .assertions,
            antipatterns: [
                Antipattern(
                    [P.w("niet"), P.lex(.evaluative)], reach: .overlapping,
                    reason: "'niet erg' and the like play a verdict down; the separate not-acceptable rule catches 'niet eerlijk'.",
                    example: "Dat is niet erg, vertel maar."),
                Antipattern(
                    [P.w("moet", "moest", "zal", "zou", "zult"), P.skip(4), P.lex(.evaluative)], reach: .overlapping,
                    reason: "'Dat moet frustrerend zijn' supplies an experience: nl.interpretation.must-have-been speaks for it.",
                    example: "Dat moet heel frustrerend voor je zijn."),
                Antipattern(
                    [P.w("voelt", "voelde", "voel", "voelen"), P.skip(3), P.lex(.evaluative)], reach: .overlapping,
                    reason: "'Dat voelt vast oneerlijk' supplies the client's feeling: an interpretation, not the listener's verdict.",
                    example: "Dat voelt vast heel oneerlijk voor je."),
                Antipattern(
                    [P.w("jammer"), P.w("genoeg")], reach: .overlapping,
                    reason: "'jammer genoeg' is a sentence adverb, caught by nl.judgment.sentence-adverb.",
                    example: "Jammer genoeg was ik er niet bij."),
            ],
            examples: [
                "Dat is echt [[onterecht]] van de verhuurder.",
                "Die monteur heeft [[slordig]] gewerkt.",
                "Een [[belachelijke]] boete is dat.",
                "[[Knap]] hoor, dat je dit zelf uitzoekt.",
                "Hoe oud is hij? Heel [[jammer]] dat hij niet mocht blijven.",
                "Dat is echt [[vervelent]].",
                "Je baas [[is wel erg streng]].",
                "Dat is echt [[zonde]] van je tijd.",
                "Ja, [[dat is een mooie]] stap.",
                "Dat je het zelf meldt, dat [[siert je]].",
                "Ach, dat [[valt best mee]] hoor.",
            ],
            counterexamples: [
                "Vind je het onterecht?", "Wat maakt het voor jou zo vervelend?", "Is de trap gevaarlijk?",
                "Je hebt hard gewerkt om alles op tijd te krijgen, zei je.",
                "Je zegt dat het 'onterecht' voelt. Wat gebeurde er daarna?",
                RuleExample("U zegt dat de brief onterecht was. Wat stond erin?", context: "Ik vind die brief onterecht."),
            ]),
        Rule(
            id: "nl.judgment.should-have", category: .judgment, severity: .major,
            message: "\"Had moeten\" of \"had niet mogen\" is een oordeel over wat iemand fout deed. Daarmee ga je op de stoel van de rechter zitten in plaats van naast de cliënt.",
            suggestion: "Vraag wat er gebeurde en wat de ander zei of deed: \"Wat zei de monteur toen?\"",
            patterns: [
                [P.w("had", "hadden", "heeft", "hebben"), P.skip(8), P.w("moeten", "mogen")],
                [P.w("zou", "zouden"), P.skip(6), P.w("mogen")],
                [P.w("zo"), P.w("hoort", "hoor", "horen"), P.skip(6), P.w("niet")],
            ],
            scope: .assertions,
            examples: [
                "De school [[had je veel eerder moeten]] bellen.",
                "Je broer [[had dat nooit mogen]] zeggen.",
                "Die instantie [[zou wel wat sneller mogen]] reageren.",
                "[[Zo hoort een verhuurder niet]] te handelen.",
            ],
            counterexamples: [
                "Wat had je volgens de brief moeten doen?", "Hoeveel had je moeten betalen?",
                "Had je toen al moeten beginnen?",
            ]),
        Rule(
            id: "nl.judgment.praise", category: .judgment, severity: .minor,
            message: "Ook een compliment is een waardeoordeel. Het zet jou in de rol van beoordelaar en kan de cliënt sturen naar wat jij goed vindt.",
            suggestion: "Laat het compliment weg en vraag verder naar het verhaal: \"Hoe ging dat?\"",
            patterns: [
                [P.start, .optional(.word(Words.intensifiers)), P.w("goed", "knap", "sterk", "lief", "dapper", "moedig", "slim", "geweldig", "top", "super", "mooi", "netjes", "fijn"), P.w("dat", "van", "hoor", "zo", "zeg", "gedaan")],
            ],
            scope: .statements,
            antipatterns: [
                Antipattern(
                    [P.w("fijn"), P.w("dat"), P.skip(3), P.w("vertelt", "vertelde", "belt", "belde", "deelt", "komt", "bent")],
                    reach: .sameSentence,
                    reason: "Glad you told me / called: politeness, like thanks.",
                    example: "Fijn dat u het vertelt."),
            ],
            examples: [
                "[[Goed dat]] je hulp zoekt.",
                "[[Knap van]] je dat je alles bewaard hebt.",
                "Oké, [[heel sterk hoor]]. Wat gebeurde er toen?",
            ],
            counterexamples: [
                "Goed, en wat gebeurde er daarna?", "Heb ik het goed begrepen dat je verhuisd bent?",
                "Goedemiddag, wat kan ik voor u doen?",
            ]),
        Rule(
            id: "nl.judgment.sentence-adverb", category: .judgment, severity: .minor,
            message: "\"Gelukkig\" of \"helaas\" is jouw waardering van wat er gebeurde. Laat de cliënt zelf vertellen hoe hij of zij het beleefde.",
            suggestion: "Laat het woord weg, of vraag: \"Hoe was dat voor u?\"",
            patterns: [
                [P.w("gelukkig", "helaas", "godzijdank", "gelukkigerwijs", "spijtig", "jammergenoeg")],
                [P.w("jammer"), P.w("genoeg")],
            ],
            scope: .assertions,
            examples: [
                "[[Gelukkig]] was er iemand thuis.",
                "Dat gaat [[helaas]] vaak zo.",
                "[[Jammer genoeg]] kwam de bus niet.",
            ],
            counterexamples: ["Ben je gelukkig in je nieuwe huis?", "Hoe was dat voor je?"]),
        Rule(
            id: "nl.judgment.own-opinion", category: .judgment, severity: .major,
            message: "Met \"ik vind\" geef je je eigen mening over de zaak. Zo wordt het jouw verhaal in plaats van dat van de cliënt.",
            suggestion: "Bewaar je mening en vraag door: \"Wat gebeurde er toen?\"",
            patterns: [[P.w("ik"), P.w("vind", "vond")], [P.w("vind", "vond"), P.w("ik")]],
            scope: .statements,
            antipatterns: [
                Antipattern(
                    [P.w("vind", "vond"), P.w("ik"), P.w("het"), P.w("fijn", "prettig"), P.w("dat")], reach: .sameSentence,
                    reason: "'Ik vind het fijn dat je het vertelt' is politeness, not a verdict on the case.",
                    example: "Ik vind het fijn dat je het vertelt."),
                Antipattern(
                    [P.w("ik"), P.w("vind", "vond"), P.w("het"), P.w("fijn", "prettig"), P.w("dat")], reach: .sameSentence,
                    reason: "'Ik vind het fijn dat je het vertelt' is politeness, not a verdict on the case.",
                    example: "Ik vind het fijn dat je het vertelt."),
            ],
            examples: [
                "[[Ik vind]] het raar dat niemand je belde.",
                "Eerlijk gezegd [[vind ik]] dit niet kunnen.",
            ],
            counterexamples: ["Wat vind je ervan?", "Ik vond de brief in de map die je meebracht, bedoel je die?"]),
        Rule(
            id: "nl.judgment.not-acceptable", category: .judgment, severity: .major,
            message: "Zeggen dat iets \"niet kan\", \"niet oké\" of \"veel te\" veel is, is een oordeel over de situatie of over iemand anders. De cliënt hoort dan jouw verhaal in plaats van het eigen verhaal.",
            suggestion: "Vraag hoe het ging en wat de cliënt zelf meemaakte: \"Wat gebeurde er daarna?\"",
            patterns: [
                [P.w("niet"), P.w("kunnen"), P.end],
                [P.w("niet"), P.w("te"), P.w("doen"), P.end],
                [P.w("niet"), P.w("oke", "ok", "okay", "normaal", "netjes", "fair", "eerlijk", "correct", "acceptabel", "terecht", "menselijk", "kies", "professioneel")],
                [P.w("kan", "kunnen", "mag", "mogen", "is"), P.skip(3), P.w("toch"), .optional(.word(["gewoon", "echt"])), P.w("niet", "geen")],
                [P.w("veel", "veels", "veul", "echt", "gewoon", "veelste"), P.w("te"), P.w("weinig", "veel", "traag", "laat", "duur", "hoog", "laag", "lang", "kort", "streng", "ver", "snel", "zwaar", "weinig", "klein")],
                [P.w("dat"), P.w("zou"), P.w("ik"), P.w("ook"), P.skip(2), P.w("zijn", "pikken", "doen", "vinden", "worden", "hebben")],
                [P.w("dat"), P.w("zou"), P.w("iedereen"), P.skip(2), P.w("zijn", "pikken", "doen", "vinden", "worden", "hebben")],
                [P.w("te"), P.w("gek", "erg", "bizar", "triest", "zot", "dol"), P.w("voor", "om")],
                [P.w("gaat", "ging", "gaan"), .optional(.word(["echt", "wel", "toch", "veel", "gewoon"])), P.w("te"), P.w("ver")],
                [P.w("slaat", "sloeg"), .optional(.word(["echt", "toch", "gewoon"])), P.w("nergens"), P.w("op")],
                [P.w("is", "was"), .optional(.word(Words.intensifiers)), P.w("een"), .optional(.word(Words.intensifiers)), P.lex(.evaluativeNouns)],
                [P.w("moet", "moeten", "mag", "mogen"), P.w("niet"), P.w("zo")],
                [P.w("moet", "moeten"), P.w("gewoon", "echt", "eens", "toch", "nou")],
                [P.w("moet", "moeten"), .optional(.word(["dit", "dat", "het"])), P.w("direct", "meteen", "onmiddellijk")],
                [P.w("geen"), P.w("nette", "goede", "eerlijke", "normale", "correcte", "fatsoenlijke", "behoorlijke", "manier")],
                [P.w("niet"), P.w("goed", "zorgvuldig", "netjes", "fatsoenlijk", "serieus"), P.w("gekeken", "gedaan", "gewerkt", "geregeld", "opgelet", "gecommuniceerd", "geholpen", "behandeld", "uitgelegd", "genomen")],
                [P.w("dat", "dit", "zoiets"), P.w("mag", "mogen", "kan", "kunnen"), P.w("ze", "zij", "hij", "jullie", "die"), P.skip(2), P.w("niet")],
                [P.w("ik"), P.w("zou"), P.skip(3), P.lex(.emotion), P.w("zijn", "worden")],
                [P.w("ik"), P.w("zou"), P.skip(2), P.w("hetzelfde"), P.skip(1), P.w("doen")],
            ],
            scope: .assertions,
            antipatterns: [
                Antipattern(
                    [P.w("je", "jij", "u", "jullie", "ik", "we", "wij"), P.w("moet", "moeten")], reach: .overlapping,
                    reason: "'Je moet echt ...' is advice and 'ik moet eens ...' the listener's own plan: no verdict on someone else.",
                    example: "Je moet echt een klacht indienen."),
            ],
            examples: [
                "Dat is echt [[niet oké]] van die werkgever.",
                "Die buurman [[moet niet zo]] zeuren.",
                "Dat is toch [[te gek voor]] woorden.",
                "Dat [[is echt een schande]].",
                "[[Dat mogen ze helemaal niet]] doen.",
                "Eerlijk gezegd: [[ik zou ook woedend zijn]].",
                "Zes weken wachten is [[veel te lang]].",
                "Dat [[kan toch gewoon niet]], een huis zonder verwarming.",
                "Ik snap het, [[dat zou ik ook niet pikken]].",
                "Dat vind ik [[niet kunnen]].",
            ],
            counterexamples: ["Was het te ver om te lopen?", "Dat kon je toen niet weten, zei je?", "Hoe lang duurde het?"]),
        Rule(
            id: "nl.judgment.blame", category: .judgment, severity: .major,
            message: "Je wijst hier een schuldige aan of spreekt iemand vrij. Dat oordeel is aan de cliënt, en pas als de film compleet is.",
            suggestion: "Vraag wat er gebeurde en wie wat deed: \"Wat gebeurde er toen je de brief kreeg?\"",
            patterns: [
                [P.w("het", "dat", "dit"), P.w("ligt", "lag"), P.w("aan"), P.rest],
                [P.w("de"), P.w("schuld"), P.w("van")],
                [P.w("niks", "niets"), P.w("fout", "verkeerd"), P.w("gedaan")],
                [P.w("jouw", "uw", "hun", "zijn", "haar", "hun"), P.w("schuld")],
            ],
            scope: .statements,
            examples: [
                "Dus [[het lag aan de woningcorporatie]].",
                "Je hebt [[niks fout gedaan]].",
                "Het is [[de schuld van]] de werkgever.",
            ],
            counterexamples: ["Ligt het aan de verwarming, denk je?", "Wat heb je toen gedaan?"]),
        Rule(
            id: "nl.judgment.shocked-exclamation", category: .judgment, severity: .minor,
            message: "Een geschrokken uitroep (\"Jeetje, zoveel!\") laat jouw waardering van het verhaal horen. De cliënt gaat dan reageren op jouw schrik in plaats van verder te vertellen.",
            suggestion: "Houd je reactie rustig en neutraal: \"Mm. Vertel verder.\"",
            patterns: [[P.start, P.w("jeetje", "jemig", "tjonge", "tjongejonge", "sjonge", "oei", "wauw", "wow", "jeminee", "pff", "pfff", "potverdorie", "nee", "goh", "jezus", "god", "allemachtig"), P.rest]],
            scope: .exclamations,
            examples: [
                "[[Jeetje, drie keer in een week]]! Wat gebeurde er toen?",
                "[[tjonge, zoveel geld]]!",
            ],
            counterexamples: ["Jeetje. Wat gebeurde er toen?", "Oké, drie keer!"]),
    ]
}
