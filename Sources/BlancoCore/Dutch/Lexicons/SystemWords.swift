// System-world words: what an organisation calls a person, their story and its steps.
//
// Provenance: hand-written for this project from the guideline's `system-language`
// section and the leefwereld/systeemwereld article it cites, grouped by the public-service
// domains Blanco's exercises come from. A word belongs here when a client would not use it
// for their own life unless the system taught it to them: the listener who says it speaks
// from the desk. Plain names of things every client has (a letter, a form, a bill, the
// municipality) are left out: "de brief van de Belastingdienst" is the client's world too.
// Left out as well because they are everyday words in another sense: "zaak" (a shop, a
// matter), "melding" alone ("een ziekmelding"), "regeling" alone, "plicht" alone, "intake"
// (also "inname"), "verwijzing" (also a reference in a text). Names of services people
// know by that name ("schuldhulpverlening", "de huisarts", "het wijkteam") are names, not
// jargon: suggesting one is advice.

extension Lexicon {
    /// A person or their story as a case, a file or a number: "dit geval", "uw casus",
    /// "uw dossier", "uw BSN".
    public static let caseWords = Lexicon(
        name: "case words",
        provenance: "hand-written for this project from the guideline",
        words: [
            "casus", "casussen", "dossier", "dossiers", "dossiernummer", "klantnummer", "clientnummer",
            "zaaknummer", "registratienummer", "ticketnummer", "bsn", "burgerservicenummer",
            "relatienummer", "zaakdossier", "clientdossier", "klantdossier", "storingsmelding",
            "herstelmelding", "verzuimmelding", "zorgmelding", "casemanager", "casusregisseur", "regievoerder",
            "caseload", "factuurnummer", "patientnummer", "polisnummer", "contractnummer", "referentienummer",
            "aanvraagnummer", "betalingskenmerk", "registratie", "registreer", "registreren", "geregistreerd",
            "jeugdige", "jeugdigen", "thuiszitter", "thuiszitters", "categorie", "doelgroep",
        ])

    /// Jargon of the organisation, by domain. The client's own use of a word makes it theirs.
    public static let systemJargon = Lexicon(
        name: "system jargon",
        provenance: "hand-written for this project from the guideline, by domain",
        words: [
            // Wmo, youth care, care
            "beschikking", "beschikkingen", "voorziening", "voorzieningen", "maatwerk", "maatwerkvoorziening",
            "indicatie", "indicaties", "herindicatie", "indicatiestelling", "wmo", "wmo-loket", "zorgloket",
            "jeugdhulp", "jeugdwet", "wlz", "pgb", "zorgvraag", "hulpvraag", "zorgbehoefte", "ondersteuningsvraag",
            "ondersteuningsplan", "zelfredzaamheid", "zelfredzaam", "traject", "trajecten", "zorgtraject",
            "hulpverleningstraject", "behandeltraject", "re-integratietraject", "budgetbeheertraject",
            "verzuimtraject", "incassotraject", "zorgproduct", "dbc-zorgproduct", "dbc", "gedeclareerd",
            "declareren", "declaratie", "basis-ggz", "overbruggingszorg", "gezinsplan", "toegangsteam",
            // Income, work, debts
            "participatiewet", "inlichtingenplicht", "sollicitatieplicht", "arbeidsverplichting",
            "arbeidsverplichtingen", "tegenprestatie", "maatregel", "maatregelen", "verwijtbaar",
            "verwijtbare", "verwijtbaarheid", "ontvankelijk", "niet-ontvankelijk", "ontvankelijkheid",
            "toetsingsinkomen", "draagkracht", "toeslagpartner", "terugvorderingsbesluit", "herzieningsbesluit",
            "budgetbeheer", "beschermingsbewind", "schuldregeling", "wsnp", "msnp",
            "saneringskrediet", "vtlb", "beslagvrije", "betalingsachterstand", "vroegsignalering",
            "vroegsignaleringsmelding", "aflossingscapaciteit", "leefgeld",
            // School
            "startkwalificatie", "leerplichtig", "kwalificatieplichtig", "verzuimregistratie",
            "ondersteuningsbehoefte", "ontwikkelingsperspectief", "zorgteam",
            // Immigration, housing, police
            "inburgeringstermijn", "inburgeringsplicht", "ontheffing", "activeringscode", "machtiging",
            "urgentieverklaring", "inschrijfduur", "huurachterstand", "proces-verbaal",
            // Procedure words that need no frame
            "conform", "beleidsregel", "beleidsregels", "werkinstructie", "aanvraagformulier",
            "declaratieformulier", "wijzigingsformulier", "intakeformulier", "formaliteiten", "meldcode",
            "intake", "intakegesprek", "briefadres", "vordering", "vorderingen", "opp", "samenwerkingsverband",
            "invordering", "inhoudingsplichtige", "inhoudingsplichtigen", "heffingskorting", "loonheffingskorting",
            "naheffing", "naheffingen", "aanslag", "verschuldigd", "kwijtschelding", "verrichtingscode", "mdo",
            "leidend", "ontvankelijkheid",
            // Compound heads: any longer word ending in these is the system's too.
            "-traject", "-termijn", "-problematiek", "-voorziening", "-voorzieningen", "-indicatie", "-dossier",
            "-procedure", "-protocol", "-formulier", "-loket",
        ])

    /// Words of procedure and rule ("beleid", "protocol", "loket"): system language only in
    /// a frame that puts them before the story ("dat is nu eenmaal beleid", "een ander loket").
    static let procedureNouns: Set<String> = [
        "beleid", "procedure", "procedures", "protocol", "protocollen", "regels", "regel", "richtlijnen",
        "richtlijn", "voorschriften", "wet", "wetgeving", "systeem",
    ]
    static let deskNouns: Set<String> = ["loket", "afdeling", "instantie", "team", "dienst", "balie"]
}
