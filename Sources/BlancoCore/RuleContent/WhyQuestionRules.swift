extension RuleBook {
    /// Why-questions about the client's own actions.
    static let whyQuestionRules: [Rule] = [
        Rule(
            id: "nl.why.own-action", category: .whyQuestion, severity: .major,
            message: "Een waaromvraag over wat de cliënt zelf deed of liet, vraagt om verantwoording. De cliënt gaat zich verdedigen in plaats van vertellen.",
            suggestion: "Vraag naar de situatie zelf: \"Hoe ging dat toen?\" of \"Wat gebeurde er waardoor je ...?\"",
            patterns: [
                [P.start, P.w("waarom", "waarvoor"), .optional(.word(["dan", "toch", "eigenlijk", "nou"])), TokenPattern.Element.wordExcept(["dat", "de", "het", "ze", "zij", "hij", "die", "deze", "er", "staat", "stond", "is", "was", "werd", "wordt", "denk", "denkt", "dacht", "niet"]), P.you, P.rest],
                [P.start, P.w("waarom", "waarvoor"), .optional(.word(["dan", "toch", "eigenlijk", "nou"])), P.w("is", "was", "werd", "wordt", "bleef", "bent", "ben"), P.you, P.rest],
                [P.w("hoe"), P.w("komt"), P.w("het"), P.w("dat"), P.you, P.rest],
                [P.w("om"), P.w("welke"), P.w("reden"), P.w("heb", "hebt", "heeft", "ben", "bent"), P.you, P.rest],
            ],
            scope: .anySentence,
            extent: .sentence,
            antipatterns: [],
            examples: [
                "[[Waarom heb je niet eerder gebeld?]]",
                "[[waarom ben je niet naar de dokter gegaan]]",
                "Oké. [[En waarom heeft u de brief niet geopend?]]",
                "[[Hoe komt het dat je niet hebt gereageerd?]]",
                "[[waarom was je zo laat op je werk]]",
            ],
            counterexamples: [
                "Heeft iemand uitgelegd waarom de bus niet kwam?",
                "Stond er in de brief waarom je moest betalen?",
                "Waarom staat er een boete in de brief, weet je dat?",
                "Waarom had de buurjongen zijn fiets daar neergezet?",
            ]),
    ]
}
