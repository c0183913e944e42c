extension RuleBook {
    /// Leading questions: the expected answer is already in the question.
    static let leadingQuestionRules: [Rule] = [
        Rule(
            id: "nl.leading.tag-word", category: .leadingQuestion, severity: .minor,
            message: "Met \"toch\", \"zeker\" of \"vast\" in een vraag leg je het antwoord in de mond van de cliënt. Het is makkelijker om ja te zeggen dan om je eigen verhaal te vertellen.",
            suggestion: "Maak de vraag open: \"Hoe was dat voor je?\"",
            patterns: [
                [P.w("toch", "zeker", "vast")],
                [P.w("zal", "zult", "zullen"), P.w("wel")],
                [P.w("he", "hea", "niet", "right"), P.end],
                [P.w("neem", "denk", "gok", "vermoed"), P.w("ik"), .optional(.word(["aan", "zo"])), P.end],
                [P.w("niet", "nietwaar"), P.w("dan"), P.end],
                [P.w("nietwaar"), P.end],
            ],
            scope: .declarativeQuestions,
            extent: .sentence,
            antipatterns: [
                Antipattern(
                    [P.w("een", "de", "het", "geen", "vaste"), P.w("vast", "vaste")], reach: .overlapping,
                    reason: "'vast' as an adjective suggests no answer.",
                    example: "Je hebt een vast contract?"),
            ],
            examples: [
                "[[Je bent toch ook boos op hem?]]",
                "[[Dat was zeker heel eng?]]",
                "[[Dat zal wel een klap zijn geweest, toch?]]",
                "[[Uw dochter was toen al naar bed, neem ik aan?]]",
            ],
            counterexamples: ["Was dat eng?", "Hoe was dat voor je?"]),
        Rule(
            id: "nl.leading.dont-you-think", category: .leadingQuestion, severity: .major,
            message: "\"Vind je ook niet dat ...?\" legt jouw oordeel als antwoord klaar. De cliënt hoeft alleen nog ja te zeggen.",
            suggestion: "Vraag naar de feiten: \"Wat gebeurde er toen?\"",
            patterns: [
                [P.w("vind", "vindt", "vond"), P.you, .optional(.word(["ook", "zelf"])), P.w("niet"), P.rest],
                [P.w("vind", "vindt"), P.you, .optional(.word(["ook", "zelf"])), P.w("niet"), P.end],
                [P.w("is", "was"), P.w("het", "dat"), P.w("niet"), .optional(.word(["zo"])), P.w("dat"), P.rest],
                // A feeling offered in the negative, expecting "yes": "Bent u daar niet heel boos over?"
                [P.start, P.w("bent", "ben", "was", "waren", "voel", "voelt", "voelde", "werd", "word", "wordt", "raakte", "raakt"), P.you,
                 .optional(.word(["daar", "er", "dan", "toen", "nu", "zich", "je", "jezelf", "uzelf"])), .optional(.word(["daar", "er", "dan", "toen", "nu", "zich", "je"])),
                 P.w("niet"), .optional(.word(Words.intensifiers)), .optional(.word(Words.intensifiers)), P.lex(.emotion)],
            ],
            scope: .questions,
            extent: .sentence,
            examples: [
                "[[Vind je ook niet dat de school te laat reageerde?]]", "[[Is het niet zo dat hij te weinig doet?]]",
                "[[Voelt u zich niet gekwetst door die brief?]]", "[[Was je toen niet ontzettend bang?]]",
            ],
            counterexamples: ["Vind je het fijn daar?", "Was u niet thuis toen de brief kwam?", "Hoe voelde u zich toen?"]),
        Rule(
            id: "nl.judgment.embedded-verdict", category: .judgment, severity: .major,
            message: "In \"Vind je niet dat ...?\" zit jouw eigen oordeel. Ook als vraag verpakt is het een oordeel.",
            suggestion: "Laat je oordeel weg en vraag naar de feiten: \"Wat gebeurde er toen?\"",
            patterns: [[P.w("vind", "vindt", "vond"), P.you, .optional(.word(["ook", "zelf"])), P.w("niet"), P.w("dat"), P.rest]],
            scope: .questions,
            extent: .sentence,
            examples: ["[[Vind je ook niet dat je baas te ver gaat?]]"],
            counterexamples: ["Vind je het daar fijn?"]),
        Rule(
            id: "nl.leading.confirmation-tag", category: .leadingQuestion, severity: .minor,
            message: "\"..., klopt dat?\" na jouw eigen invulling vraagt de cliënt om die invulling te bevestigen. Dat is geen neutrale check meer.",
            suggestion: "Check alleen wat de cliënt zelf zei: \"Je zei dat ..., klopt dat?\"",
            detection: .inference(.confirmationTag),
            extent: .sentence,
            examples: ["[[Je voelt je eenzaam, klopt dat?]]"],
            counterexamples: ["Je hebt twee keer gebeld, klopt dat?"]),
    ]
}
