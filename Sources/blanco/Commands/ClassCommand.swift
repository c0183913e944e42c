import BlancoCore

/// `blanco klas start|rapport|live` (alias `class start|report|live`): a lecturer's class
/// session. Students hand in with `blanco practice --hand-in MAP`; see the README's
/// section for lecturers.
enum ClassCommand: Command {
    static let name = "class"
    static let aliases = ["klas"]
    static let summary = "Werkcollege: inleveren, live overzicht en klasrapport"
    static let usage = """
        Gebruik: blanco klas start MAP --exercise ID [--anoniem] [--profiel NAAM|BESTAND]
               blanco klas live MAP [--namen]
               blanco klas rapport MAP|BESTAND... [--format text|html|csv|json] [--anoniem] [-o BESTAND] [--force]

        Een werkcollege zonder server: studenten leveren hun oefening in als bestand in een
        gedeelde map ('blanco practice --hand-in MAP'), de docent volgt live wat er binnenkomt
        en maakt na afloop een klasrapport met cijferlijst.

          start     Zet de map klaar: een klein sessiebestand (\(ClassSession.fileName)) met de
                    oefening, zodat studenten alleen 'blanco practice --hand-in MAP' hoeven te
                    typen. Met --anoniem leveren studenten in zonder naam. Met --profiel
                    oefent de hele klas met dat profiel (basis, standaard, streng, of je eigen
                    profielbestand, dat als \(ClassSession.profileFileName) in de map komt).
                    'blanco validate MAP' controleert de map.
          live      Een scherm voor de beamer: de casus, het aantal inleveringen, per categorie
                    hoe vaak die voorkwam, de woorden die het vaakst vielen en de cijfers. Het
                    scherm ververst zodra er bestanden bijkomen. Toetsen staan onderaan.
          rapport   Per oefening: studenten, cijfers (mediaan en kwartielen), vlaggen per
                    categorie, de vaakst gebruikte woorden, de film, zelfbeoordeling naast de
                    coach, voorbeeldantwoorden en een cijferlijst (niet met --anoniem). Elke
                    reactie wordt opnieuw geanalyseerd en elk cijfer opnieuw berekend; een
                    inlevering die een ander cijfer noemt dan haar antwoorden geven, wordt
                    genoemd. Bestanden die niet bruikbaar zijn, worden per stuk genoemd en
                    overgeslagen. Er wordt nooit iets in de map veranderd.

        Aliassen: class start, class live, class report.

        """

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        guard let sub = arguments.first else {
            context.error("'klas' verwacht start, live of rapport; zie 'blanco help klas'")
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        switch sub {
        case "start": return ClassStartCommand.run(rest, context)
        case "rapport", "report": return ClassReportCommand.run(rest, context)
        case "live": return ClassLiveCommand.run(rest, context)
        default:
            var message = "onbekend klascommando '\(sub)'"
            if let close = EditDistance.closest(to: sub, in: ["start", "rapport", "report", "live"]) {
                message += "; bedoelde je '\(close)'?"
            } else {
                message += "; kies start, live of rapport"
            }
            context.error(message)
            return .usage
        }
    }
}
