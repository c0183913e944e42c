import Testing

@testable import BlancoCore

/// The client's own words beyond their stems: a feeling the client named, repeated in its
/// -heid noun or in a plain synonym of the same strength, adds nothing; a new feeling does.
@Suite("The client's feeling in other words")
struct SameFeelingTests {
    func categories(_ response: String, context: String) -> Set<Category> {
        Set(Analyzer().analyze(response, context: context).flags.map(\.category))
    }

    @Test("'je maakt je zorgen' after 'ik ben bang' repeats the client's feeling")
    func worryAfterFear() {
        let context = "Ik ben zo bang dat ik mijn huis kwijtraak."
        #expect(categories("je maakt je zorgen dat je je huis kwijtraakt", context: context).isEmpty)
        #expect(categories("dus je bent ongerust over je huis", context: context).isEmpty)
        #expect(
            categories("je maakt je zorgen dat je je huis kwijtraakt", context: "Ik kreeg een brief.") == [
                .interpretation
            ])
    }

    @Test("'ik maak me zorgen' reveals the same feeling through the idiom's words")
    func fearAfterWorryIdiom() {
        let context = "Ik maak me zo'n zorgen om mijn dochter, ze eet niks meer."
        #expect(categories("je bent bang om je dochter, ze eet niks meer", context: context).isEmpty)
    }

    @Test("'boos' after 'kwaad' and 'nerveus' after 'zenuwachtig' add nothing")
    func plainSynonyms() {
        #expect(
            categories("je was boos op die man van de balie", context: "Ik was echt kwaad op die man van de balie.")
                .isEmpty)
        #expect(categories("u bent kwaad, en wat zei u toen?", context: "Ik ben gewoon boos.").isEmpty)
        #expect(
            categories("je bent nerveus voor de zitting", context: "Ik ben heel zenuwachtig voor de zitting.").isEmpty)
        #expect(
            categories(
                "ge zijt verdrietig sinds uw moeder weg is", context: "Ik ben echt triestig sinds ons moeder weg is."
            ).isEmpty)
    }

    @Test("'ik maak me zorgen' alone does not make 'voor iemand zorgen' a feeling, and a new feeling stays supplied")
    func newFeelingStaysInterpretation() {
        #expect(
            categories("je bent vast bang dat het misgaat", context: "Ik moet elke dag voor mijn moeder zorgen.") == [
                .interpretation
            ])
        #expect(
            categories("je bent eigenlijk bang voor die man", context: "Ik was echt kwaad op die man.") == [
                .interpretation
            ])
        #expect(
            categories("je bent uitgeput en wanhopig", context: "Ik ben zo moe van al dat gedoe.") == [.interpretation])
        #expect(
            categories("je schaamt je er vast voor", context: "Ik ben zo bang dat ik mijn huis kwijtraak.") == [
                .interpretation
            ])
    }

    @Test("a verb that only carries the client's feeling adds nothing: 'je voelt je eenzaam' after 'ik ben eenzaam'")
    func carryingVerbs() {
        #expect(
            categories("je voelt je eenzaam sinds de verhuizing", context: "Ik ben zo eenzaam sinds de verhuizing.")
                .isEmpty)
        #expect(categories("je raakte in paniek. wat deed je toen?", context: "Ik was helemaal in paniek.").isEmpty)
        #expect(categories("het maakte je verdrietig", context: "Ik werd er zo verdrietig van.").isEmpty)
        #expect(
            categories("je voelt je vast eenzaam", context: "Ik woon alleen sinds de verhuizing.") == [.interpretation])
    }

    @Test("the forms of a strong verb of feeling are the client's: 'geschrokken' after 'ik schrok'")
    func strongVerb() {
        #expect(
            categories(
                "je bent erg geschrokken toen de deur openging", context: "Ik schrok me kapot toen de deur openging."
            )
            .isEmpty)
    }

    @Test("a -heid noun of the client's adjective is the client's word; 'overheid' is not the client's 'over'")
    func heidNouns() {
        let words = ClientWords("Ik ben zo boos en ik voel me eenzaam. Het gaat over mijn broer.")
        #expect(words.containsStem(of: "boosheid"))
        #expect(words.containsStem(of: "eenzaamheid"))
        #expect(!words.containsStem(of: "overheid"))
    }

    @Test("a verb form with a long vowel in a closed syllable is the client's infinitive spelled with one vowel")
    func longVowelForms() {
        let words = ClientWords("Mijn dochter moest vertalen. Ik kon hem niet horen.")
        #expect(words.containsStem(of: "vertaalde"))
        #expect(words.containsStem(of: "hoorde"))
        #expect(!words.containsStem(of: "haalde"))
        #expect(ClientWords.infinitive(ofLongVowelForm: "loopt") == "lopen")
        #expect(ClientWords.infinitive(ofLongVowelForm: "boom") == "bomen")
        #expect(ClientWords.infinitive(ofLongVowelForm: "vertelde") == nil)
    }

    @Test("a strong verb's form is the client's word when the client used another form of the same verb")
    func strongVerbForms() {
        let words = ClientWords("In juli ben ik met de fiets gevallen. Toen liep ik naar huis.")
        #expect(words.containsStem(of: "viel"))
        #expect(words.containsStem(of: "gelopen"))
        #expect(!words.containsStem(of: "ging"))
    }

    @Test("a word that names the same relative as the client's word is the client's word; another relative is not")
    func samePerson() {
        let words = ClientWords("Wie zorgt er dan voor ma als ik de cel in moet?")
        #expect(words.containsStem(of: "moeder"))
        #expect(words.containsStem(of: "mama"))
        #expect(!words.containsStem(of: "vader"))
    }

    @Test("the groups of the same feeling are data: every group names words a client types")
    func groupsAreData() {
        let labels = Set(Words.sameFeeling.map(\.label))
        #expect(labels.isSuperset(of: ["bang", "boos", "verdrietig"]))
        let words = ClientWords("Ik ben zo bang.")
        #expect(words.containsStem(of: "ongerust"))
        #expect(!words.containsStem(of: "woedend"))
    }
}
