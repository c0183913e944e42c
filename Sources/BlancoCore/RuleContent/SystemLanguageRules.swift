extension RuleBook {
    /// System language: the listener speaks from the organisation's world (case, file,
    /// jargon, procedure) instead of the client's life world. Light severity: it is
    /// usually said kindly. The client's own system words, echoed or asked about, are
    /// theirs: every rule here yields to the echo.
    static let systemLanguageRules: [Rule] = [
        Rule(
            id: "nl.system.case-word", category: .systemLanguage, severity: .minor,
            message: "Met woorden als \"dossier\", \"casus\" of \"dit geval\" maak je van de cliënt een zaak die afgehandeld moet worden. De cliënt hoort: ik ben een nummer, geen mens met een verhaal.",
            suggestion: "Zeg het in de woorden van de cliënt: niet \"uw dossier\" of \"dit geval\", maar \"wat u is overkomen\". Vraag eerst: \"Vertelt u eens wat er gebeurd is?\"",
            patterns: [
                [P.lex(.caseWords)],
                // Two patterns rather than one with an optional adjective, so the common
                // first words ("dat", "je", "een") are tried only when the next word fits.
                [P.w("dit", "dat", "deze", "zo'n", "uw", "jouw", "je", "jullie", "een", "zulke", "soort", "standaard"), P.w("geval", "gevallen")],
                [P.w("dit", "dat", "deze", "zo'n", "uw", "jouw", "je", "jullie", "een", "zulke", "soort", "standaard"), P.w("lastig", "moeilijk", "apart", "bijzonder", "complex", "ingewikkeld", "typisch", "echt", "ander", "standaard", "klassiek", "bekend"), P.w("geval", "gevallen")],
                // Classifying the person: "is er sprake van huiselijk geweld?"
                [P.w("sprake"), P.w("van")],
            ],
            antipatterns: [
                Antipattern(
                    [P.w("in", "voor"), P.w("dit", "dat", "een", "zo'n", "elk", "ieder", "geen", "welk", "beide", "deze", "uw", "jouw", "je", "jullie", "mijn"), P.w("geval", "gevallen")],
                    reason: "'In dat geval', 'in elk geval', 'in uw geval' are idioms for 'then', 'anyway' and 'in your situation', not a person as a case.",
                    example: "In dat geval bel ik u morgen terug."),
                Antipattern(
                    [P.w("een"), P.w("geval"), P.w("van")],
                    reason: "'Een geval van pech' names a kind of event, not the client as a case.",
                    example: "Was het een geval van pech, denkt u?"),
            ],
            examples: [
                "[[Dit geval]] kan ik zo niet oplossen.", "Ik pak uw [[casus]] even erbij.",
                "Dan zet ik het in uw [[dossier]].", "wat is je [[bsn]]", "Dat is [[een lastig geval]].",
            ],
            counterexamples: [
                "In dat geval bel ik u morgen terug.", "In ieder geval bedankt dat u het vertelt.",
                RuleExample("Wat staat er in dat dossier?", context: "Ik heb mijn dossier opgevraagd bij de gemeente."),
            ],
            yieldsToEcho: true),
        Rule(
            id: "nl.system.jargon", category: .systemLanguage, severity: .minor,
            message: "Dit is een woord uit de wereld van de organisatie, niet uit die van de cliënt. Het schept afstand: de cliënt moet eerst jouw taal vertalen voordat die verder kan vertellen.",
            suggestion: "Zeg het in de woorden van de cliënt: gebruik de woorden die de cliënt zelf gebruikte (\"de brief\", \"de hulp\"), of vraag wat iets voor de cliënt betekent.",
            patterns: [
                [P.lex(.systemJargon)],
                [P.w("sociaal"), P.w("onderzoek")],
                [P.w("plan"), P.w("van"), P.w("aanpak")],
                [P.w("specialistische", "generalistische"), P.w("ggz")],
                [P.w("algemene"), P.w("voorziening", "voorzieningen")],
                [P.w("eigen"), P.w("kracht")],
            ],
            examples: [
                "Heeft u al een [[beschikking]] voor die [[voorziening]]?",
                "Dan zetten we een [[traject]] in via de [[Wmo]].",
                "Uw leefloon hangt af van het [[sociaal onderzoek]].",
                "Valt dat onder [[maatwerk]]?",
            ],
            counterexamples: [
                RuleExample("Wat stond er in die beschikking?", context: "Gisteren kreeg ik de beschikking van de gemeente."),
                RuleExample("Wat bedoelt u met 'traject'?", context: "Ze zeggen dat ik in een traject moet."),
                "Wat stond er precies in de brief van de gemeente?",
            ],
            yieldsToEcho: true),
        Rule(
            id: "nl.system.procedure", category: .systemLanguage, severity: .minor,
            message: "Hier gaat de procedure of de regel voor het verhaal. De cliënt hoort wat de organisatie nodig heeft, niet dat er naar hem of haar geluisterd wordt.",
            suggestion: "Zeg het in de woorden van de cliënt, en luister eerst: \"Vertelt u eens wat er gebeurd is.\" De regels en formulieren komen later.",
            patterns: [
                // A rule as the answer: "dat is nu eenmaal beleid", "zo zijn de regels".
                [P.w("is", "zijn"), P.w(Lexicon.procedureNouns)],
                [P.w("is", "zijn"), P.w("nu", "gewoon", "helaas", "echt", "eenmaal", "het", "de", "ons", "onze"), .optional(.word(["eenmaal", "gewoon", "helaas", "het", "de", "ons", "onze"])),
                 .optional(.word(["het", "de", "ons", "onze"])), P.w(Lexicon.procedureNouns)],
                [P.w("zo"), P.w("zijn", "is"), P.w("de", "het", "onze", "ons"), P.w(Lexicon.procedureNouns)],
                [P.w("de", "onze"), P.w("regels", "procedure", "voorschriften", "richtlijnen"), P.w("zijn", "is", "schrijven", "zeggen", "zegt")],
                [P.w("volgens"), .optional(.word(["de", "het", "ons", "onze"])), P.w(Lexicon.procedureNouns)],
                [P.w("op"), P.w("grond"), P.w("van")],
                [P.w("vaste", "vast", "standaard", "interne", "officiele", "officieel"), P.w(Lexicon.procedureNouns)],
                [P.w("in"), P.w("behandeling"), P.w("nemen", "genomen")],
                [P.w("geen"), P.w("prioriteit")],
                // Not my desk: "daar ga ik niet over", "dat is een ander loket".
                [P.w("ga", "gaan"), P.w("ik", "wij", "we"), P.w("niet"), P.w("over")],
                [P.w("ander", "andere"), P.w(Lexicon.deskNouns)],
                [P.w("niet"), P.w("mijn", "onze"), P.w(Lexicon.deskNouns)],
                [P.w("valt", "vallen", "viel"), P.skip(2), P.w("onder"), P.w("de", "het", "een")],
                [P.w("doorgezet", "doorgestuurd", "overgedragen"), P.w("naar", "aan"), P.skip(2), P.w(Lexicon.deskNouns)],
                // Nothing without the paperwork: "zonder handtekening kan ik niets".
                [P.w("zonder"), P.skip(5), P.w("kan", "kunnen"), P.w("ik", "we", "wij"), .optional(.word(["helaas", "echt", "verder"])), P.w("niets", "niks", "weinig", "geen")],
                [P.w("anders"), P.w("kan", "kunnen"), P.w("ik", "we", "wij"), .optional(.word(["helaas", "echt", "verder"])), P.w("niets", "niks", "weinig")],
                [P.w("heb", "hebben"), P.w("ik", "we", "wij"), P.w("eerst"), P.skip(8), P.w("nodig")],
                [P.w("ik", "we", "wij"), P.w("heb", "hebben", "moet", "moeten"), P.w("eerst"), P.skip(8), P.w("nodig", "hebben", "ontvangen")],
                [P.w("formulier", "formulieren", "aanvraag"), .optional(.word(["even", "eerst", "nog"])), P.w("invullen", "ingevuld", "indienen")],
                [P.w("in"), P.w("het", "ons"), P.w("systeem")],
                [P.w("aanvraag", "bezwaar", "verzoek", "melding"), P.skip(4), P.w("in"), P.w("behandeling")],
            ],
            antipatterns: [
                Antipattern(
                    [P.w("wat", "welke", "hoe"), P.skip(5), P.w("regels", "regel", "procedure", "beleid")], reach: .sameSentence,
                    reason: "Asking what the client was told about the rules ('Wat zeiden ze over de regels?') is an open question about their film.",
                    example: "Wat zeiden ze precies over de regels?"),
            ],
            examples: [
                "Dat [[is nu eenmaal beleid]].", "Daar [[ga ik niet over]], dat is een [[ander loket]].",
                "[[Zonder handtekening van je ouders kan ik niets]].",
                "Liften [[vallen onder de]] VvE.",
                "Daarvoor moet u eerst het [[formulier invullen]].",
            ],
            counterexamples: [
                "Wat zeiden ze precies over de regels?", "Wat stond er op het formulier dat u kreeg?",
                "Hoe ging dat gesprek op het gemeentehuis?",
            ]),
    ]
}
