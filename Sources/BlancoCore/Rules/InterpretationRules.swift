extension RuleBook {
    /// Interpretations: a feeling, motive, cause or conclusion the client did not state.
    static let interpretationRules: [Rule] = [
        Rule(
            id: "nl.interpretation.feeling-attributed", category: .interpretation, severity: .major,
            message: "Je vult hier een gevoel in dat de cliënt niet genoemd heeft. Misschien klopt het, misschien niet; de cliënt moet het dan eerst van je overnemen of rechtzetten.",
            suggestion: "Vraag open naar de beleving: \"Hoe was dat voor je?\"",
            patterns: [
                [P.you, P.w("voelt", "voel", "voelde"), .optional(.word(["je", "zich", "jij"])), P.rest],
                [P.w("voel", "voelt", "voelde", "voelden"), P.you, P.w("je", "zich"), P.rest],
                [P.you, P.w("bent", "ben", "was", "raakte", "werd", "wordt", "raakt"), P.skip(4), P.lex(.emotion)],
                [P.w("ben", "bent", "was", "werd", "raakte"), P.you, P.skip(3), P.lex(.emotion)],
                [P.you, P.skip(3), P.lex(.emotion), P.w("bent", "was", "voelt", "voelde", "werd", "raakte")],
                [P.you, P.w("je", "zich"), P.skip(8), P.w("voelt", "voelde", "voel")],
                [P.you, .optional(.word(["er", "daar", "je", "zich", "toch", "vast", "zeker"])), P.w("baalt", "baalde", "schaamt", "schaamde", "ergert", "ergerde", "piekert", "piekerde")],
                [P.you, P.skip(3), P.w("van"), P.w("baalt", "baalde")],
                [P.w("word", "wordt", "werd", "raak", "raakt", "maakt", "maakte"), P.w("je", "jij", "u", "jullie"), P.skip(3), P.lex(.emotion)],
                [P.you, P.w("maakt", "maak", "maakte", "maken"), P.w("je", "zich", "u"), P.skip(3), P.w("zorgen", "druk")],
                [P.you, P.w("je", "zich", "u"), P.skip(2), P.w("zorgen", "druk"), P.w("maakt", "maakte", "maken")],
                [P.w("maak", "maakt", "maakte", "maken"), P.you, P.w("je", "zich", "u"), P.skip(3), P.w("zorgen", "druk")],
                [P.w("zit", "zat", "zitten"), P.w("je", "jou", "u", "jullie"), P.skip(2), P.w("dwars", "hoog")],
                [P.w("doet", "deed"), P.w("je", "jou", "u", "jullie"), P.skip(2), P.w("pijn", "verdriet", "zeer")],
            ],
            scope: .notContentQuestions,
            antipatterns: [
                Antipattern(
                    [P.w("hoe"), P.you, P.skip(3), P.w("voelt", "voelde")], reach: .sameSentence,
                    reason: "An open 'hoe voelde je je' question asks about the experience without supplying it.",
                    example: "Ik vraag me af hoe je je toen voelde."),
            ],
            examples: [
                "[[Je voelt je vast aan het kastje en de muur]].",
                "[[Voel je je nu nog steeds genegeerd]]?",
                "Ik snap dat [[je boos bent]].",
                "[[U bent vast heel teleurgesteld]].",
                "Ik merk dat [[u zich door de school niet gehoord voelt]].",
                "[[Je baalt]] er vast van.",
                "Daar [[word je natuurlijk moedeloos]] van.",
                "Ik begrijp dat [[u zich zorgen maakt]].",
                "Dat [[zit je nog steeds dwars]].",
                "[[Werd u daar niet verdrietig]] van?",
            ],
            counterexamples: [
                "Hoe voelde je je toen de brief kwam?",
                RuleExample("Je zegt dat je boos bent. Wat gebeurde er toen?", context: "Ik ben zo boos op die man."),
                "Bent u op de hoogte van de nieuwe regels?",
                "Wordt u nog steeds gebeld door de deurwaarder?", "Waar zit u nu?",
                RuleExample("U zegt dat u zich zorgen maakt. Waarover precies?", context: "Ik maak me zorgen."),
            ]),
        Rule(
            id: "nl.interpretation.hedged-assumption", category: .interpretation, severity: .minor,
            message: "Met \"vast\", \"waarschijnlijk\" of \"misschien\" vul je iets in wat de cliënt niet gezegd heeft. Het klinkt voorzichtig, maar het blijft jouw invulling van de film.",
            suggestion: "Vraag het open in plaats van het in te vullen: \"Hoe kwam dat, volgens wat je hoorde?\" of \"Wat gebeurde er toen?\"",
            patterns: [
                [P.w("vast", "waarschijnlijk", "vermoedelijk", "ongetwijfeld", "wellicht", "blijkbaar", "kennelijk", "allicht")],
                [P.start, P.w("misschien"), P.not("kun", "kunt", "kan", "kunnen", "moet", "moeten", "zou", "zouden", "wil", "wilt", "is", "mag")],
                [P.start, P.w("misschien"), P.w("is"), P.not("het")],
            ],
            scope: .notContentQuestions,
            extent: .sentence,
            antipatterns: [
                Antipattern(
                    [P.w("een", "de", "het", "geen", "mijn", "je", "jouw", "uw", "zijn", "haar", "hun", "ons", "onze", "vaste"), P.w("vast", "vaste")],
                    reach: .overlapping,
                    reason: "'vast' as an adjective (a fixed contact, a steady job) is no guess.",
                    example: "Wil je een vast contactpersoon?"),
                Antipattern(
                    [P.w("vast"), P.w("contract", "contactpersoon", "aanspreekpunt", "adres", "werk", "baan", "bedrag", "nummer", "dienstverband", "te", "zitten", "staan", "houden", "gezet", "gelopen")],
                    reach: .overlapping,
                    reason: "'vast' as an adjective or a particle ('vast zitten') is no guess.",
                    example: "Het bedrag staat vast."),
                Antipattern(
                    [P.w("staat", "stond", "zit", "zat", "ligt", "lag", "houd", "hou", "houdt"), P.w("vast")],
                    reach: .overlapping,
                    reason: "'vast' as a particle ('vast zitten') is no guess.",
                    example: "De deur zit vast."),
            ],
            examples: [
                "[[Je moeder was vast ongerust.]]",
                "[[Waarschijnlijk is de brief kwijtgeraakt.]]",
                "[[Misschien heeft je baas het anders bedoeld.]]",
                "Wanneer was dat? [[Er is vast iets misgegaan bij de post.]]",
            ],
            counterexamples: [
                "Misschien kun je me vertellen wat er gebeurde?", "Je had een vast contract, zei je. Sinds wanneer?",
                "Wat gebeurde er waarschijnlijk volgens de brief?",
            ]),
        Rule(
            id: "nl.interpretation.listener-guess", category: .interpretation, severity: .minor,
            message: "\"Ik denk dat\", \"het klinkt alsof\" of \"ik kan me voorstellen dat\" brengt jouw verklaring of gevoel in het gesprek. De cliënt heeft dat zelf niet gezegd.",
            suggestion: "Vraag wat de cliënt zelf weet of denkt, of check wat er bedoeld wordt: \"Wat bedoel je met ...?\"",
            patterns: [
                [P.w("ik"), P.w("denk", "vermoed", "gok", "schat", "verwacht"), P.w("dat"), P.rest],
                [P.w("ik"), P.w("neem"), P.w("aan"), P.w("dat"), P.rest],
                [P.w("volgens"), P.w("mij"), P.rest],
                [P.w("ik"), P.w("kan"), P.w("me", "mij"), P.skip(2), P.w("voorstellen"), P.rest],
                [.optional(.word(["het", "dat", "dit"])), P.w("klinkt", "lijkt", "voelt"), .optional(.word(["me", "mij", "erop", "er", "op"])), P.w("alsof", "of", "dat"), P.rest],
                [P.w("ik"), P.w("hoor", "merk", "zie"), P.w("dat"), P.you, P.skip(6), P.lex(.emotion)],
                [P.w("neem", "denk", "vermoed", "gok", "schat"), P.w("ik"), .optional(.word(["aan", "zo"])), P.end],
            ],
            scope: .assertions,
            antipatterns: [
                Antipattern(
                    [P.w("ik"), P.w("denk"), P.w("dat"), P.w("ik", "we")], reach: .overlapping,
                    reason: "The listener saying what they themselves will do or understand supplies nothing about the client.",
                    example: "Ik denk dat ik het begrijp."),
            ],
            examples: [
                "[[Ik denk dat je vader gewoon bang was]].",
                "[[Het klinkt alsof je er helemaal klaar mee bent]].",
                "Hoe oud zijn ze? [[Ik kan me voorstellen dat je je zorgen maakt]].",
                "[[Volgens mij wilde de leraar je helpen]].",
                "Uw zoon was toen alleen thuis, [[neem ik aan]].",
            ],
            counterexamples: ["Wat denk je dat er toen gebeurde?", "Ik denk dat ik het begrijp. Klopt dat je twee keer belde?"]),
        Rule(
            id: "nl.interpretation.must-have-been", category: .interpretation, severity: .minor,
            message: "\"Dat moet zwaar geweest zijn\" vult in hoe de cliënt het beleefde. Het klinkt meelevend, maar het is jouw invulling.",
            suggestion: "Vraag het open: \"Hoe was dat voor je?\"",
            patterns: [
                [P.w("dat", "het", "dit"), P.w("moet", "moest", "zal", "zou"), P.skip(6), P.w("zijn", "geweest", "voelen", "gevoeld")],
                [P.you, P.w("zult", "zal", "zou"), .optional(.word(["ook", "toch"])), P.w("wel"), P.rest],
                [P.w("dat", "het", "dit"), P.w("zal"), .optional(.word(["ook", "toch"])), P.w("wel"), P.rest],
            ],
            scope: .notContentQuestions,
            antipatterns: [
                Antipattern(
                    [P.w("moet", "moest"), P.skip(6), P.w("klaar", "binnen", "ingeleverd", "betaald", "geregeld", "gedaan", "opgestuurd")],
                    reach: .overlapping,
                    reason: "A deadline ('het moet vrijdag binnen zijn') is a fact, not a supplied experience.",
                    example: "Het moet vrijdag binnen zijn, zei je?"),
            ],
            examples: [
                "[[Dat moet een enorme schok geweest]] zijn.",
                "[[Dat moet best eenzaam zijn]] op die kamer.",
                "[[U zult wel moe zijn]].",
            ],
            counterexamples: ["Wat moest je opsturen?", "Hoeveel uur zou je moeten werken?"]),
        Rule(
            id: "nl.interpretation.cause", category: .interpretation, severity: .minor,
            message: "Je geeft hier een oorzaak of verband dat de cliënt zelf niet legde. Zo schrijf jij de film in plaats van de cliënt.",
            suggestion: "Vraag wat er gebeurde en in welke volgorde: \"Wat gebeurde er daarvoor?\"",
            patterns: [
                [P.w("dus"), P.skip(6), P.w("omdat", "doordat"), P.rest],
                [P.w("komt", "kwam"), P.skip(3), P.w("door", "doordat", "omdat"), P.rest],
                [P.w("door"), P.w("alle", "al", "de", "die", "je", "jouw", "uw"), P.lex(.emotion)],
                [P.w("daardoor", "hierdoor")],
                [P.you, P.skip(6), P.w("omdat", "doordat"), P.rest],
            ],
            scope: .notContentQuestions,
            antipatterns: [
                Antipattern(
                    [P.start, P.w("ik", "we", "wij"), P.skip(8), P.w("omdat")], reach: .sameSentence,
                    reason: "The listener explaining their own question or action supplies nothing about the client.",
                    example: "Ik vraag het omdat je het eerder noemde."),
            ],
            examples: [
                "Dat [[komt waarschijnlijk door de drukte bij de gemeente]].",
                "[[Dus je bent gestopt omdat het te zwaar werd]].",
                "Je raakte het overzicht kwijt [[door alle stress]].",
            ],
            counterexamples: [
                "Waardoor kwam dat, denk je?", "Ik vraag het omdat je het eerder noemde.",
                RuleExample(
                    "Dus je bleef thuis omdat je moeder ziek was.",
                    context: "Ik bleef die week thuis omdat mijn moeder ziek was."),
            ],
            yieldsToEcho: true),
        Rule(
            id: "nl.interpretation.generalisation", category: .interpretation, severity: .minor,
            message: "Een algemene uitspraak (\"dat gebeurt vaker\", \"dat zou iedereen hebben\") legt het verhaal van de cliënt langs jouw ervaring. Daarmee verdwijnt het eigen verhaal naar de achtergrond.",
            suggestion: "Blijf bij deze cliënt: \"Hoe ging dat bij jou?\"",
            patterns: [
                [P.w("dat", "het", "dit"), P.w("gebeurt", "overkomt", "hoor", "zie", "komt", "heb", "hebben", "hoort", "zie"), .optional(.word(["helaas", "wel", "toch", "echt", "ik", "we", "natuurlijk"])), P.w("vaker", "vaak", "veel", "regelmatig", "meer")],
                [P.w("dat"), P.w("zou", "heeft", "had"), P.w("iedereen")],
                [P.w("zie", "hoor", "merk", "zien", "horen"), P.w("je", "ik", "we", "men", "wij"), .optional(.word(["dat", "het", "dit", "zoiets"])), P.skip(2), P.w("vaker", "vaak", "regelmatig")],
                [P.w("komt"), P.skip(2), P.w("vaker", "vaak", "veel", "regelmatig"), P.w("voor")],
                [P.start, P.w("veel", "meeste", "alle", "sommige"), P.skip(1), P.w("mensen", "ouders", "jongeren", "ouderen", "kinderen", "studenten", "vrouwen", "mannen", "werkgevers", "klanten", "scholen", "instanties")],
                [P.start, P.w("mensen", "ouders", "jongeren", "ouderen", "pubers", "kinderen", "werkgevers", "uitzendbureaus", "instanties", "scholen", "gemeenten"), P.skip(5), P.w("vaak", "vaker", "altijd", "meestal", "nooit")],
                [P.w("gaat", "loopt", "ging", "liep"), P.w("dat", "het"), P.w("vaak", "vaker", "altijd", "meestal"), .optional(.word(["zo"]))],
                [P.w("gaat", "loopt", "gaan", "lopen"), P.w("dat", "het", "die", "dingen"), P.skip(3), P.w("altijd", "meestal", "vaak"), P.w("even", "wel", "mis", "fout", "zo", "stroef")],
                [P.w("zo"), P.w("gaat", "gaan", "werkt", "werken", "zijn", "is"), P.w("dat", "die", "het", "ze"), P.w("nu", "nou", "altijd", "meestal")],
                [P.w("nu", "nou"), P.w("eenmaal")],
                [P.w("dat", "die", "zulke"), P.w("soort"), P.skip(4), P.w("altijd", "vaak", "meestal", "nooit")],
                [P.start, .optional(.word(Words.intensifiers)), P.w("logisch", "begrijpelijk", "normaal", "herkenbaar", "menselijk", "vanzelfsprekend"), P.w("dat", "hoor", "toch")],
                [P.w("typisch", "kenmerkend", "gebruikelijk"), P.w("voor")],
                [P.w("dat", "het", "dit"), P.w("is"), .optional(.word(Words.intensifiers)), P.w("normaal", "logisch", "begrijpelijk", "menselijk", "herkenbaar")],
                [P.w("zoals"), P.w("veel", "alle", "de", "meeste"), P.skip(2), P.w("mensen", "jongeren", "ouders", "vrouwen", "mannen", "moeders", "vaders", "studenten", "ouderen", "kinderen")],
            ],
            scope: .assertions,
            examples: [
                "[[Dat gebeurt vaker]] bij mensen die net verhuisd zijn.",
                "Ik snap het, [[dat zou iedereen]] zo ervaren.",
                "[[Dat is heel normaal]] na zo'n week.",
                "Jammer, maar dat [[zie je steeds vaker]] bij grote bedrijven.",
                "[[Veel mensen]] in de schuldhulp durven dat niet te zeggen.",
                "Bij zorgverzekeraars [[gaat het vaak zo]].",
                "Na een verhuizing [[gaat het bij de post altijd even]] mis.",
                "Tja, [[zo gaat dat nu]] eenmaal bij de gemeente.",
                "[[Logisch dat]] je daar wakker van ligt.",
                "[[Dat soort bedrijven reageert altijd]] traag.",
            ],
            counterexamples: [
                "Gebeurt dat vaker?", "Hoe vaak gebeurt dat?", "Gaat het bij de overdracht altijd mis, of alleen soms?",
                "Wat voor soort brief was het?",
            ]),
        Rule(
            id: "nl.interpretation.experience-word", category: .interpretation, severity: .minor,
            message: "\"Dat is frustrerend\" of \"dat was zwaar\" zegt hoe de cliënt het beleefd heeft, terwijl de cliënt dat zelf nog niet zei.",
            suggestion: "Vraag naar de beleving zonder die in te vullen: \"Hoe was dat voor u?\"",
            patterns: [[P.w("dat", "het", "dit"), P.w("is", "was", "moet", "lijkt", "klinkt", "voelt"), P.skip(4), P.lex(.experience)]],
            scope: .notContentQuestions,
            antipatterns: [
                Antipattern(
                    [P.lex(.experience), P.w("werk", "tilwerk", "werkt", "gewicht", "pakket", "doos", "dozen", "weer", "verkeer", "examen", "toets")],
                    reach: .overlapping,
                    reason: "Heavy work or a hard exam is a fact about the thing, not a supplied feeling.",
                    example: "Is het werk zwaar? Dat is zwaar werk, zei je."),
            ],
            examples: [
                "[[Dat is heel frustrerend]] natuurlijk.",
                "[[Dat was zeker een flinke klap]].",
            ],
            counterexamples: ["Is het zwaar werk?", "Hoe zwaar was dat voor je?"]),
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
                [P.w("bedoelt", "bedoelde", "bedoelen", "bedoelden", "meent", "meende"), P.w("het"), .optional(.word(["vast", "wel", "heus", "ook", "echt", "toch", "vast", "vast"])), P.w("goed", "niet", "anders", "zo", "slecht")],
            ],
            scope: .notContentQuestions,
            examples: [
                "Ze doen het [[expres]] om u te laten wachten.",
                "Uw moeder [[bedoelt het vast goed]].",
                "Dat deed hij [[met opzet]].",
            ],
            counterexamples: ["Wat bedoelt u met 'gedoe'?", "Hoe bedoelde hij het, weet u dat?"],
            yieldsToEcho: true),
        Rule(
            id: "nl.interpretation.conclusion", category: .interpretation, severity: .major,
            message: "Met \"dus ...\" trek je een conclusie die verder gaat dan wat de cliënt zei. Een samenvatting is alleen blanco als ze bij de woorden van de cliënt blijft.",
            suggestion: "Vat samen met de eigen woorden van de cliënt, of check: \"Heb ik goed begrepen dat ...?\"",
            detection: .inference(.conclusionBeyondClientWords),
            extent: .sentence,
            examples: [
                RuleExample(
                    "[[Dus eigenlijk wil niemand je helpen.]]",
                    context: "Ik heb de huisarts gebeld en het wijkteam, maar ik moet steeds wachten."),
                RuleExample(
                    "[[Dus je zus heeft je bewust buitengesloten.]]",
                    context: "Mijn zus heeft het feest georganiseerd en ik hoorde het pas achteraf."),
                RuleExample(
                    "[[Met andere woorden: de school luistert niet naar je.]]",
                    context: "Ik heb de mentor drie keer gemaild en nog geen antwoord gekregen."),
                RuleExample(
                    "[[Kortom, niemand voelt zich verantwoordelijk.]]",
                    context: "De gemeente verwijst naar de corporatie en de corporatie naar de gemeente."),
            ],
            counterexamples: [
                RuleExample(
                    "Dus je hebt de huisarts gebeld en het wijkteam.",
                    context: "Ik heb de huisarts gebeld en het wijkteam, maar ik moet steeds wachten."),
                RuleExample(
                    "Met andere woorden: je hebt de mentor drie keer gemaild.",
                    context: "Ik heb de mentor drie keer gemaild en nog geen antwoord gekregen."),
            ]),
        Rule(
            id: "nl.interpretation.assumed-answer", category: .interpretation, severity: .minor,
            message: "Deze vraag legt het antwoord al klaar: je gaat ervan uit hoe het zit of hoe de cliënt zich voelt. Dat is jouw invulling, verpakt als vraag.",
            suggestion: "Stel een open vraag zonder antwoord erin: \"Hoe was dat voor je?\" of \"Wat weten je ouders ervan?\"",
            detection: .inference(.assumedAnswer),
            extent: .sentence,
            examples: [
                "[[Je buurman wist dat toch ook?]]",
                "[[Je wilde daar zeker niet meer werken?]]",
            ],
            counterexamples: ["Wist je buurman dat ook?"]),
    ]
}
