extension RuleBook {
    /// Interpretations in the wordings students use beyond "je voelt je vast" and "dat
    /// komt doordat": a predicted effect on the client, a generalisation about how things
    /// always go, a guess at what a third party did.
    static let interpretationFamilyRules: [Rule] = [
        Rule(
            id: "nl.interpretation.predicted-effect", category: .interpretation, severity: .minor,
            message: "\"Dat zal je flink slopen\" voorspelt wat het met de cliënt doet. Dat heeft de cliënt niet gezegd: je vult de beleving in.",
            suggestion: "Vraag naar de beleving: \"Wat doet het met u?\"",
            patterns: [
                [P.w("zal", "zullen", "gaat", "gaan"), P.you, .optional(.word(Words.intensifiers)), .optional(.word(Words.intensifiers)),
                 P.w("slopen", "opbreken", "breken", "raken", "uitputten", "aangrijpen", "kapotmaken", "opvreten", "sloopt", "sloopte")],
                [P.w("anders"), P.w("loopt", "gaat", "groeit", "wordt"), P.w("het", "dat", "alles"), P.skip(2), P.w("uit", "mis", "fout", "erger", "helemaal")],
                [P.w("dat", "het", "dit"), P.w("komt", "loopt"), .optional(.word(["vast", "zeker", "vanzelf", "heus", "wel"])), .optional(.word(["vast", "zeker", "vanzelf", "heus", "wel", "allemaal"])), P.w("goed", "terecht", "vanzelf"), P.end],
            ],
            scope: .assertions,
            examples: ["Dat [[zal je flink slopen]], nachten lang.", "Je moet strenger zijn, [[anders loopt het uit]] de hand.", "Ach, [[dat komt vast wel goed]]."],
            counterexamples: ["Hoe is het nu met je?", "Dat kwam goed uit, zei je?"]),
        Rule(
            id: "nl.interpretation.always-so", category: .interpretation, severity: .minor,
            message: "\"Zo gaat het altijd met instanties\" maakt van het verhaal van de cliënt een algemene regel. Dat is jouw verklaring, niet de film van de cliënt.",
            suggestion: "Blijf bij dit verhaal: \"Hoe ging het bij u?\"",
            patterns: [
                [P.w("zo"), P.w("gaat", "gaan", "ging", "werkt", "werken", "gaat", "is"), P.w("het", "dat", "dit", "die"), .optional(.word(["nou", "nu", "toch", "dus"])), .optional(.word(["eenmaal"])),
                 P.w("altijd", "vaak", "meestal", "overal", "steeds", "tegenwoordig", "met", "bij")],
                [P.w("is", "zijn", "doet", "doen"), P.w("altijd", "nooit"), .optional(.word(Words.intensifiers)), P.skip(2), P.w("met", "bij", "als", "zo")],
                [P.w("echt", "zo", "weer", "wel", "heel"), P.w("typisch", "tekenend", "herkenbaar"), P.end],
                [P.w("dat", "dit", "zoiets"), P.w("zie", "hoor", "merk", "zien", "horen"), P.w("ik", "we", "wij"), P.skip(2),
                 P.w("vaak", "vaker", "dagelijks", "tientallen", "honderden", "steeds", "regelmatig", "wekelijks", "iedere", "elke", "zo")],
            ],
            scope: .anySentence,
            examples: ["Een standaard geval, [[dat zie ik tientallen]] keren per week.", "[[Zo gaat het altijd]] met die aannemers.", "Het UWV [[is altijd supersnel met]] straffen.", "Weer een brief, [[echt typisch]]."],
            counterexamples: ["Hoe gaat het nu met u?", "Zo ging het die dag, zei u.", "Is het altijd zo druk bij u?"]),
        Rule(
            id: "nl.interpretation.guessed-mishap", category: .interpretation, severity: .minor,
            message: "\"Ze zijn ze gewoon kwijtgeraakt\" raadt wat er bij de ander misging. De cliënt weet dat (nog) niet; je vult het verhaal in.",
            suggestion: "Vraag wat de cliënt weet: \"Wat hebben ze u daarover gezegd?\"",
            patterns: [
                [P.w("ze", "die", "hij", "zij", "het", "dat", "ie"), P.w("zijn", "is", "hebben", "heeft"), .optional(.word(["het", "ze", "hem", "dat", "die", "u", "je", "jou"])),
                 .optional(.word(["gewoon", "vast", "natuurlijk", "waarschijnlijk", "wel", "echt", "misschien", "zeker", "toch"])), .optional(.word(["gewoon", "vast", "natuurlijk", "waarschijnlijk", "wel", "echt", "misschien", "zeker", "toch"])),
                 P.w("kwijtgeraakt", "zoekgeraakt", "zoekgemaakt", "vergeten", "kwijt", "verloren", "verkeerd", "verwisseld", "overgeslagen", "verslapen", "verknoeid")],
            ],
            scope: .assertions,
            antipatterns: [
                Antipattern(
                    [P.w("zei", "zeiden", "zegt", "zeggen", "schreef", "schreven", "vertelde", "vertelden")], reach: .sameSentence,
                    reason: "What someone told the client went wrong is their film, reported.",
                    example: "Ze zeiden dat ze het kwijt waren, zei u."),
            ],
            examples: ["Dat is slordig van de gemeente, [[die zijn ze gwn kwijtgeraakt]]."],
            counterexamples: ["Ze zeiden dat ze het kwijt waren, zei u.", "Bent u iets kwijtgeraakt?"]),
        Rule(
            id: "nl.interpretation.fed-up", category: .interpretation, severity: .minor,
            message: "\"U bent het vast zat\" vult in hoe de cliënt zich voelt. Dat heeft de cliënt niet gezegd.",
            suggestion: "Vraag naar de beleving: \"Hoe is dat voor u, steeds doorverbonden worden?\"",
            patterns: [
                [P.you, P.w("bent", "ben", "was", "waren", "zijn"), P.w("het", "dat", "die", "er"), .optional(.word(["vast", "zeker", "wel", "toch", "echt", "gewoon", "allemaal", "zo", "nu"])),
                 .optional(.word(["vast", "zeker", "wel", "toch", "echt", "gewoon", "allemaal", "helemaal", "zo"])), P.w("zat", "beu", "spuugzat", "kotsbeu", "strontzat", "moe")],
            ],
            scope: .assertions,
            examples: ["[[U bent het vast zat]] om steeds doorverbonden te worden."],
            counterexamples: ["U zat er toen bij, zei u?"]),
    ]
}
