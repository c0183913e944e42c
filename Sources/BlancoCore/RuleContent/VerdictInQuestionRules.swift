extension RuleBook {
    /// A verdict wrapped in an opinion question: "Vindt u het ook niet harteloos dat niemand
    /// u terugbelde?", "Is het niet ongelooflijk dat ...?". The question asks the client to
    /// agree with the listener's own verdict. At the late stage the opinion question itself
    /// is fine, but the verdict and the answer it expects are still the listener's, so
    /// these rules flag them whatever the stage.
    static let verdictInQuestionRules: [Rule] = [
        Rule(
            id: "nl.judgment.verdict-in-question", category: .judgment, severity: .major,
            message: "In deze vraag zit jouw eigen oordeel (\"niet harteloos?\", \"ook niet schandalig?\"). Ook als het als vraag verpakt is, en ook aan het eind van het gesprek, blijft het jouw oordeel: de cliënt hoeft alleen nog ja te zeggen.",
            suggestion: "Vraag open naar het oordeel van de cliënt zelf: \"Wat vindt u daar nu van?\"",
            patterns: [
                [P.w("vind", "vindt", "vond", "vinden"), P.you, .optional(.word(["het", "dat", "dit", "zoiets"])), .optional(.word(["ook", "zelf", "dan"])),
                 .optional(.word(["ook", "zelf"])), P.w("niet", "toch", "ook"), .optional(.word(Words.intensifiers)), .optional(.word(Words.intensifiers)),
                 .optional(.word(["een"])), P.lex(.evaluative)],
                [P.w("vind", "vindt", "vond", "vinden"), P.you, .optional(.word(["het", "dat", "dit", "zoiets"])), .optional(.word(["ook", "zelf", "dan"])),
                 P.w("niet", "toch", "ook"), .optional(.word(Words.intensifiers)), .optional(.word(["een"])), P.lex(.evaluativeNouns)],
                [P.w("is", "was"), P.w("het", "dat", "dit", "zoiets"), .optional(.word(["ook", "dan", "nou", "nu"])), P.w("niet"), .optional(.word(Words.intensifiers)),
                 .optional(.word(Words.intensifiers)), .optional(.word(["een"])), P.lex(.evaluative)],
                [P.w("is", "was"), P.w("het", "dat", "dit", "zoiets"), .optional(.word(["ook", "dan", "nou", "nu"])), P.w("niet"), .optional(.word(Words.intensifiers)),
                 .optional(.word(["een"])), P.lex(.evaluativeNouns)],
            ],
            scope: .questions,
            extent: .sentence,
            examples: [
                "[[Vindt u het ook niet harteloos dat niemand u terugbelde?]]",
                "[[Is het niet ongelooflijk dat niemand u heeft teruggebeld?]]",
                "Drie weken al. [[Vind je dat ook niet belachelijk?]]",
                "[[Is dat niet een schande?]]",
            ],
            counterexamples: [
                "Vindt u het vervelend als ik even aantekeningen maak?", "Wat vindt u daar nu van?",
                "Is het niet zo dat u al eerder belde?", "Was het niet druk in de wachtkamer?",
                RuleExample("U vindt het toch niet schandalig, zei u net?", context: "Ik vind het eigenlijk niet schandalig, gewoon dom."),
            ]),
        Rule(
            id: "nl.leading.verdict-in-question", category: .leadingQuestion, severity: .minor,
            message: "\"Is het niet ...?\" of \"Vind je het ook niet ...?\" legt het antwoord klaar: het is makkelijker om ja te zeggen dan om je eigen oordeel te geven.",
            suggestion: "Stel de vraag open: \"Wat vindt u daar zelf van?\"",
            patterns: [
                [P.w("vind", "vindt", "vond", "vinden"), P.you, .optional(.word(["het", "dat", "dit", "zoiets"])), .optional(.word(["ook", "zelf", "dan"])),
                 .optional(.word(["ook", "zelf"])), P.w("niet"), P.rest],
                [P.w("vind", "vindt", "vond", "vinden"), P.you, .optional(.word(["het", "dat", "dit", "zoiets"])), .optional(.word(["ook", "zelf", "dan"])),
                 P.w("ook"), .optional(.word(Words.intensifiers)), .optional(.word(["een"])), P.lex(.evaluative), P.rest],
                [P.w("is", "was"), P.w("het", "dat", "dit", "zoiets"), .optional(.word(["ook", "dan", "nou", "nu"])), P.w("niet"), .optional(.word(Words.intensifiers)),
                 .optional(.word(Words.intensifiers)), .optional(.word(["een"])), P.lex(.evaluative), P.rest],
                [P.w("is", "was"), P.w("het", "dat", "dit", "zoiets"), .optional(.word(["ook", "dan", "nou", "nu"])), P.w("niet"), .optional(.word(Words.intensifiers)),
                 .optional(.word(["een"])), P.lex(.evaluativeNouns), P.rest],
            ],
            scope: .questions,
            extent: .sentence,
            examples: [
                "[[Vindt u het ook niet harteloos dat niemand u terugbelde?]]",
                "[[Is het niet ongelooflijk dat niemand u heeft teruggebeld?]]",
                "[[Vind je het ook belachelijk?]]",
            ],
            counterexamples: ["Vindt u het vervelend als ik even aantekeningen maak?", "Was het niet druk in de wachtkamer?"]),
    ]
}
