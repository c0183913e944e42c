extension RuleBook {
    /// Advice in the wordings students use beyond "je moet" and the plain imperative: a step
    /// stated as a fact, a procedure step the client must take, someone else who could do
    /// it, a bare infinitive, an offer to do it for the client.
    static let adviceFamilyRules: [Rule] = [
        Rule(
            id: "nl.advice.step-as-fact", category: .advice, severity: .minor,
            message: "\"Een brief van de huisarts doet wonderen\" of \"daar bestaat een loket voor\" klinkt als informatie, maar is een advies: je wijst de cliënt al een oplossing aan voordat de film bekend is.",
            suggestion: "Vraag eerst wat de cliënt zelf al heeft geprobeerd: \"Wat heeft u tot nu toe gedaan?\"",
            patterns: [
                [P.w("doet", "doen", "deed"), P.w("wonderen", "wonder")],
                [P.w("doet", "doen", "deed"), P.w("vaak", "soms", "echt", "altijd", "meestal", "zeker", "vast", "wel"), P.w("wonderen", "wonder")],
                [P.w("helpt", "helpen", "werkt", "werken"), P.w("goed", "prima", "wonderen", "beter", "uitstekend"), P.end],
                [P.w("helpt", "helpen", "werkt", "werken"), P.w("vaak", "soms", "echt", "altijd", "meestal", "zeker", "heel", "wel"), P.w("goed", "prima", "wonderen", "beter", "uitstekend"), P.end],
                [P.w("daar", "hier", "er", "daarvoor", "hiervoor"), P.w("bestaat", "bestaan", "is", "zijn", "heb", "hebt", "heeft", "hebben"), .optional(.word(["je", "u", "ook", "gewoon", "tegenwoordig", "speciaal", "juist"])),
                 P.skip(2), P.w("speciaal", "speciale", "loket", "regeling", "regelingen", "fonds", "potje", "hulplijn", "cursus", "cursussen", "app", "website", "stichting", "subsidie", "vergoeding", "spreekuur", "steunpunt", "formulieren"), P.rest],
            ],
            scope: .statements,
            examples: [
                "Een brief van de huisarts [[doet vaak wonderen]].",
                "Oké. [[Daar bestaat een speciaal loket voor]].",
                "Zo'n gesprek met de mentor [[werkt vaak goed]].",
            ],
            counterexamples: ["Er is een regeling voor u getroffen, zei u?", "Wat werkte er wel goed?", "Dat werkt goed, zei de arts."]),
        Rule(
            id: "nl.advice.procedure-step", category: .advice, severity: .minor,
            message: "\"Daarvoor moet u eerst ...\" legt de cliënt een stap op voordat de film bekend is. Ook als het de procedure is, is het een oplossing van jou.",
            suggestion: "Luister eerst naar het verhaal: \"Vertelt u eens wat er gebeurd is.\" De stappen komen later.",
            patterns: [
                [P.start, P.w("voor", "daarvoor", "hiervoor", "daar", "volgens", "eerst", "via", "bij", "zonder", "anders"), P.skip(6), P.w("moet", "moeten"), P.you, P.rest],
            ],
            scope: .statements,
            antipatterns: [
                Antipattern(
                    [P.w("zei", "zeiden", "zegt", "zeggen", "schrijft", "schreef", "staat", "stond"), P.skip(6), P.w("dat")], reach: .sameSentence,
                    reason: "What someone else told the client to do is their film, reported.",
                    example: "Volgens de brief zei de gemeente dat u moet betalen."),
            ],
            examples: [
                "[[Daarvoor moet u eerst het formulier invullen]].",
                "[[Volgens de regels moet u de afschriften uploaden]].",
            ],
            counterexamples: ["Wat moet u van de gemeente doen?", "Daarvoor moest u naar het loket, zei u?"]),
        Rule(
            id: "nl.advice.why-not-now", category: .advice, severity: .minor,
            message: "\"Waarom zet u hem niet in de stalling?\" is een advies als vraag: je legt de oplossing klaar en vraagt de cliënt zich te verantwoorden waarom die het nog niet doet.",
            suggestion: "Vraag wat de cliënt al heeft geprobeerd: \"Wat heeft u tot nu toe gedaan?\"",
            patterns: [
                [P.w("waarom"), .word(Words.imperativeVerbs.union(["neemt", "zet", "zet", "vraagt", "belt", "stuurt", "gaat", "koopt", "maakt", "probeert", "meldt", "zoekt", "laat", "doet", "legt", "schrijft", "regelt"])),
                 P.you, P.skip(6), P.w("niet"), P.rest],
            ],
            scope: .questions,
            antipatterns: [
                Antipattern(
                    [P.w("niet"), P.w("meer")], reach: .sameSentence,
                    reason: "'Waarom gaat u niet meer naar buiten?' asks about a change in the client's life, it proposes no step.",
                    example: "Waarom gaat u niet meer naar buiten?"),
            ],
            examples: ["[[Waarom zet u hem niet in de bewaakte stalling]]?", "[[Waarom neem je niet op als ze bellen]]?"],
            counterexamples: ["Waarom werd u niet gebeld?", "Waarom nam u toen niet op?"]),
        Rule(
            id: "nl.advice.someone-else-could", category: .advice, severity: .minor,
            message: "\"Kan uw zoon niet voor u bellen?\" stelt een oplossing voor, verpakt als vraag. De cliënt moet dan uitleggen waarom dat niet gaat, in plaats van te vertellen wat er gebeurd is.",
            suggestion: "Vraag wie er nu helpt: \"Wie staat er om u heen?\"",
            patterns: [
                [P.start, P.w("kan", "kunnen", "zou", "zouden"), P.skip(4), P.w("niet"), .optional(.word(["even", "gewoon", "eens", "dan"])), P.w("voor", "met"), P.w("je", "jou", "u", "jullie"),
                 P.skip(4), .word(Words.takeOverVerbs.union(Words.placeOfHelpVerbs).union(["helpen", "meegaan", "meekijken", "opvangen", "oppassen", "zorgen", "koken", "rijden", "brengen", "halen", "ophalen", "invullen", "inloggen"]))],
            ],
            scope: .yesNoQuestions,
            extent: .sentence,
            examples: ["[[Kan uw zoon of dochter niet voor u bellen?]]", "[[Kunnen je ouders niet met je meegaan?]]"],
            counterexamples: ["Kon je niet slapen?", "Kon u niet bellen?"]),
        Rule(
            id: "nl.advice.bare-infinitive", category: .advice, severity: .major,
            message: "\"Gewoon die brief openmaken\" is een opdracht in het kort. Je neemt het probleem over met een oplossing voordat de film bekend is.",
            suggestion: "Vraag wat de brief voor de cliënt betekent: \"Wat houdt u tegen om hem open te maken?\"",
            patterns: [
                [P.start, P.w("gewoon", "eerst", "meteen", "direct", "snel", "gauw", "altijd", "nooit"), P.skip(4),
                 P.w("openmaken", "opendoen", "openen", "ophalen", "betalen", "uitzetten", "wegleggen", "aanvragen", "indienen", "bellen", "opbellen", "mailen",
                     "opschrijven", "bewaren", "weggooien", "opzeggen", "uitleggen", "aangeven", "melden", "regelen", "afspreken", "vragen", "terugbellen", "doorzetten", "volhouden", "weigeren")],
            ],
            scope: .statements,
            examples: ["[[Gewoon die brief openmaken]], jongen.", "[[Eerst de deurwaarder bellen]]."],
            counterexamples: ["Gewoon even vertellen wat er gebeurde.", "Eerst iets anders: wanneer kwam die brief?"]),
        Rule(
            id: "nl.advice.offer", category: .advice, severity: .major,
            message: "\"Ik kan het ook voor u doen\" is een aanbod om het probleem over te nemen. Goed bedoeld, maar zo word je de oplosser en blijft de cliënt afhankelijk.",
            suggestion: "Vraag eerst wat de cliënt zelf al kan en wil: \"Wat heeft u nodig?\"",
            patterns: [
                [P.w("ik", "we", "wij"), P.w("kan", "kunnen", "wil", "zal", "zou"), P.skip(5), P.w("voor"), P.w("je", "jou", "u", "jullie"), P.skip(3),
                 .word(Words.takeOverVerbs.union(["doen", "invullen", "inloggen", "uitzoeken", "opzoeken", "schrijven", "opstellen", "bellen"]))],
                [P.w("ik", "we", "wij"), P.w("loop", "lopen", "ga", "gaan", "kom", "komen", "kijk", "kijken"), .optional(.word(["even", "wel", "zo", "gewoon", "straks"])), P.w("met"), P.w("je", "jou", "u", "jullie"), P.w("mee")],
            ],
            scope: .statements,
            antipatterns: [
                Antipattern(
                    [P.w("voorstellen", "indenken", "begrijpen", "snappen", "inleven")], reach: .sameSentence,
                    reason: "'Ik kan me voorstellen dat het voor u ...' imagines the client's experience; it offers nothing.",
                    example: "Ik kan me voorstellen dat het voor u lastig was om te bellen."),
            ],
            examples: ["Voor 1 mei, zegt de brief. [[Ik kan het anders ook wel even voor u doen]] hoor.", "[[Ik loop even met u mee]] naar de computer."],
            counterexamples: ["Kan ik nog iets voor u doen?", "Ik kan me voorstellen dat het voor u lastig was."]),
        Rule(
            id: "nl.advice.take-over-step", category: .advice, severity: .major,
            message: "\"Ik verwijs je door\" of \"dan zetten we hulp in\" is een stap die jij voor de cliënt zet. Zo neem je het probleem over voordat de film bekend is.",
            suggestion: "Vraag eerst wat de cliënt zelf wil: \"Wat zou u nu het meest helpen?\"",
            patterns: [
                [P.w("ik", "we", "wij"), P.w("zet", "zetten", "breng", "brengen", "schakel", "schakelen", "plan", "plannen"), P.skip(6), P.w("in")],
                [P.w("ik", "we", "wij"), P.w("verwijs", "verwijzen", "stuur", "sturen", "zet", "zetten", "geef", "geven"), P.skip(6), P.w("door")],
                [P.w("ik", "we", "wij"), P.w("meld", "melden", "vraag", "vragen"), P.skip(6), P.w("aan")],
                [P.w("ik", "we", "wij"), P.w("schort", "schorten", "zet", "zetten"), P.skip(6), P.w("op")],
                [P.w("ik", "we", "wij"), P.w("draag", "dragen"), P.skip(6), P.w("over")],
                [P.w("ik", "we", "wij"), P.w("laat", "laten"), P.skip(5), P.w("toetsen", "nakijken", "uitzoeken", "onderzoeken", "controleren", "beoordelen", "herberekenen", "aanpassen", "terugdraaien", "intrekken")],
                [P.start, P.w("dan", "nu", "straks", "morgen", "vandaag", "zo", "meteen"), P.w("zet", "zetten", "breng", "brengen", "schakel", "schakelen", "plan", "plannen", "meld", "melden", "verwijs", "verwijzen", "vraag", "vragen"),
                 P.w("ik", "we", "wij"), P.skip(6), P.w("in", "door", "aan", "op")],
            ],
            scope: .statements,
            antipatterns: [
                Antipattern(
                    [P.w("op"), P.w("een", "papier"), .optional(.word(["rij", "rijtje"]))], reach: .overlapping,
                    reason: "'Ik zet het even op een rij' summarises what the client said; it takes nothing over.",
                    example: "Ik zet het even op een rij."),
            ],
            examples: [
                "[[Dan zetten we overbruggingszorg in]] tot er plek is.", "Jongeren vallen daaronder, dus [[ik verwijs je door]] naar het CJG.",
                "Helder. [[Ik laat de vordering nu intern toetsen]].", "[[Dan meld ik het even aan]] bij het zorgloket.",
            ],
            counterexamples: ["Ik zet het even op een rij: u heeft twee keer gebeld.", "Wie heeft u doorverwezen?"]),
        Rule(
            id: "nl.advice.have-you-arranged", category: .advice, severity: .minor,
            message: "\"Heeft u al een aanvraag gedaan?\" is een advies als vraag: je legt de stap die jij zou zetten al klaar.",
            suggestion: "Vraag wat de cliënt tot nu toe gedaan heeft: \"Wat heeft u al geprobeerd?\"",
            patterns: [
                [P.w("heeft", "hebt", "heb", "had"), P.you, P.w("al"), P.skip(6), .optional(.word(["laten"])), P.w("vaststellen", "berekenen", "nakijken", "controleren", "toetsen", "herberekenen", "aanvragen", "opvragen")],
                [P.w("heeft", "hebt", "heb", "had"), P.you, P.w("al"), P.skip(3), P.w("aanvraag", "melding", "klacht", "bezwaar", "verzoek", "aangifte", "afspraak"), P.skip(6), P.w("gedaan", "ingediend", "gemaakt", "aangevraagd")],
            ],
            scope: .yesNoQuestions,
            extent: .sentence,
            examples: ["[[Heeft u al een beslagvrije voet laten vaststellen?]]", "[[Heeft u al een aanvraag gedaan voor een andere school?]]"],
            counterexamples: ["Heeft u toen een aanvraag gedaan?", "Wat heeft u al gedaan?"]),
    ]
}
