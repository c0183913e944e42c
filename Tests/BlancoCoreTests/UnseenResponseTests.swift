import Testing

@testable import BlancoCore

/// Responses written for this project, apart from the rule examples and the development
/// set, each labelled by the guideline: a check that the rules generalise.
@Suite("Unseen responses")
struct UnseenResponseTests {
    static let c1 = "Ik werk nu twee jaar bij een schoonmaakbedrijf. Vorige week riep mijn leidinggevende me bij zich en zei dat ik te langzaam werk. Hij heeft mijn uren gehalveerd. Mijn collega's zeggen niks. Ik weet niet hoe ik de huur nu moet betalen."
    static let c2 = "Sinds drie weken lekt het door het plafond van de badkamer. Ik heb de woningcorporatie twee keer gebeld. De monteur zou komen maar hij is niet geweest. Er zit nu schimmel op de muur van de kinderkamer."
    static let c3 = "Mijn zoon van vijftien is geschorst omdat hij een filmpje van een leraar heeft gemaakt. De school heeft mij pas twee dagen later gebeld. Hij zegt dat iedereen het deed."

    static let cases: [(response: String, context: String, categories: [Category])] = [
        ("Wat een nare ervaring.", c1, [.judgment]),
        ("Dat is echt schandalig van je leidinggevende.", c1, [.judgment]),
        ("Wat fijn dat je buurvrouw je helpt.", c2, [.judgment]),
        ("Dat had je leidinggevende nooit zo mogen doen.", c1, [.judgment]),
        ("Sterk van je dat je toch elke dag gaat.", c1, [.judgment]),
        ("Wat een vervelende situatie zeg.", c2, [.judgment]),
        ("Dat is gewoon niet eerlijk.", c1, [.judgment]),
        ("Wat verschrikkelijk voor u.", c2, [.judgment]),
        ("Die man is echt onbeschoft.", c1, [.judgment]),
        ("Gelukkig heeft de school je uiteindelijk wel gebeld.", c3, [.judgment]),
        ("Dat is natuurlijk heel vervelend voor u.", c2, [.judgment]),
        ("Helaas zie je dat steeds vaker op scholen.", c3, [.judgment, .interpretation]),
        ("Schimmel in een kinderkamer is echt onacceptabel.", c2, [.judgment]),
        ("Die school had je veel eerder moeten informeren.", c3, [.judgment]),
        ("Je was vast in paniek.", c1, [.interpretation]),
        ("Dat moet heel eng zijn geweest voor de kinderen.", c2, [.interpretation]),
        ("Ik denk dat je baas je gewoon weg wil hebben.", c1, [.interpretation]),
        ("Het lijkt erop dat niemand zich verantwoordelijk voelt.", c1, [.interpretation]),
        ("U bent waarschijnlijk bang om uw huis kwijt te raken.", c1, [.interpretation]),
        ("Dus eigenlijk wordt u gewoon aan het lijntje gehouden.", c2, [.interpretation]),
        ("Misschien schaamt je zoon zich ervoor.", c3, [.interpretation]),
        ("Voelt u zich daardoor niet gekleineerd?", c1, [.interpretation]),
        ("Dat komt vast door personeelstekort bij de corporatie.", c2, [.interpretation]),
        ("Ik merk dat je er verdrietig van wordt.", c1, [.interpretation]),
        ("Je zoon wilde waarschijnlijk gewoon stoer doen.", c3, [.interpretation]),
        ("Het klinkt alsof je je heel onzeker voelt op je werk.", c1, [.interpretation]),
        ("Wat is uw oordeel over uw leidinggevende?", c1, [.prematureOpinion]),
        ("Vindt u dat de school juist heeft gehandeld?", c3, [.prematureOpinion]),
        ("Hoe denkt u daar zelf over?", c2, [.prematureOpinion]),
        ("Wie is er volgens u fout, uw zoon of de leraar?", c3, [.prematureOpinion]),
        ("Wat had je baas anders moeten doen?", c1, [.prematureOpinion]),
        ("Bent u tevreden over hoe de corporatie communiceert?", c2, [.prematureOpinion]),
        ("Wat vind je van je leidinggevende?", c1, [.prematureOpinion]),
        ("Hoe kijkt u terug op dat telefoontje van school?", c3, [.prematureOpinion]),
        ("Vind jij dat eerlijk?", c3, [.prematureOpinion]),
        ("Wat denk je zelf, had je het kunnen voorkomen?", c1, [.prematureOpinion]),
        ("Je zou een klacht kunnen indienen bij de vakbond.", c1, [.advice]),
        ("Misschien moet je eens met de mentor praten.", c3, [.advice]),
        ("Ik raad u aan om naar het juridisch loket te gaan.", c1, [.advice]),
        ("Probeer eerst eens met je leidinggevende te praten.", c1, [.advice]),
        ("Heb je al aan schuldhulpverlening gedacht?", c1, [.advice]),
        ("Ik zal het voor u uitzoeken bij de planning.", c2, [.advice]),
        ("Het is slim om foto's van de schimmel te maken.", c2, [.advice]),
        ("U kunt beter direct een klacht indienen.", c2, [.advice]),
        ("Zal ik een gesprek voor u regelen met de directeur?", c3, [.advice]),
        ("Waarom heb je dat niet gemeld bij HR?", c1, [.whyQuestion]),
        ("Waarom heeft u de school niet zelf gebeld?", c3, [.whyQuestion]),
        ("waarom zei je niks tegen je leidinggevende", c1, [.whyQuestion]),
        ("Hoe komt het dat u niet vaker heeft gebeld?", c2, [.whyQuestion]),
        ("Waarom ben je niet meteen naar de vakbond gegaan?", c1, [.whyQuestion]),
        ("Je was toch ook boos?", c1, [.interpretation, .leadingQuestion]),
        ("Dat vond je zoon zeker niet leuk?", c3, [.interpretation, .leadingQuestion]),
        ("Je hebt het toch wel met je zoon besproken?", c3, [.interpretation, .leadingQuestion]),
        ("Dat is toch niet normaal?", c1, [.judgment, .prematureOpinion, .leadingQuestion]),
        ("Vindt u ook niet dat de corporatie veel te laat reageert?", c2, [.judgment, .prematureOpinion, .leadingQuestion]),
        ("Wat zei je leidinggevende precies?", c1, []),
        ("Hoe ging het gesprek verder?", c1, []),
        ("Wie was er nog meer bij toen het filmpje werd gemaakt?", c3, []),
        ("Wanneer kwam de monteur voor het laatst?", c2, []),
        ("Wat bedoel je met 'te langzaam'?", c1, []),
        ("Hoe was het voor u om dat te horen?", c1, []),
        ("Wat dacht je toen hij dat zei?", c1, []),
        ("Je zegt dat je collega's 'niks zeggen'. Wat gebeurde er toen?", c1, []),
        ("Heb ik goed begrepen dat de lekkage al drie weken duurt?", c2, []),
        ("Mm-hm.", c2, []),
        ("Ga verder.", c1, []),
        ("Hoe lang werkt u daar al?", c1, []),
        ("Is het plafond erg nat?", c2, []),
        ("Wat stond er in de mail van de school?", c3, []),
        ("Kunt u vertellen hoe een werkdag eruitziet?", c1, []),
        ("Dank je voor je openheid. Wat gebeurde er daarna?", c1, []),
        ("Waar heb je de brief van de corporatie gevonden?", c2, []),
        ("Wat moest uw zoon allemaal doen van de school?", c3, []),
        ("Heeft de corporatie gezegd waarom de monteur niet kwam?", c2, []),
        ("En toen?", c3, []),
        ("Wat deed je zoon op dat moment?", c3, []),
        ("Hoe vaak heeft u gebeld?", c2, []),
        ("Hoe voelde u zich toen de monteur niet kwam?", c2, []),
        ("Welke afspraken zijn er gemaakt over je uren?", c1, []),
        ("Kon je het gesprek goed volgen?", c1, []),
        ("Wat ging er door je heen toen je uren werden gehalveerd?", c1, []),
        ("Dus de monteur is niet geweest en er zit schimmel in de kinderkamer.", c2, []),
        ("Hoeveel uur werk je nu nog?", c1, []),
        ("Hoe reageerde uw zoon toen hij geschorst werd?", c3, []),
        ("Goedemorgen, fijn dat u belt. Waar zit de lekkage precies?", c2, []),
        ("ok. vertel", c1, []),
        ("Wat vond de leraar van het filmpje, weet u dat?", c3, []),
        ("Zeiden ze waarom je uren gehalveerd werden?", c1, []),
    ]

    @Test("each response gets exactly the guideline's categories", arguments: cases.indices)
    func categories(index: Int) {
        let item = Self.cases[index]
        let found = Analyzer().analyze(item.response, context: item.context).categories
        #expect(found == item.categories, "\(item.response)")
    }
}
