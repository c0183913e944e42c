extension RuleBook {
    /// Interpretations about other people and the future: what a third party feels or
    /// intends, how things will turn out, and the listener's own impression stated as fact.
    static let assumptionRules: [Rule] = [
        Rule(
            id: "nl.interpretation.reassurance", category: .interpretation, severity: .minor,
            message: "\"Dat komt wel goed\" of \"dat trekt wel bij\" voorspelt hoe het afloopt. Geruststellend bedoeld, maar het is jouw inschatting en de cliënt voelt zich er niet altijd door gehoord.",
            suggestion: "Blijf bij wat er nu is: \"Wat gebeurde er toen?\" of \"Hoe is het nu?\"",
            patterns: [
                [P.w("komt", "komen", "loopt", "lopen"), .optional(.word(["vast", "zeker", "heus", "vanzelf", "echt", "allemaal"])), P.w("wel"), .optional(.word(["weer", "vanzelf"])), P.w("goed", "los", "terecht")],
                [P.w("trekt", "trekken", "waait", "went", "wennen", "draait", "zakt", "slijt"), .optional(.word(["vast", "zeker", "heus", "vanzelf"])), P.w("wel"), .optional(.word(["weer", "vanzelf", "bij", "over", "af"]))],
            ],
            scope: .assertions,
            examples: [
                "Maakt u zich geen zorgen, het [[komt vast wel goed]].",
                "Dat [[trekt wel bij]] na een paar weken.",
                "Ach, [[went wel]].",
            ],
            counterexamples: [
                "Komt uw zoon wel goed mee op school?", "Wat gebeurde er toen hij thuiskwam?",
                RuleExample("U zegt dat het wel goed komt. Wat maakt dat u dat denkt?", context: "Het komt wel goed, denk ik."),
            ],
            yieldsToEcho: true),
        Rule(
            id: "nl.interpretation.motive", category: .interpretation, severity: .minor,
            message: "Je vult hier een bedoeling in (\"expres\", \"hij bedoelt het goed\") die de cliënt niet noemde. Zo schrijf jij het motief van de ander in de film.",
            suggestion: "Vraag wat de ander deed of zei: \"Wat zei hij precies?\"",
            patterns: [
                [P.w("expres", "opzettelijk", "moedwillig", "welbewust", "berekenend")],
                [P.w("met"), P.w("opzet")],
                [P.you, P.w("wilt", "wil", "wilde"), P.w("vooral", "eigenlijk", "gewoon", "alleen"), P.rest],
                [P.w("om"), P.skip(3), P.w("te"), P.w("pesten", "treiteren", "jennen", "dwarszitten", "straffen", "kwetsen", "vernederen", "ontlopen", "ontwijken")],
                [P.w("niet"), P.w("zo"), P.w("bedoeld", "gemeend")],
                [P.w("bedoelt", "bedoelde", "bedoelen", "bedoelden", "meent", "meende"), P.w("het"), .optional(.word(["vast", "wel", "heus", "ook", "echt", "toch", "vast", "vast"])), P.w("goed", "niet", "anders", "zo", "slecht")],
            ],
            scope: .notContentQuestions,
            examples: [
                "Ze doen het [[expres]] om u te laten wachten.",
                "Uw moeder [[bedoelt het vast goed]].",
                "Dat deed hij [[met opzet]].",
                "[[U wilt vooral dat het ophoudt]].",
                "Hij doet dat [[om u te pesten]].",
                "Ze heeft het vast [[niet zo bedoeld]].",
            ],
            counterexamples: ["Wat bedoelt u met 'gedoe'?", "Hoe bedoelde hij het, weet u dat?"],
            yieldsToEcho: true),
        Rule(
            id: "nl.interpretation.third-party-feeling", category: .interpretation, severity: .minor,
            message: "Je zegt hier hoe een ander zich voelt of wat die drijft (\"hij is gewoon jaloers\"). De cliënt vertelde dat niet; het is jouw invulling van de film.",
            suggestion: "Vraag wat de ander deed of zei: \"Wat zei hij toen?\"",
            patterns: [
                [P.w("hij", "zij", "ze", "die"), P.w("is", "was", "werd", "raakte", "voelt", "voelde", "lijkt", "leek"), P.skip(3), P.lex(.emotion)],
                [P.w("hij", "zij", "ze", "die"), P.w("zal", "zullen"), .optional(.word(["het", "ook", "toch", "vast"])), P.w("wel"), P.rest],
                [P.w("het", "dat", "dit"), P.w("gaat", "ging"), P.w("je", "jou", "u", "jullie", "hem", "haar", "ze"), P.skip(4), P.w("om"), P.rest],
                [P.w("daar", "er"), P.w("zit", "zat", "zitten"), P.skip(4), P.w("achter")],
            ],
            scope: .assertions,
            examples: [
                "[[Hij is gewoon jaloers]] op u.",
                "[[Ze zullen het wel druk hebben]].",
                "[[Het gaat u eigenlijk om erkenning]].",
                "[[Daar zit veel angst achter]].",
            ],
            counterexamples: [
                "Was hij boos, of weet u dat niet?", "Hoe reageerde ze toen?",
                RuleExample("Hij was boos, zegt u. Wat deed hij toen?", context: "Hij was heel boos op me."),
            ],
            yieldsToEcho: true),
        Rule(
            id: "nl.interpretation.impression-as-fact", category: .interpretation, severity: .minor,
            message: "\"Ik heb het idee dat\" of \"het is duidelijk dat\" brengt jouw indruk in het gesprek als iets wat vaststaat. De cliënt heeft dat zelf niet gezegd.",
            suggestion: "Vraag wat de cliënt zelf merkte: \"Wat gebeurde er toen?\"",
            patterns: [
                [P.w("ik"), P.w("heb", "krijg", "kreeg", "had"), P.skip(2), P.w("idee", "gevoel", "indruk", "vermoeden"), P.w("dat", "alsof"), P.rest],
                [P.w("mijn"), P.w("idee", "gevoel", "indruk", "vermoeden", "inschatting"), P.w("is"), P.rest],
                [P.w("ik"), P.w("zie", "merk", "hoor", "proef"), P.w("aan"), P.skip(3), P.w("dat"), P.rest],
                [P.w("het", "dat"), P.w("is"), .optional(.word(Words.intensifiers)), P.w("duidelijk", "overduidelijk", "zonneklaar", "evident", "helder"), P.w("dat"), P.rest],
                [P.w("het", "dat", "dit"), P.w("klinkt", "voelt", "lijkt"), .optional(.word(["me", "mij", "voor"])), .optional(.word(["je", "u", "jou"])), P.w("als"), P.rest],
                [P.w("geen"), P.w("wonder")],
                [P.w("dat", "dit"), P.w("zegt"), .optional(.word(["toch", "wel", "al", "natuurlijk", "ook"])), P.w("iets", "veel", "genoeg", "alles", "boekdelen")],
                [P.w("zie", "zit", "zitten", "herken"), P.skip(3), P.w("patroon")],
                [P.w("ik"), P.w("vermoed"), P.rest],
                [P.w("ik"), P.w("proef", "bespeur", "hoor", "merk", "zie", "voel"), P.skip(3), P.lex(.emotion)],
                [P.w("het"), .optional(.word(["echte", "eigenlijke", "grootste"])), P.w("probleem", "punt", "pijnpunt", "knelpunt"), P.w("is"), P.w("eigenlijk", "gewoon", "vooral", "dus"), P.rest],
            ],
            scope: .assertions,
            antipatterns: [
                Antipattern(
                    [P.w("idee", "gevoel", "indruk"), P.w("dat"), P.w("ik", "we")], reach: .overlapping,
                    reason: "The listener saying what they themselves understand supplies nothing about the client.",
                    example: "Ik heb het idee dat ik het nog niet goed begrijp."),
            ],
            examples: [
                "[[Ik heb het idee dat u erg onder druk staat]].",
                "[[Het is duidelijk dat de school het niet serieus neemt]].",
                "[[Dat klinkt als een zware periode]].",
                "[[Geen wonder]] dat u moe bent.",
                "[[Ik zie aan u dat het veel doet]].",
                "[[Ik proef wat boosheid]].",
                "[[Dat zegt genoeg]] over die afdeling.",
                "Ik [[zie hier een patroon]].",
                "[[Het probleem is eigenlijk dat niemand verantwoordelijk is]].",
            ],
            counterexamples: [
                "Ik heb het idee dat ik het nog niet goed begrijp.", "Is het duidelijk wat er in de brief staat?",
                "Hoe klinkt dat voor u?",
            ]),
    ]
}
