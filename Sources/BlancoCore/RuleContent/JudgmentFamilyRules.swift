extension RuleBook {
    /// Judgments in idioms and set phrases: blame idioms ("er een potje van maken", "zijn
    /// handen ervan aftrekken"), praise of a step ("dat is al een goeie stap").
    static let judgmentFamilyRules: [Rule] = [
        Rule(
            id: "nl.judgment.blame-idiom", category: .judgment, severity: .major,
            message: "Een uitdrukking als \"ze trekken hun handen ervan af\" of \"kop in het zand\" is een verwijt. Zo geef je je oordeel over de ander of over de cliënt, in beeldspraak.",
            suggestion: "Vraag wat er gebeurde: \"Wat deden ze toen u belde?\"",
            patterns: [
                [P.w("trekt", "trekken", "trok", "trokken", "getrokken"), .optional(.word(["zijn", "haar", "hun", "de"])), P.w("handen"), P.w("ervan", "eraf", "van"), .optional(.word(["af"]))],
                [P.w("handen"), P.w("ervan", "eraf"), P.w("af", "aftrekken", "aftrekt", "afgetrokken")],
                [P.w("kop", "hoofd", "koppie"), P.w("in"), P.w("het"), P.w("zand")],
                [P.w("met"), P.w("de"), P.w("pet"), P.w("naar")],
                [P.w("laat", "laten", "liet", "lieten"), P.w("het"), P.w("afweten")],
                [P.w("geen"), P.w("poot", "vinger", "hand"), P.w("uitsteken", "uitgestoken", "uitsteekt", "uit")],
                [P.w("aan"), P.w("zijn", "haar", "hun", "je", "uw"), P.w("laars"), P.w("lappen", "gelapt", "lapt", "lapten")],
                [P.w("neus"), P.w("bloedt", "bloedde")],
                [P.w("kantjes"), P.w("eraf")],
                [P.w("laat", "laten", "liet", "lieten", "gelaten"), P.skip(3), P.w("versloffen", "verslonzen")],
                [P.w("er"), P.w("zooitje", "puinhoop", "janboel", "bende", "soepje", "rommeltje"), P.w("van")],
                [P.w("er"), P.w("een", "wel", "echt", "gewoon", "flink"), P.w("zooitje", "puinhoop", "janboel", "bende", "soepje", "rommeltje"), P.w("van")],
                [P.w("met"), P.w("een"), P.w("kluitje"), P.w("in"), P.w("het"), P.w("riet")],
            ],
            scope: .assertions,
            antipatterns: [
                Antipattern(
                    [P.w("zei", "zeiden", "zegt", "zeggen", "noemt", "noemde", "vindt")], reach: .sameSentence,
                    reason: "The client's own or a third party's reported words are not the listener's verdict.",
                    example: "Ze laten het liggen, zegt u."),
            ],
            examples: [
                "De gemeente [[trekt zijn handen ervan af]].", "Dus eigenlijk steek je je [[kop in het zand]].",
                "Ze hebben de boel [[laten versloffen]].",
            ],
            counterexamples: ["Ze laten het liggen, zegt u.", "U liet de brief liggen.", "Hoe ging dat, toen u viel?", "Zullen we dat even laten rusten?"]),
        Rule(
            id: "nl.judgment.good-step", category: .judgment, severity: .minor,
            message: "\"Dat is al een goeie stap\" prijst de cliënt. Goed bedoeld, maar ook lof is een oordeel: jij bepaalt wat goed is.",
            suggestion: "Laat de lof weg en nodig uit: \"Vertelt u eens wat u tot hier bracht.\"",
            patterns: [
                [P.w("is", "was"), P.w("al", "echt", "wel", "zeker", "toch", "een"), .optional(.word(["een", "heel", "echt"])),
                 P.w("goeie", "goede", "mooie", "belangrijke", "grote", "flinke", "dappere", "sterke", "eerste", "knappe", "moedige"), P.w("stap", "zet", "keuze", "beslissing", "begin")],
                [P.w("is", "was"), P.w("goeie", "goede", "mooie", "belangrijke", "grote", "flinke", "dappere", "sterke", "eerste", "knappe", "moedige"), P.w("stap", "zet", "keuze", "beslissing", "begin")],
            ],
            scope: .assertions,
            examples: ["Dat je hier zit [[is al een goeie stap]] hoor."],
            counterexamples: ["Wat is voor u de eerste stap?", "Dat was de eerste stap, zei u."]),
        Rule(
            id: "nl.judgment.flemish-verdict", category: .judgment, severity: .minor,
            message: "Met een woord als \"ambetant\", \"zot\" of \"crapuul\" geef je je eigen oordeel, ook in het Vlaams.",
            suggestion: "Houd je oordeel op het nachtkastje en vraag naar de feiten: \"Wat is er juist gebeurd?\"",
            patterns: [
                [P.w("ambetant", "ambetante", "zot", "zotte", "crapuul", "miserie", "zever", "onnozel", "onnozele", "onnozelaar", "sukkelaar", "ambras", "schandaal", "kieken", "kiekens", "rotzak")],
            ],
            scope: .assertions,
            examples: ["Amai, da's toch [[crapuul]], die gasten.", "Da's echt [[ambetant]] voor u."],
            counterexamples: ["Wat bedoelt ge met 'zot'?"]),
        Rule(
            id: "nl.judgment.not-on", category: .judgment, severity: .major,
            message: "\"Dat kan echt niet\" is jouw oordeel over wat er gebeurde. De cliënt hoeft het dan niet meer zelf te wegen.",
            suggestion: "Vraag hoe het voor de cliënt was: \"Wat deed dat met u?\"",
            patterns: [
                [P.w("dat", "dit", "zoiets", "het"), P.w("kan", "mag", "hoort"), .optional(.word(["echt", "toch", "gewoon", "natuurlijk", "zomaar", "ook", "dus"])),
                 .optional(.word(["echt", "gewoon", "toch", "helemaal"])), P.w("niet"), P.end],
            ],
            scope: .statements,
            examples: ["Dat je moeder zoiets tegen je zegt, [[dat kan echt niet]]."],
            counterexamples: ["Dat kan niet, zei de balie.", "Kan dat niet?"]),
    ]
}
