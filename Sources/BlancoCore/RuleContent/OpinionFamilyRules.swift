extension RuleBook {
    /// Opinion questions in the wordings students use beyond "wat vind je ervan": agreement
    /// ("sta je achter dat besluit?") and appraisal ("hoe tevreden bent u ...?").
    static let opinionFamilyRules: [Rule] = [
        Rule(
            id: "nl.opinion.agreement", category: .prematureOpinion, severity: .major,
            message: "\"Sta je achter dat besluit?\" vraagt of de cliënt het ermee eens is: een mening. Vroeg in het gesprek haalt dat de cliënt uit het eigen verhaal.",
            suggestion: "Vraag wat er besloten werd en hoe dat ging: \"Wat is er precies besloten?\"",
            patterns: [
                [P.w("sta", "staat", "stond", "stonden", "staan"), P.you, .optional(.word(["er", "daar", "nog", "zelf", "wel", "ook", "helemaal", "volledig", "nu"])), .optional(.word(["er", "daar", "nog", "zelf", "wel", "ook", "helemaal", "volledig"])), P.w("achter")],
                [P.w("hoe"), P.w("tevreden", "ontevreden", "blij", "gelukkig"), P.w("ben", "bent", "was", "waren", "is", "zijn"), P.you, P.rest],
                [P.w("kun", "kunt", "kan", "kunnen"), P.you, P.skip(3), P.w("vinden"), P.w("in")],
            ],
            scope: .questions,
            extent: .sentence,
            examples: ["[[Sta je achter dat besluit?]]", "[[Hoe tevreden bent u over de hulp?]]", "[[Kunt u zich vinden in dat besluit?]]"],
            counterexamples: ["Wie stond er achter de deur?", "Hoe staat het ervoor?"]),
    ]
}
