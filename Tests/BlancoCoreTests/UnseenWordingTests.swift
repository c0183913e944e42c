import Testing

@testable import BlancoCore

/// Responses in wording the first rule book did not anticipate, written for this project
/// and labelled by the guideline: colloquial verdicts, conclusions opened by "kortom",
/// predictions, advice wrapped as "misschien is het handig om", and the clean near-misses a
/// good listener types ("Heeft u al eerder gebeld?", "U kunt rustig de tijd nemen").
@Suite("Unseen wording")
struct UnseenWordingTests {
    static let k1 =
        "Ik heb in een maand drie pakketten besteld en ze zijn alle drie kwijt. De bezorger zegt dat hij ze bij de buren heeft afgegeven, maar de buren hebben niks. De webwinkel verwijst naar het bezorgbedrijf."
    static let k2 =
        "Mijn moeder woont sinds april in een verpleeghuis. Als ik op bezoek kom ligt ze vaak nog in bed om elf uur. Ik heb het twee keer gezegd tegen de teamleider."
    static let k3 =
        "Ik heb in maart huurtoeslag aangevraagd. In juni kreeg ik een brief dat ik alles moet terugbetalen. Ik heb twee keer gebeld en één keer gemaild, maar ik kreeg nog geen antwoord."

    static let cases: [(response: String, context: String, categories: [Category])] = [
        ("Balen voor u, zeg.", k1, [.judgment]),
        ("Terecht dat u hier aan de bel trekt.", k1, [.judgment]),
        ("Kras hoor, drie pakketten kwijt in een maand.", k1, [.judgment]),
        ("Wat een klotesituatie.", k1, [.judgment]),
        ("Die bezorger moet zich niet zo aanstellen.", k1, [.judgment]),
        ("Dat kan gewoon echt niet, een pakket bij de verkeerde buren.", k1, [.judgment]),
        ("Daar heeft het bezorgbedrijf een steek laten vallen.", k1, [.judgment]),
        ("Ze laten u gewoon in de kou staan.", k1, [.judgment]),
        ("U heeft helemaal gelijk.", k1, [.judgment]),
        ("Raar dat niemand u dat vertelde.", k2, [.judgment]),
        ("Respect dat u elke dag op bezoek gaat.", k2, [.judgment]),
        ("Dat verpleeghuis heeft er een potje van gemaakt.", k2, [.judgment]),
        ("Uw moeder is vast heel eenzaam daar.", k2, [.interpretation]),
        ("Daar word je natuurlijk moedeloos van.", k2, [.interpretation]),
        ("Ik begrijp dat u zich zorgen maakt.", k2, [.interpretation]),
        ("Met andere woorden: het personeel heeft geen tijd voor haar.", k2, [.interpretation]),
        ("Dat zal de drukte wel zijn.", k2, [.interpretation]),
        ("Dat trekt wel bij als ze gewend is.", k2, [.interpretation]),
        ("Ik heb het idee dat u zich schuldig voelt.", k2, [.interpretation]),
        ("In verpleeghuizen gaat het meestal zo, dat soort dingen gebeurt altijd.", k2, [.interpretation]),
        ("U bent niet de enige die dit meemaakt.", k2, [.interpretation]),
        ("De verzorgers doen dat vast niet expres.", k2, [.interpretation]),
        ("Kortom, de gemeente heeft uw aanvraag gewoon laten liggen.", k3, [.interpretation]),
        ("Het gaat u eigenlijk om erkenning.", k3, [.interpretation]),
        ("Geen wonder dat u slecht slaapt.", k3, [.interpretation]),
        ("Dat heeft vast te maken met de nieuwe regels.", k3, [.interpretation]),
        ("Hoe staat u tegenover het besluit van de gemeente?", k3, [.prematureOpinion]),
        ("Wat denkt u ervan?", k3, [.prematureOpinion]),
        ("Is dat redelijk, denkt u?", k3, [.prematureOpinion]),
        ("Hoe zou u het zelf oplossen?", k3, [.prematureOpinion]),
        ("Denkt u dat de ambtenaar fout zat?", k3, [.prematureOpinion]),
        ("Misschien is het handig om bezwaar te maken.", k3, [.advice]),
        ("Het lijkt me verstandig als u alles bewaart.", k3, [.advice]),
        ("Het zou goed zijn om een advocaat te nemen.", k3, [.advice]),
        ("Ik ga meteen een gesprek voor u inplannen.", k3, [.advice]),
        ("Die toeslag komt terug, daar zorg ik voor.", k3, [.advice]),
        ("Als u nu eerst het formulier invult, dan kijken we verder.", k3, [.advice]),
        ("Heeft u de ambtenaar al aangesproken op de fout?", k3, [.advice]),
        ("Mijn advies is om het juridisch loket te bellen.", k3, [.advice]),
        ("Zou het helpen als u een brief schrijft?", k3, [.advice]),
        ("U was toen niet thuis, neem ik aan?", k1, [.interpretation, .leadingQuestion]),
        ("Dat is toch gewoon diefstal, vindt u niet?", k1, [.judgment, .prematureOpinion, .leadingQuestion]),
        ("Heeft u al eerder gebeld over een kwijt pakket?", k1, []),
        ("Wat heeft u al geprobeerd?", k1, []),
        ("Wat zou u willen vertellen?", k1, []),
        ("U kunt rustig de tijd nemen.", k1, []),
        ("Wat gebeurde er toen u de bezorger belde?", k1, []),
        ("Hoe was dat voor u, toen u haar zo aantrof?", k2, []),
        ("U zegt dat het 'ellendig' voelt. Wat gebeurde er daarna?", k2, []),
        ("Wat stond er in het zorgplan?", k2, []),
        ("Laten we even teruggaan naar maart: wat gebeurde er toen?", k3, []),
        ("Als u terugdenkt aan dat gesprek, wat ziet u dan?", k3, []),
        ("Wat dacht u toen u de brief las?", k3, []),
        ("Hoe staat u er nu financieel voor?", k3, []),
        ("Kortom, u heeft twee keer gebeld en één keer gemaild.", k3, []),
        ("Wie heeft u gesproken bij de gemeente?", k3, []),
        ("Hoe laat komt de verzorging normaal gesproken?", k2, []),
        ("Wordt uw moeder nog steeds 's nachts gewekt?", k2, []),
    ]

    @Test("each response gets exactly the guideline's categories", arguments: cases.indices)
    func categories(index: Int) {
        let item = Self.cases[index]
        let found = Analyzer().analyze(item.response, context: item.context).categories
        #expect(found == item.categories, "\(item.response)")
    }
}
