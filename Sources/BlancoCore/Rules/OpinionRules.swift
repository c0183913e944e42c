extension RuleBook {
    /// Premature opinion-questions: asking for the client's verdict before the film is
    /// known. At the late stage the analyzer turns these into an opinion-question signal.
    static let opinionRules: [Rule] = [
        Rule(
            id: "nl.opinion.vinden", category: .prematureOpinion, severity: .major,
            message: "\"Wat vind je ervan?\" vraagt om een oordeel terwijl de film nog niet compleet is. Dat draait het gesprek om: de cliënt gaat beoordelen in plaats van vertellen.",
            suggestion: "Vraag eerst naar de feiten en de beleving: \"Wat gebeurde er toen?\" Bewaar de meningsvraag voor het eind.",
            patterns: [
                [P.w("vind", "vindt", "vond", "vinden", "vonden"), P.you, P.rest],
                [P.w("wat", "hoe"), P.you, P.skip(4), P.w("vind", "vindt", "vond", "vinden")],
            ],
            scope: .notDeclarativeQuestions,
            extent: .sentence,
            antipatterns: [
                Antipattern(
                    [P.start, P.w("waar")], reach: .sameSentence,
                    reason: "'Waar vond je ...' asks where something was found.",
                    example: "Waar vond je die sleutel?"),
                Antipattern(
                    [P.w("hoe"), P.w("laat")], reach: .sameSentence,
                    reason: "'Hoe laat vond u hem' asks when something was found.",
                    example: "Hoe laat vond u de brief?"),
                Antipattern(
                    [P.w("vond", "vind", "vindt", "vonden"), P.skip(6), P.w("terug")], reach: .sameSentence,
                    reason: "'terugvinden' is finding, not thinking.",
                    example: "Vond je je fiets later terug?"),
                Antipattern(
                    [P.w("toen", "nadat", "zodra", "voordat"), P.skip(4), P.w("vond", "vonden")], reach: .sameSentence,
                    reason: "'toen je hem vond' tells when something was found.",
                    example: "Wat deed je toen je hem vond?"),
            ],
            examples: [
                "[[Wat vind je daarvan?]]",
                "[[Vind je dat eerlijk van de school?]]",
                "Sinds wanneer is dat zo? [[En hoe vond je het dat je broer dat zei?]]",
                "[[Ik ben benieuwd wat u ervan vindt.]]",
            ],
            counterexamples: [
                "Waar heb je die brief gevonden?", "Heb je al een nieuwe kamer gevonden?",
                "Waar vond je die sleutel?", "Hoe laat vond u hem?", "Dat vond je broer zeker niet leuk?",
            ]),
        Rule(
            id: "nl.opinion.view", category: .prematureOpinion, severity: .major,
            message: "\"Hoe kijk je ertegenaan?\" vraagt naar de mening van de cliënt. Te vroeg gesteld haalt het de cliënt uit het eigen verhaal.",
            suggestion: "Vraag eerst naar wat er gebeurde: \"Wat is er precies gebeurd?\"",
            patterns: [
                [P.w("hoe"), P.w("kijk", "kijkt", "keek"), P.you, P.rest],
                [P.w("hoe"), P.w("denk", "denkt"), P.you, P.skip(3), P.w("over"), P.rest],
                [P.w("wat"), P.w("denk", "denkt"), P.you, P.w("zelf"), P.rest],
                [P.w("jouw", "uw", "je", "jullie"), P.w("mening", "oordeel", "visie", "standpunt", "idee", "kijk", "indruk", "conclusie", "inschatting", "beoordeling", "beeld")],
                [P.w("denk", "denkt", "dacht"), P.you, P.w("dat"), P.skip(6), P.w("terecht", "onterecht", "eerlijk", "oneerlijk", "redelijk", "fout", "schuld", "gelijk", "fair", "schuldig")],
                [P.w("hoe"), P.w("zie", "ziet", "zag"), P.you, P.w("dat", "het", "dit"), .optional(.word(["zelf", "nu"])), P.end],
                [P.w("hoe"), P.w("beoordeel", "beoordeelt", "waardeer", "waardeert", "beoordeelde", "oordeel", "oordeelt")],
                [P.w("hoe"), P.w("sta", "staat", "stond"), P.you, P.skip(3), P.w("tegenover", "erin", "daarin", "hierin")],
                [P.w("wat"), P.w("denk", "denkt", "dacht"), P.you, .optional(.word(["zelf", "er", "daar", "nu"])), P.w("ervan", "daarvan", "hiervan", "erover", "daarover")],
                [P.w("wat"), P.w("denk", "denkt"), P.you, .optional(.word(["zelf", "nu"])), P.w("van")],
                [P.w("is", "was", "vind", "vindt"), P.w("dat", "het", "dit"), .optional(.word(["volgens", "dan", "nu", "wel", "ook"])), P.w("terecht", "redelijk", "eerlijk", "fair", "oke", "acceptabel", "rechtvaardig", "correct")],
            ],
            scope: .questions,
            extent: .sentence,
            examples: [
                "[[Hoe kijk je daar zelf tegenaan?]]",
                "[[Wat is jouw mening over de nieuwe regels?]]",
                "[[Hoe beoordeelt u het contact met ons?]]",
                "[[Hoe zie jij dat zelf?]]",
                "[[Hoe staat u daar zelf tegenover?]]",
                "[[Wat denkt u daarvan?]]",
                "Hoe lang duurt het al? [[Is dat redelijk, denkt u?]]",
                "[[Wat is uw conclusie?]]",
                "[[Denkt u dat de school fout zat?]]",
            ],
            counterexamples: [
                "Wat dacht je toen je de brief las?", "Hoe keek de buurman toen hij dat zei, weet je dat nog?",
                "Hoe zie je dat voor je, de komende weken?",
                "Wat dacht u toen u de brief las?", "Hoe staat u er nu financieel voor?", "Is dat het bedrag van de brief?",
            ]),
        Rule(
            id: "nl.opinion.according-to-you", category: .prematureOpinion, severity: .major,
            message: "\"Volgens jou\" vraagt de cliënt om een oordeel of een verklaring. Vroeg in het gesprek leidt dat weg van de feiten.",
            suggestion: "Vraag naar wat er gebeurde of gezegd werd: \"Wat zei de gemeente daarover?\"",
            patterns: [[P.w("volgens"), P.w("jou", "u", "jullie", "jouw")]],
            scope: .questions,
            extent: .sentence,
            examples: [
                "[[Wie heeft er volgens jou gelijk?]]",
                "[[wat zou volgens u een goede oplossing zijn]]",
            ],
            counterexamples: ["Volgens de brief moest je betalen. Wanneer kwam die?"]),
        Rule(
            id: "nl.opinion.blame-question", category: .prematureOpinion, severity: .major,
            message: "Vragen wie de schuld heeft of wie verantwoordelijk is, vraagt om een oordeel. Zo vroeg in het gesprek stuurt dat de cliënt naar een verdediging of een aanklacht.",
            suggestion: "Vraag wie wat deed: \"Wie was er bij toen dat gebeurde?\"",
            patterns: [
                [P.w("wie", "wat"), P.skip(4), P.w("schuld", "verantwoordelijk", "gelijk", "fout", "schuldig")],
                [P.w("ligt", "lag"), P.w("het", "dat"), P.w("aan"), P.rest],
            ],
            scope: .questions,
            extent: .sentence,
            examples: [
                "[[Bij wie ligt de fout, bij jou of bij de school?]]",
                "[[Ligt het aan hen of aan jou?]]",
            ],
            counterexamples: ["Wie was er bij?", "Wat stond er in de brief over de fout in je aangifte?"]),
        Rule(
            id: "nl.opinion.what-should-happen", category: .prematureOpinion, severity: .major,
            message: "Vragen wat er anders had gemoeten of wat de cliënt zelf had gedaan, vraagt om een oordeel over het verleden. Dat komt pas aan bod als de film compleet is.",
            suggestion: "Vraag naar wat er werkelijk gebeurde: \"Wat deed de school toen?\"",
            patterns: [
                [P.w("wat", "hoe", "wie"), P.skip(5), P.w("had", "hadden"), P.skip(6), P.w("moeten", "kunnen", "mogen", "gemoeten", "gekund", "gemogen")],
                [P.w("wat"), P.w("zou", "zouden"), P.you, P.skip(6), P.w("doen", "gedaan")],
                [P.w("hoe"), P.w("zou", "zouden"), P.you, P.skip(4), P.w("oplossen", "aanpakken", "regelen", "doen", "gedaan", "opgelost", "aangepakt")],
                [P.w("wat"), P.w("zou", "zouden"), P.skip(3), P.w("oplossing", "uitkomst", "afloop"), P.w("zijn")],
                [P.w("welke"), P.w("oplossing", "uitkomst"), P.w("zou", "zouden")],
                [P.w("wat", "hoe"), P.skip(4), P.w("moet", "moeten"), P.skip(5), P.w("gebeuren", "oplossen", "aanpakken", "regelen")],
                [P.w("wat"), P.w("zou", "zouden", "wilt", "wil"), P.you, P.skip(3), P.w("dat"), P.w("er"), P.skip(4), P.w("gebeurt", "gebeuren", "verandert", "veranderen")],
            ],
            scope: .contentQuestions,
            extent: .sentence,
            examples: [
                "[[Wat had de verhuurder anders moeten doen?]]",
                "[[wat zou jij in zijn plaats gedaan hebben]]",
                "[[Hoe moet de school dit nu oplossen?]]",
                "[[Hoe zou u het oplossen?]]",
                "[[Wat zou een eerlijke oplossing zijn?]]",
                "[[Wat zou u graag willen dat er nu met het contract gebeurt?]]",
            ],
            counterexamples: ["Wat wilt u dat ik weet over die ochtend?", "Wat gebeurde er nadat u belde?", "Wat moest je van de verhuurder doen?", "Wat had je toen al opgestuurd?"]),
        Rule(
            id: "nl.opinion.satisfied", category: .prematureOpinion, severity: .major,
            message: "\"Ben je tevreden over ...?\" vraagt om een oordeel. Vroeg in het gesprek zet dat de cliënt in de rol van beoordelaar in plaats van verteller.",
            suggestion: "Vraag wat er gebeurde: \"Wat heeft de gemeente tot nu toe gedaan?\"",
            patterns: [[P.w("ben", "bent", "was", "waren"), P.you, .optional(.word(["zelf", "wel", "ook", "nu"])), P.w("tevreden", "ontevreden", "blij", "content"), P.w("over", "met"), P.rest]],
            scope: .questions,
            extent: .sentence,
            examples: ["[[Ben je tevreden over de hulp van het wijkteam?]]"],
            counterexamples: ["Hoe was dat voor je?"]),
        Rule(
            id: "nl.opinion.agreement-bid", category: .prematureOpinion, severity: .major,
            message: "Deze vraag vraagt de cliënt om in te stemmen met jouw oordeel. Daarmee vraag je, te vroeg, om een mening, en nog wel de jouwe.",
            suggestion: "Laat het oordeel weg en vraag naar de feiten: \"Wat gebeurde er toen?\"",
            detection: .inference(.agreementBid),
            extent: .sentence,
            examples: ["[[Dat is toch geen manier om met klanten om te gaan?]]"],
            counterexamples: ["Is dat de manier waarop ze met klanten omgaan?"]),
    ]
}
