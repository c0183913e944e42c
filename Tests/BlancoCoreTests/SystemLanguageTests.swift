import Testing

@testable import BlancoCore

/// The `system-language` category (systeemtaal) of the guideline: the listener speaks from
/// the organisation's world instead of the client's.
@Suite("System language")
struct SystemLanguageTests {
    static let homeless =
        "Ik slaap al drie weken bij een vriend op de bank. Ik heb overal gebeld maar niemand heeft een plek voor mij."
    static let kitchenTable =
        "In januari was er een keukentafelgesprek en daarna kreeg ik een beschikking. Ik snap niet wat een 'traject' is."

    func categories(_ response: String, context: String = "", stage: Stage = .opening) -> Set<Category> {
        Set(Analyzer().analyze(response, context: context, stage: stage).flags.map(\.category))
    }

    @Test("the client's story as a case, a file or a number is system language")
    func caseWords() {
        for response in [
            "Dit geval kan ik zo niet oplossen.", "Ik pak uw casus even erbij.",
            "Dan maak ik een aantekening in uw dossier.", "ik pak ff uw dossier erbij, wat is uw bsn",
        ] {
            #expect(categories(response, context: Self.homeless).contains(.systemLanguage), "\(response)")
        }
        #expect(categories("Ik pak uw casus even erbij.", context: Self.homeless) == [.systemLanguage])
    }

    @Test("jargon the client never used is system language; the same word echoed or asked about is theirs")
    func jargonAndEcho() {
        #expect(
            categories("Heeft u al een beschikking voor die voorziening?", context: Self.homeless) == [.systemLanguage])
        #expect(categories("Wat stond er in die beschikking?", context: Self.kitchenTable).isEmpty)
        #expect(
            categories("U noemt het keukentafelgesprek. Wat werd er toen besproken?", context: Self.kitchenTable)
                .isEmpty)
        #expect(categories("Wat bedoelt u met 'traject'?", context: Self.kitchenTable).isEmpty)
    }

    @Test("a compound found by its head is the listener's word when the client said only its first part")
    func compoundHeadIsTheListeners() {
        let integrity = "Ik heb uw naam gezien op de affiche, aanspreekpunt integriteit. Het gaat om mijn trainer."
        #expect(
            categories("dan start er een onderzoek volgens de integriteitsprocedure", context: integrity)
                .contains(.systemLanguage))
        let carePlan = "In haar zorgplan staat dat ze elke ochtend wordt gewassen, maar dat gebeurt niet."
        for response in ["Wat staat er nog meer in dat zorgplan?", "Hoe vaak worden die zorgplannen met u besproken?"] {
            #expect(categories(response, context: carePlan).isEmpty, "\(response)")
        }
    }

    @Test("a jargon word is found by its head: -bevel, -planning, -rechter, -clausule, -verklaring")
    func jargonByHead() {
        for response in [
            "is er al een aanhoudingsbevel of zit hij gewoon vast?", "Is de ontslagplanning al met u besproken?",
            "dan kan je naar de kinderrechter stappen", "je kan een beroep doen op de hardheidsclausule",
            "heb je een doktersverklaring ingeleverd bij je baas?", "dat valt onder de wet op de patiëntenrechten",
        ] {
            #expect(categories(response, context: Self.homeless).contains(.systemLanguage), "\(response)")
        }
    }

    @Test("plans, referees and dishes of everyday life on those heads are not system language")
    func everydayWordsOnJargonHeads() {
        for response in [
            "Wat stond er die dag op je dagplanning?", "hoe lang ben je al scheidsrechter?",
            "wat was het hoofdgerecht op dat feest?", "Hij deed je een liefdesverklaring, en toen?",
        ] {
            #expect(categories(response, context: Self.homeless).isEmpty, "\(response)")
        }
        #expect(
            categories(
                "hoe ging dat gesprek over die ontslagplanning?",
                context: "De verpleegkundige had het steeds over de ontslagplanning."
            ).isEmpty)
    }

    @Test("an abbreviation in capitals the client did not use is the desk's shorthand")
    func abbreviationInCapitals() {
        for response in [
            "het LBIO kan de inning overnemen", "hij krijgt eerst een BARO-gesprek",
            "dat had je moeten melden met een C45B", "dat moet als VIM gemeld worden",
        ] {
            #expect(categories(response, context: Self.homeless).contains(.systemLanguage), "\(response)")
        }
    }

    @Test(
        "the client's own abbreviation, a household name, a school type and capitals for emphasis or shouting are not")
    func plainAbbreviations() {
        #expect(
            categories("wat schreef DUO precies?", context: "DUO wil dat ik alles terugbetaal.").isEmpty)
        for response in [
            "wanneer hoorde je dat van het UWV?", "zit ze nog op de HAVO?", "OK, en wat deed je toen?",
            "wat keek je toen op TV?", "HOE GING DAT TOEN", "wie sprak je bij het OCMW?", "wat zei HR toen?",
        ] {
            #expect(categories(response, context: Self.homeless).isEmpty, "\(response)")
        }
        #expect(categories("het lbio kan de inning overnemen", context: Self.homeless).isEmpty)
    }

    @Test("the rule as the answer and the desk that is not mine are system language")
    func procedureBeforeStory() {
        for response in [
            "Dat is nu eenmaal beleid.", "Daar ga ik niet over, dat is een ander loket.",
            "Zonder handtekening van je ouders kan ik niets.",
        ] {
            #expect(categories(response, context: Self.homeless).contains(.systemLanguage), "\(response)")
        }
    }

    @Test("idioms with 'geval' and plain names of the client's documents are not system language")
    func notSystemLanguage() {
        for response in [
            "In dat geval bel ik u morgen terug.", "In ieder geval fijn dat u het vertelt.",
            "Wat stond er precies in de brief van de gemeente?", "Heb je al aan schuldhulpverlening gedacht?",
        ] {
            #expect(!categories(response, context: Self.homeless).contains(.systemLanguage), "\(response)")
        }
    }

    @Test("a system-language flag is light, named 'systeemtaal', and suggests the client's words")
    func flagIsLightAndDutch() throws {
        let flag = try #require(Analyzer().analyze("Ik pak uw casus even erbij.").flags.first)
        #expect(flag.category == .systemLanguage)
        #expect(flag.severity == .minor)
        #expect(Category.systemLanguage.dutchName == "systeemtaal")
        #expect(Category(keyword: "systeemtaal") == .systemLanguage)
        #expect(flag.suggestion.hasPrefix("Zeg het in de woorden van de cliënt"))
    }

    @Test("system language costs points like any light flag, less than a verdict")
    func placeInTheGrade() {
        let weights = ScoringWeights.standard
        let system = Analyzer().analyze("Ik pak uw casus even erbij.").score
        let clean = Analyzer().analyze("Ik pak even pen en papier erbij.").score
        #expect(weights.deduction(for: .systemLanguage, severity: .minor) > 0)
        #expect(
            weights.deduction(for: .systemLanguage, severity: .minor)
                < weights.deduction(for: .judgment, severity: .major))
        #expect(system.points < clean.points)
    }

    @Test("the client reacts to system language in the practice session")
    func clientReacts() {
        var session = PracticeSession(exercise: PracticeFixtures.exercise)
        let turn = session.respond("Ik pak uw dossier even erbij.")
        #expect(turn.reply == .reacts(to: .systemLanguage))
        #expect(turn.replyText == DefaultReactions.reaction(to: .systemLanguage))
        #expect(turn.replyText.contains("Geval?"))
    }
}
