import Testing

@testable import BlancoCore

/// Everyday verdicts a first-year student types, in wording written for this project (not
/// taken from any evaluation set), next to the clean responses that use the same words in
/// another sense: siding with someone, blaming or excusing, praising or acquitting the
/// client, minimising, sarcasm and rhetorical questions.
@Suite("Everyday judgments")
struct EverydayJudgmentTests {
    static let neighbours =
        "Mijn buurman draait elke nacht harde muziek en de corporatie zegt dat ik een geluidsdagboek moet bijhouden. Mijn zus vindt dat ik moet verhuizen. Die man is verder best vriendelijk hoor."
    static let school =
        "Mijn zoon van vijftien moet nablijven omdat hij twee keer te laat kwam. De mentor zegt dat hij het niet serieus neemt. Mijn man zegt dat ik overdrijf. Het zijn verder lieve jongens in die klas."
    static let care =
        "Mijn vader ligt in het ziekenhuis en moet over drie dagen naar huis, maar er is nog geen plek in een revalidatiecentrum. Mijn broer woont in Spanje. Ze doen hun best in het ziekenhuis, maar het is krap."

    static let judgments: [(response: String, context: String)] = [
        ("Uw zus heeft eigenlijk wel gelijk.", neighbours),
        ("Echt kansloos zeg je. Wat zei de mentor nog meer?", school),
        ("Daar heeft de corporatie wel een punt.", neighbours),
        ("Die corporatie maakt misbruik van uw geduld.", neighbours),
        ("Een geluidsdagboek, dat is een wassen neus.", neighbours),
        ("Had u maar eerder geklaagd.", neighbours),
        ("Hij is ook echt een onmogelijke buurman.", neighbours),
        ("De mentor heeft natuurlijk ook een punt.", school),
        ("Het zijn natuurlijk ook lieve jongens op die leeftijd.", school),
        ("Die mentor stelt zich een beetje aan.", school),
        ("Wie doet nou zoiets?", school),
        ("Die mentor moet beter opletten.", school),
        ("Nou ja, zo erg is een uurtje nablijven niet.", school),
        ("Drie dagen, dat is wel heel kort dag.", care),
        ("Uw broer laat het ook wel erg op u aankomen.", care),
        ("Het ziekenhuis had u op zijn minst kunnen bellen.", care),
        ("Ik snap echt niet dat een ziekenhuis zo werkt.", care),
        ("Lekker is dat, zo vlak voor het weekend.", care),
        ("Wat heeft u een pech gehad.", care),
        ("Dat is heel volwassen van u.", care),
    ]

    static let clean: [(response: String, context: String)] = [
        ("Uw zus vindt dat u moet verhuizen. Hoe kwam dat gesprek op gang?", neighbours),
        ("U zegt dat hij verder best vriendelijk is. Hoe merkt u dat?", neighbours),
        ("Heeft de corporatie u gelijk gegeven?", neighbours),
        ("Hoe laat begint de muziek meestal?", neighbours),
        ("Uw man zegt dat u overdrijft. Wat zegt hij nog meer?", school),
        ("U zegt dat het lieve jongens zijn. Wie zitten er bij hem in de klas?", school),
        ("Ik snap dat deel niet, wilt u het nog eens vertellen?", school),
        ("Hoe goed kent u de mentor?", school),
        ("Wie haalt uw vader op als hij naar huis mag?", care),
        ("Ze doen hun best, zegt u, maar het is krap. Wat merkt u daarvan?", care),
        ("Echt lieve jongens zeg je. Wie zitten er nog meer in die klas?", school),
        ("Wanneer moet hij precies naar huis?", care),
        ("Kan ik nog iets voor u?", care),
    ]

    @Test("each everyday verdict is flagged as a judgment", arguments: judgments.indices)
    func verdict(index: Int) {
        let item = Self.judgments[index]
        let found = Analyzer().analyze(item.response, context: item.context).categories
        #expect(found.contains(.judgment), "\(item.response) → \(found)")
    }

    @Test("the same words in a good listening response stay clean", arguments: clean.indices)
    func cleanResponse(index: Int) {
        let item = Self.clean[index]
        let found = Analyzer().analyze(item.response, context: item.context).categories
        #expect(found.isEmpty, "\(item.response) → \(found)")
    }
}
