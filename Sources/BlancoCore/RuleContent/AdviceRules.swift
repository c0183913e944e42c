extension RuleBook {
    /// Advice: jumping to solutions, telling the client what to do, taking the problem over.
    static let adviceRules: [Rule] = [
        Rule(
            id: "nl.advice.must", category: .advice, severity: .major,
            message: "\"Je moet ...\" is een advies. Voordat de film bekend is, neem je daarmee het probleem over en wordt de cliënt afhankelijk van jouw oplossing.",
            suggestion: "Vraag eerst verder: \"Wat heb je zelf al gedaan?\"",
            patterns: [
                [P.start, P.you, P.w("moet", "moeten"), P.rest],
                [P.w("dan"), P.w("moet", "moeten"), P.you, P.rest],
            ],
            scope: .statements,
            examples: ["[[Je moet echt een klacht indienen]].", "Oké. [[Dan moet je de huisarts bellen]]."],
            counterexamples: ["Wat moest je opsturen?", "Je moest alles terugbetalen, zei je.", "Wat vervelend dat u steeds moet wachten."]),
        Rule(
            id: "nl.advice.could", category: .advice, severity: .minor,
            message: "\"Je kunt ...\" of \"misschien kun je ...\" is een voorzichtig advies, maar nog steeds een oplossing van jou. Eerst de film, dan pas oplossingen, en het liefst die van de cliënt zelf.",
            suggestion: "Vraag naar wat de cliënt al geprobeerd heeft: \"Wat heb je tot nu toe gedaan?\"",
            patterns: [
                [P.start, P.you, P.w("kunt", "kan", "kun", "kunnen", "zou", "zoudt", "mag", "mogen"), P.rest],
                [P.w("misschien"), P.w("kun", "kunt", "kan", "kunnen", "moet", "moeten", "zou", "zouden"), P.rest],
                // A step offered as what might work: "misschien helpt een cursus".
                [P.start, P.w("misschien"), P.w("helpt", "werkt"), P.rest],
                [P.w("kunt", "kun", "kan"), P.you, .optional(.word(["het", "dat", "die", "dan"])), P.w("beste"), P.rest],
                [P.w("zou", "kun", "kunt", "kan"), P.you, P.w("niet"), .optional(.word(["gewoon", "eens"])), P.rest],
                [P.start, P.w("moet", "moeten", "kan", "kunnen", "zou", "zouden"), P.skip(3), P.w("niet"), P.w("eens", "gewoon"), P.rest],
                // Where to go, said as a possibility: "bij de Huurcommissie kunt u dat laten toetsen", "daar kunt u terecht".
                [P.start, P.w("bij", "via", "daarvoor", "hiervoor"), TokenPattern.Element.wordExcept(["wie", "welke", "wat", "hoeveel", "wanneer", "hoe"]), P.skip(3), P.w("kunt", "kan", "kun"), P.you,
                 P.skip(6), .word(Words.takeOverVerbs.union(Words.placeOfHelpVerbs)), P.rest],
                [P.start, P.w("dan", "daar"), P.w("kunt", "kan", "kun"), P.you, P.skip(6), .word(Words.takeOverVerbs.union(Words.placeOfHelpVerbs)), P.rest],
                [P.start, P.w("wat"), P.you, P.w("kunt", "kan", "kun", "kunnen", "zou"), P.skip(2), P.w("doen"), P.w("is"), P.rest],
                [P.w("het"), .optional(.word(["misschien", "niet", "dan", "anders"])), P.w("een"), .optional(.word(["goed", "goede", "slim", "beter"])), P.w("idee"), .optional(.word(["zijn"])), P.w("om", "als"), P.rest],
                // A step offered as a fit: "misschien is buurtbemiddeling iets voor jullie?"
                [P.w("iets"), P.w("voor"), P.w("je", "jou", "u", "jullie"), .optional(.word(["zijn"])), P.end],
            ],
            scope: .anySentence,
            antipatterns: [
                Antipattern(
                    [P.w("kunt", "kan", "kun"), P.you, P.skip(2), P.w("weinig", "niks", "niets", "nauwelijks", "geen")],
                    reach: .overlapping,
                    reason: "'Daar kunt u weinig aan doen' says what the client cannot change (a verdict), it proposes no step.",
                    example: "Daar kunt u weinig aan doen, zei de buurman?"),
                Antipattern(
                    [P.you, P.w("kunt", "kan", "kon"), P.skip(3), P.w("niet", "moeilijk", "slecht"), P.w("loslaten", "verkroppen", "uitstaan", "plaatsen", "verwerken", "rijmen", "accepteren", "aanzien", "verdragen")],
                    reach: .sameSentence,
                    reason: "'U kunt het niet loslaten' says what the client cannot bear (an interpretation), it proposes no step.",
                    example: "U kunt het niet loslaten, merk ik."),
                Antipattern(
                    [P.w("ik", "we", "wij"), P.w("heb", "hebben", "kan", "kunnen", "doe", "doen"), P.skip(3), P.w("iets"), P.w("voor")], reach: .sameSentence,
                    reason: "'Ik heb hier iets voor u' offers the listener's help, not a step for the client.",
                    example: "Ik heb hier nog iets voor u."),
                Antipattern(
                    [P.w("heb", "hebben", "kan", "kunnen", "doe", "doen"), P.w("ik", "we", "wij"), P.skip(3), P.w("iets"), P.w("voor")], reach: .sameSentence,
                    reason: "'Kan ik nog iets voor u?' offers the listener's help, not a step for the client.",
                    example: "Kan ik nog iets voor u?"),
                Antipattern(
                    [P.w("vertellen", "vertelt", "vertel", "zeggen", "uitleggen", "beschrijven", "aangeven", "herhalen", "afmaken")],
                    reach: .sameSentence,
                    reason: "'U kunt rustig vertellen' invites the client to go on; it proposes no solution.",
                    example: "U kunt rustig verder vertellen."),
                Antipattern(
                    [P.w("tijd"), P.w("nemen", "neemt")], reach: .sameSentence,
                    reason: "'U kunt rustig de tijd nemen' invites the client to go on at their own pace.",
                    example: "U kunt rustig de tijd nemen."),
                Antipattern(
                    [P.start, P.you, P.w("kunt", "kan", "kun", "kon"), P.skip(4), P.w("lezen", "volgen", "slapen", "werken", "lopen", "betalen", "zien", "horen")],
                    reach: .sameSentence,
                    reason: "Saying what the client is able to do echoes a fact.",
                    example: "Je kunt niet slapen, zeg je."),
                Antipattern(
                    [P.w("niet"), P.w("meer"), P.w("aan", "op", "bijbenen", "volgen")], reach: .sameSentence,
                    reason: "'Je kunt het niet meer aan' says how the client is doing (an interpretation), it proposes nothing.",
                    example: "Je kunt het allemaal niet meer aan."),
            ],
            examples: [
                "[[Misschien helpt een gesprek met de mentor]].",
                "[[Bij het Juridisch Loket kunt u dat laten nakijken]].", "[[Daar kunt u terecht met uw vragen]].",
                "[[Je kunt je aanmelden bij het wijkteam]].",
                "[[Misschien kun je de ombudsman bellen]]?",
                "[[Misschien moet je eens met je mentor praten]].",
                "[[Moet je broer niet eens naar de huisarts]]?",
                "Die [[kunt u het beste meteen opsturen]].",
                "[[Wat u kunt doen is een klacht indienen]].",
                "Is [[het een idee om de wijkagent te bellen]]?",
                "Misschien is een schuldhulpmaatje [[iets voor u]]?",
                "Zou een cursus [[iets voor jou zijn]]?",
            ],
            counterexamples: [
                "Bij wie kunt u dat melden, weet u dat?", "Dan kunt u me vertellen hoe het verder ging.",
                "Kun je de brief goed lezen?", "Kunt u het huis wat nader beschrijven?", "U kunt rustig verder vertellen.",
                "Is er nog post voor u gekomen?", "Heeft de school iets voor u geregeld?",
            ]),
        Rule(
            id: "nl.advice.if-i-were-you", category: .advice, severity: .major,
            message: "\"Ik zou ...\" of \"als ik jou was\" is advies. Je neemt de regie over terwijl de cliënt nog aan het vertellen is.",
            suggestion: "Vraag wat de cliënt zelf wil of al overwoog, maar pas als de film compleet is.",
            patterns: [
                [P.w("ik"), P.w("zou"), P.rest],
                [P.w("als"), P.w("ik"), P.you, P.w("was", "ware")],
                [P.w("in"), P.w("jouw", "uw", "je"), P.w("plaats", "geval", "schoenen")],
                [P.w("ik"), P.w("stel", "raad"), P.skip(2), P.w("voor", "aan"), P.rest],
            ],
            scope: .statements,
            antipatterns: [
                Antipattern(
                    [P.w("ik"), P.w("zou"), .optional(.word(["graag", "wel"])), .optional(.word(["willen"])), P.w("weten", "horen", "begrijpen", "willen", "snappen")],
                    reach: .overlapping,
                    reason: "'Ik zou graag willen weten' introduces a question.",
                    example: "Ik zou graag willen weten wat er toen gebeurde."),
                Antipattern(
                    [P.w("ik"), P.w("zou"), P.skip(3), P.lex(.emotion), P.w("zijn", "worden")], reach: .overlapping,
                    reason: "'Ik zou ook boos zijn' takes the client's side (a judgment), it proposes nothing.",
                    example: "Ik zou eerlijk gezegd ook boos zijn."),
                Antipattern(
                    [P.w("ik"), P.w("zou"), P.skip(2), P.w("hetzelfde"), P.skip(1), P.w("doen")], reach: .overlapping,
                    reason: "'Ik zou hetzelfde doen' endorses what the client did (a judgment), it proposes nothing.",
                    example: "Dat snap ik, ik zou precies hetzelfde doen."),
            ],
            examples: [
                "[[Ik zou meteen bezwaar maken]].",
                "[[ik zou als ik jou was een advocaat nemen]]",
                "[[Ik raad je aan om te bellen]].",
            ],
            counterexamples: ["Ik zou graag willen weten wat er toen gebeurde."]),
        Rule(
            id: "nl.advice.best-way", category: .advice, severity: .major,
            message: "\"Het beste is om ...\" geeft de oplossing al. Zo vroeg in het gesprek weet je nog niet wat de cliënt nodig heeft.",
            suggestion: "Vraag eerst verder naar de film: \"Wat is er tot nu toe gebeurd?\"",
            patterns: [
                [P.w("het"), P.w("beste"), P.w("is", "kunt", "kun", "kan"), P.rest],
                [P.start, P.w("beste"), P.w("kunt", "kun", "kan"), P.rest],
                [P.w("het"), P.w("is"), .optional(.word(["misschien", "wel", "echt"])), P.w("verstandig", "slim", "handig", "beter", "raadzaam", "goed", "belangrijk"), P.w("om", "als", "dat"), P.rest],
                [P.w("misschien", "wellicht", "anders", "dan"), P.w("is", "wordt"), P.w("het"), .optional(.word(["wel", "echt", "een"])), .word(Words.adviceAdjectives), P.w("om", "als", "dat"), P.rest],
                [P.w("het", "dat"), P.w("lijkt", "leek"), P.w("me", "mij", "ons"), .optional(.word(["wel", "echt", "misschien", "een"])), .word(Words.adviceAdjectives), P.w("om", "als", "dat"), P.rest],
                [P.w("het", "dat"), P.w("zou", "kan"), .optional(.word(["wel", "echt", "misschien", "geen"])), .word(Words.adviceAdjectives), P.w("zijn", "kunnen"), P.w("om", "als"), P.rest],
                [P.w("kan"), P.w("geen"), P.w("kwaad"), P.w("om", "als"), P.rest],
                [P.w("kan", "kunnen", "zou", "zouden"), .optional(.word(["misschien", "echt", "wel", "best", "ook", "enorm", "veel", "flink"])), P.w("helpen", "schelen"), P.end],
                [P.w("mijn", "een", "de"), .optional(.word(["goed", "goede", "eerste", "beste", "andere"])), P.w("advies", "tip", "suggestie", "voorstel", "optie", "mogelijkheid", "idee"), P.w("is", "zou", "zijn"), P.rest],
                [P.start, P.w("laten", "laat"), P.w("we", "wij", "ons"), P.rest],
            ],
            scope: .statements,
            antipatterns: [
                Antipattern(
                    [P.w("vertellen", "vertelt", "verhaal", "horen", "begrijpen", "weten", "samenvatten", "luisteren", "gebeurd", "gebeurde", "terug", "teruggaan", "verder")], reach: .sameSentence,
                    reason: "'Het lijkt me goed om eerst uw verhaal te horen' is the listener's own plan to listen.",
                    example: "Het lijkt me goed om eerst uw verhaal te horen."),
            ],
            examples: [
                "[[Het beste is om alles op te schrijven]].", "[[Het is verstandig om een kopie te bewaren]].",
                "Een dagboekje [[kan echt helpen]].",
                "[[Misschien is het slim om de brieven te bewaren]]. Wanneer kwam de eerste?",
                "[[Het lijkt me verstandig als u een klacht indient]].",
                "[[Het zou goed zijn om een logboek bij te houden]].",
                "Het [[kan geen kwaad om de wijkagent te bellen]].",
                "[[Mijn advies is om alles te laten controleren]].",
                "[[Laten we samen een brief opstellen]].",
            ],
            counterexamples: [
                "Wat is het beste moment om te bellen?", "Het lijkt me goed om eerst uw verhaal te horen.",
                "Misschien is het goed als u vertelt wat er gebeurde.", "Laten we even teruggaan naar maandag.",
                "Laten we eerst kijken wat er gebeurd is.",
            ]),
        Rule(
            id: "nl.advice.take-over", category: .advice, severity: .major,
            message: "Je neemt het probleem over (\"ik regel het\", \"ik bel ze\"). Goed bedoeld, maar de cliënt raakt zo de regie kwijt en jij kent de film nog niet.",
            suggestion: "Vraag eerst verder: \"Wat is er tot nu toe gebeurd?\" Afspraken maak je pas als het verhaal compleet is.",
            patterns: [
                [P.start, P.w("ik", "we", "wij"), .optional(.word(["ga", "gaan", "zal", "zullen", "kan", "wil"])), .optional(.word(["wel", "ook", "best", "gerust", "zelf", "alvast"])), P.skip(8), .word(Words.takeOverVerbs), P.rest],
                // A joint fix offered as a question: "zullen we samen het formulier invullen?"
                [P.start, P.w("zullen", "zal"), P.w("we", "wij", "ik"), .optional(.word(["samen", "even", "dan", "nu", "meteen", "alvast"])), P.skip(5), .word(Words.takeOverVerbs), P.rest],
                [P.w("dan"), P.w("zet", "bel", "stuur", "regel", "ga", "neem", "maak", "zorg", "dien", "vraag", "zoeken", "regelen", "gaan", "bellen"), P.w("ik", "we", "wij"), P.rest],
                [P.w("zal", "moet", "kan", "wil"), P.w("ik"), P.skip(5), .word(Words.takeOverVerbs), P.rest],
                [P.w("wilt", "wil", "zal"), P.you, P.w("dat"), P.w("ik", "we", "wij"), P.skip(5), .word(Words.takeOverVerbs), P.rest],
                [P.w("ik", "we", "wij"), .optional(.word(["ga", "gaan", "zal", "zullen"])), P.w("ervoor", "daarvoor"), P.w("zorgen"), P.rest],
                [P.w("ik", "we", "wij"), P.w("zorg", "zorgen"), P.w("ervoor", "dat"), P.rest],
                [P.start, P.w("laat", "laten"), P.w("dat", "het", "die", "alles"), .optional(.word(["maar", "gerust", "verder"])), P.w("aan"), P.w("mij", "ons"), P.rest],
                [P.start, P.w("laat"), P.w("mij", "me", "ons"), P.w("dat", "het", "die", "dit"), .optional(.word(["maar", "even", "gewoon"])), P.skip(2), P.w("doen", "regelen", "oplossen", "uitzoeken", "afhandelen", "overnemen", "bellen")],
                [P.w("ik", "we", "wij"), P.w("neem", "nemen"), P.w("het", "dat", "dit", "die", "alles"), .optional(.word(["wel", "graag", "even", "gewoon"])), P.w("over", "overnemen"), P.rest],
                [P.w("daar", "dat", "dit", "die"), P.w("zorg", "zorgen", "regel", "regelen", "los", "pak", "fix", "plan", "boek"), P.w("ik", "we", "wij"), P.rest],
            ],
            scope: .anySentence,
            antipatterns: [
                Antipattern(
                    [P.w("ik", "we"), P.w("zou", "zouden", "had", "hadden"), P.skip(2), P.w("hetzelfde"), P.skip(1), P.w("doen", "gedaan")], reach: .overlapping,
                    reason: "'Ik zou precies hetzelfde doen' endorses what the client did (a judgment); it takes nothing over.",
                    example: "Ik zou precies hetzelfde doen."),
                Antipattern(
                    [P.w("beginnen", "starten", "begin", "start"), P.w("met")], reach: .sameSentence,
                    reason: "'Waar zal ik beginnen met vragen?' is about the listener's own questions; it takes nothing over.",
                    example: "Waar zal ik beginnen met vragen?"),
                Antipattern(
                    [P.w("ik"), P.skip(2), P.w("vraag", "vragen", "vroeg"), P.skip(3), P.w("omdat", "of", "wat", "hoe", "wanneer", "waar", "wie", "jou", "je", "u")],
                    reach: .overlapping,
                    reason: "'Ik vraag je ...' asks the client something; it takes nothing over.",
                    example: "Ik vraag het omdat je het eerder noemde."),
                Antipattern(
                    [P.w("ik", "we"), P.w("vraag", "vragen", "vroeg"), P.w("het", "je", "jou", "u", "me", "dat", "dit", "even", "me", "naar")],
                    reach: .overlapping,
                    reason: "'Ik vraag het even' asks the client something; it takes nothing over.",
                    example: "Mag ik iets vragen? Ik vraag het even voor de zekerheid."),
                Antipattern(
                    [P.w("ik"), P.skip(5), P.w("begrijpen", "weten", "snappen", "horen", "kijken", "samenvatten")], reach: .sameSentence,
                    reason: "The listener checking their understanding takes nothing over.",
                    example: "Ik wil het graag goed begrijpen, dus ik vraag het nog even."),
                Antipattern(
                    [P.w("voorstellen", "denk", "hoor", "snap", "begrijp", "merk", "vermoed")], reach: .sameSentence,
                    reason: "A sentence about what the listener imagines or understands takes nothing over.",
                    example: "Ik kan me voorstellen dat je een afspraak wilt maken."),
                Antipattern(
                    [P.w("wat"), P.w("kan"), P.w("ik")], reach: .sameSentence,
                    reason: "'Wat kan ik voor u doen?' opens a service conversation.",
                    example: "Goedemiddag, wat kan ik voor u doen?"),
            ],
            examples: [
                "[[Ik ga dat meteen voor je regelen]].",
                "[[Laat dat maar aan mij over]].",
                "[[Laat mij dat maar even uitzoeken]].",
                "[[Ik bel vandaag nog de verhuurder]].",
                "Oké. [[Dan stuur ik er iemand langs]].",
                "[[zal ik de school voor je bellen]]?",
                "Goed, [[ik ga ervoor zorgen dat het vandaag gebeurt]].",
                "[[Ik ga nu een afspraak voor u inplannen]].",
                "Het geld komt terug, [[daar zorg ik voor]].",
                "[[Dat regel ik vandaag nog]].",
                "[[Ik neem het wel over]].",
                "[[Wilt u dat ik de school bel]]?",
                "[[Ik kan wel een mail namens u naar de verhuurder sturen]].",
                "[[Zullen we samen de aanvraag invullen]]?",
            ],
            counterexamples: [
                "Wat kan ik voor u doen?", "Ik vraag het omdat je het eerder noemde.",
                "Dat zoek ik even op in uw dossier: wanneer was het gesprek?",
                "Dat is een hoop. Waar zal ik beginnen met vragen?", "Zullen we eerst even kijken wat er gebeurde?",
            ]),
        Rule(
            id: "nl.advice.have-you-tried", category: .advice, severity: .minor,
            message: "\"Heb je al geprobeerd ...?\" is een advies in vraagvorm: er zit een oplossing van jou in. De cliënt gaat dan uitleggen waarom dat wel of niet lukte, in plaats van te vertellen.",
            suggestion: "Vraag open wat de cliënt al deed: \"Wat heb je tot nu toe gedaan?\"",
            patterns: [
                [P.w("heb", "hebt", "heeft", "had"), P.you, P.skip(3), P.w("al", "eens"), P.skip(7), .word(Words.adviceParticiples), P.rest],
                [P.w("heb", "hebt", "heeft", "had"), P.you, P.skip(3), P.w("overwogen", "geprobeerd", "nagedacht"), P.rest],
                [P.w("waarom"), P.w("probeer", "vraag", "bel", "ga", "doe", "mail", "neem", "zoek", "schakel", "meld", "stap", "schrijf",
                                        "probeert", "vraagt", "belt", "mailt", "neemt", "zoekt", "schakelt", "meldt", "stapt", "schrijft", "stuur", "stuurt", "app", "appt", "regel", "regelt"), P.you, P.skip(6), P.w("niet"), P.rest],
                // A step slipped into a why: "waarom eet u niet alvast iets?", "waarom vraagt u niet gewoon ...?"
                [P.start, P.w("waarom"), TokenPattern.Element.wordExcept(["heb", "hebt", "heeft", "had", "hadden", "is", "was", "bent", "ben", "werd", "wordt", "kon", "kan", "kunt", "durf", "durft", "durfde", "wil", "wilt", "wilde", "mag", "mocht", "moest", "moet", "zei", "zegt"]),
                 P.you, P.skip(5), P.w("niet"), P.w("gewoon", "even", "eens", "alvast", "voortaan", "liever", "gelijk", "meteen", "direct"), P.rest],
                [P.w("wat"), P.w("als"), P.you, P.rest],
                [P.w("wat"), P.w("dacht", "denkt", "denk", "zegt"), P.you, P.w("van"), P.w("een", "het", "de"), P.rest],
                [P.w("zou", "helpt", "zal"), P.w("het"), .optional(.word(["misschien", "niet", "u", "je", "jou"])), P.w("helpen", "schelen"), P.w("als", "om"), P.rest],
            ],
            scope: .questions,
            extent: .sentence,
            antipatterns: [
                Antipattern(
                    [P.start, P.w("wat", "hoe", "wie", "wanneer", "waar", "welke"), P.w("heb", "hebt", "heeft", "had")], reach: .sameSentence,
                    reason: "'Wat heeft u al geprobeerd?' asks openly what the client did; it proposes nothing.",
                    example: "Wat heeft u al geprobeerd?"),
                Antipattern(
                    [P.start, P.w("met", "bij", "aan", "naar", "over", "van", "voor", "tegen"), P.w("wie", "wat", "welke", "hoeveel"), P.skip(1), P.w("heb", "hebt", "heeft", "had")], reach: .sameSentence,
                    reason: "'Met wie heeft u er al over gepraat?' asks openly what the client did; it proposes nothing.",
                    example: "Met wie heeft u er al over gepraat?"),
                Antipattern(
                    [P.w("al"), P.w("eerder", "vaker", "ooit")], reach: .sameSentence,
                    reason: "'Heeft u al eerder gebeld?' asks about the history; it proposes nothing.",
                    example: "Heeft u al eerder gebeld over de storing?"),
                Antipattern(
                    [P.start, P.w("waarom"), P.w("heb", "hebt", "heeft", "had"), P.you, P.skip(3), P.w("niet"), P.w("meteen", "eerder", "direct", "toen")], reach: .sameSentence,
                    reason: "'Waarom heeft u niet meteen gebeld?' asks for a justification (a why-question), not a solution.",
                    example: "Waarom heeft u niet meteen maandag al gebeld?"),
                Antipattern(
                    [P.start, P.w("waarom"), P.skip(7), P.w("niet"), P.w("meer")], reach: .sameSentence,
                    reason: "'Waarom belt u haar niet meer?' asks why a habit stopped (a why-question), not for a new step.",
                    example: "Waarom belt u uw zus niet meer?"),
            ],
            examples: [
                "[[Heb je al eens met je mentor gepraat?]]",
                "[[Heeft u al geprobeerd om de huisarts te mailen?]]",
                "[[Waarom bel je de school niet gewoon?]]",
                "[[Waarom vraagt u niet even om een papieren formulier?]]",
                "[[Waarom stuurt u de woningbouw niet gewoon een mail?]]",
                "[[Heeft u de buurman al aangesproken op het lawaai?]]",
                "[[Zou het helpen als u de leraar mailt?]]",
                "[[Wat dacht u van een klacht bij de ombudsman?]]",
                "[[Waarom belt u de woningcorporatie niet om een nieuwe afspraak?]]",
                "[[Waarom vraagt u uw zus niet of zij de kinderen ophaalt?]]",
            ],
            counterexamples: [
                "Heb je al een kamer gevonden?", "Heb je vorige week iets gehoord?", "Heeft u al eerder gebeld over de storing?",
                "Wat heeft u al geprobeerd?", "Wat dacht u toen u de brief las?", "Met wie heeft u er al over gepraat?",
                "Waarom kon u niet meteen betalen, zei de bank dat?", "Waarom heeft u niet meteen gebeld?", "Waarom gaat u de deur niet meer uit, zei u?",
                "Waarom heb je niet gewoon gezegd dat je ziek was?", "Waarom belt u uw zus niet meer?",
            ]),
        Rule(
            id: "nl.advice.imperative", category: .advice, severity: .major,
            message: "Een opdracht (\"Bel ...\", \"Teken bezwaar aan\") vertelt de cliënt wat te doen. Eerst luisteren, dan pas samen kijken naar oplossingen.",
            suggestion: "Vraag wat de cliënt zelf al overwoog, nadat de film compleet is.",
            patterns: [
                [P.start, .word(Words.imperativeVerbs), TokenPattern.Element.wordExcept(["je", "jij", "u", "jullie", "ik", "we", "het", "er", "verder", "door", "maar", "gerust", "rustig", "even", "dan", "nou"]), P.rest],
                // A condition that is an instruction: "Als u nu eerst de modem reset, dan ...".
                [P.start, P.w("als"), P.you, .optional(.word(["nu", "dan", "morgen", "straks"])), P.w("eerst", "gewoon", "eens", "alvast"), P.rest],
                // "..., als u maar laat zien dat ...", "zolang je maar op tijd belt": the condition is the step. 'Maar' meaning 'only' ("als u maar twee uur sliep") is not.
                [P.w("als", "zolang"), P.you, P.w("maar"), TokenPattern.Element.wordExcept(["een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "tien", "weinig", "kort", "half", "net", "nauwelijks", "zo", "heel", "amper"]), P.rest],
                [P.start, P.w("probeer", "meld", "regel", "bel", "stuur", "schrijf", "zet", "dien", "noteer", "bewaar", "controleer", "check"), P.w("het", "ze", "hem", "die", "dat"), P.rest],
                // "Doe gewoon aangifte", "doe maar een klacht".
                [P.start, P.w("doe"), .optional(.word(["gewoon", "maar", "even", "toch", "meteen", "dan", "gerust", "alvast"])), P.w("aangifte", "melding", "navraag", "een", "bezwaar", "beroep", "afstand", "boodschappen", "aanvraag", "klacht")],
                [P.start, P.w("zet", "leg", "hang", "plaats", "gooi", "stop", "plak", "draai", "schroef", "zeg"), P.w("er"), P.not("je", "jij", "u", "jullie", "ik", "we"), P.rest],
            ],
            scope: .statements,
            antipatterns: [
                Antipattern(
                    [P.w("neem"), .optional(.word(["gerust", "rustig", "maar"])), P.w("de", "je", "uw", "alle"), P.w("tijd", "rust")],
                    reach: .overlapping,
                    reason: "'Neem de tijd' invites the client to go on.",
                    example: "Neem de tijd."),
                Antipattern(
                    [P.w("laat"), P.w("me", "mij", "maar", "ons", "het")], reach: .overlapping,
                    reason: "'Laat me even samenvatten' is the listener's own move.",
                    example: "Laat me even samenvatten wat ik hoorde."),
                Antipattern(
                    [P.w("kijk"), P.w("eens", "maar", "even")], reach: .overlapping,
                    reason: "'Kijk eens' is a discourse marker.",
                    example: "Kijk eens aan."),
            ],
            examples: [
                "[[Teken zo snel mogelijk bezwaar aan]].", "[[Bel de ombudsman, dan sta je sterker]].",
                "[[Zet de fiets anders bij de buren]].",
                "[[Denk eens na over een budgetcoach]].",
                "[[Reset de router en bel dan terug]].",
                "[[Doe gewoon aangifte]] bij de politie.",
                "[[Als je nu eerst de brief opstuurt, dan zien we wel verder]].",
                "[[Probeer het eens via de website]].",
                "[[Zet er een handdoek onder en bel de verhuurder]].",
                "[[Gebruik voorlopig de andere kamer]].",
                "Het komt wel goed, [[als u maar op tijd bezwaar maakt]].",
                "Dat lukt best, [[zolang je maar elke week je uren doorgeeft]].",
            ],
            counterexamples: [
                "Doe maar rustig, vertel het in uw eigen tempo.",
                "Vertel verder.", "Ga door.", "Neem de tijd.", "Als u terugdenkt aan die dag, wat ziet u dan?",
                "Als u eerst even vertelt wat er gebeurde?", "Als u maar twee uur had geslapen, hoe ging de dag daarna?",
            ]),
    ]
}
