import BlancoCore
import DisplayText

/// `blanco practice [ID]` (also plain `blanco`): an interactive conversation with a
/// simulated client, live feedback on every response, hints, a debrief with a grade, and
/// progress saved in the journal.
enum PracticeCommand: Command {
    static let name = "practice"
    static let aliases = ["oefen"]
    static let summary = "Oefen een gesprek met een cliënt (standaard)"
    static let usage = """
        Gebruik: blanco practice [ID] [--exercises MAP] [--profiel NAAM] [--hand-in MAP [--name NAAM]]

        Oefen blanco luisteren met een gesimuleerde cliënt. Zonder ID kies je eerst een
        oefening uit de lijst; met ID begin je meteen ('blanco list' toont de ids).

        Na elke reactie zie je eerst feedback (de woorden die niet blanco zijn, waarom, en
        een blanco alternatief), dan het antwoord van de cliënt en hoeveel van de film je
        kent. Je vraag stuurt het verhaal: wie, wanneer, waar, wat gebeurde er, hoe was dat
        voor u. Een samenvatting of een check brengt ook meer van de film; een aanmoediging
        of stilte steunt, maar de kernfeiten komen van vragen. Een oordeel, interpretatie of
        advies brengt niets nieuws. Vraag naar de mening als alle kernfeiten bekend zijn.

        Welke regels meetellen, bepaalt het profiel: --profiel basis, standaard of streng,
        of een eigen profielbestand. Zonder --profiel geldt het profiel dat de oefening
        noemt (veld 'profiel'), anders standaard.

        Commando's tijdens het oefenen: /hulp, /lijst, /oefen ID, /hint, /film, /opnieuw,
        /klaar (eerst je eigen beoordeling, dan de nabespreking en je cijfer), /score,
        /reflectie, /export, /stop. Ctrl-D stopt ook. Stop je midden in een gesprek, dan
        kun je het later voortzetten: kies dezelfde oefening opnieuw.

        Je voortgang staat in $BLANCO_HOME, anders in $XDG_DATA_HOME/blanco, anders in
        ~/.local/share/blanco.

        Inleveren bij een werkcollege: met --hand-in MAP (of --inleveren MAP) komt elke
        oefening die je met /klaar afrondt als bestand in die map. Heeft je docent de map
        klaargezet ('blanco klas start'), dan is 'blanco practice --hand-in MAP' genoeg: de
        oefening staat in de map, en ook het profiel als de docent er een koos (dan geldt
        dat profiel, en niet een ander met --profiel). --name NAAM zet je naam of alias op het bestand (anders
        de naam die je bij 'blanco export --name' gaf); een anonieme klassessie laat hem weg.

        Vanuit een bestand ('blanco practice ID < reacties.txt')
        krijg je een leesbaar verslag zonder kleuren.

        """

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentSpec(valueOptions: ["--hand-in", "--inleveren", "--name", "--naam"]).parse(arguments)
        } catch {
            context.error(error.message)
            return .usage
        }
        guard parsed.positionals.count <= 1 else {
            context.error(
                "'practice' verwacht hooguit één oefening-id, maar kreeg '\(parsed.positionals.joined(separator: " "))'"
            )
            return .usage
        }
        let rules: RuleBook?
        switch RulesOption.resolve(context) {
        case .success(let book): rules = book
        case .failure(let error): return RulesOption.report(error, context)
        }
        // The folder's profiles may name the lecturer's own rules.
        let catalog = ExerciseCatalog.load(directory: context.exercisesDirectory, book: rules ?? .standard)
        for warning in catalog.skippedFileWarnings { context.warning(warning) }
        guard !catalog.exercises.isEmpty else {
            context.error("er zijn geen oefeningen om te oefenen; controleer de map met 'blanco validate'")
            return .dataError
        }
        var exercise: Exercise?
        var handIn: HandInDelivery?
        if let folder = parsed.value("--hand-in") ?? parsed.value("--inleveren") {
            switch HandInDelivery.prepare(folder: folder) {
            case .failure(let error):
                context.error(error.message)
                return .usage
            case .success(let session):
                if parsed.positionals.isEmpty, session == nil {
                    context.error(
                        "in \(folder) staat geen klassessie (\(ClassSession.fileName)); geef het id van de oefening: blanco practice ID --hand-in \(folder)"
                    )
                    return .usage
                }
                let student =
                    parsed.value("--name") ?? parsed.value("--naam")
                    ?? DataDirectory.resolve(environment: context.environment).flatMap {
                        UserSettings.load(from: $0).name
                    }
                handIn = HandInDelivery(folder: folder, session: session, student: student, catalog: catalog)
            }
        }
        if let id = parsed.positionals.first ?? handIn?.session?.exercise {
            guard let found = catalog.exercise(id: id) else {
                var message = "onbekende oefening '\(id)'"
                if let close = EditDistance.closest(to: id, in: catalog.exercises.map(\.id)) {
                    message += "; bedoelde je '\(close)'?"
                } else {
                    message += "; zie 'blanco list' voor de ids"
                }
                context.error(message)
                return .usage
            }
            exercise = found
        }
        var profile: Profile?
        switch ProfileOption.resolve(context, book: rules ?? .standard, catalog: { catalog }) {
        case .success(let chosen): profile = chosen
        case .failure(let failure): return ProfileOption.report(failure, context)
        }
        if let handIn, let session = handIn.session {
            // The lecturer's profile for the session counts, whatever the exercise names.
            switch session.resolvedProfile(folder: handIn.folder, book: rules ?? .standard) {
            case .failure(let error):
                return ProfileOption.report(.invalidFile(error.problems), context)
            case .success(nil): break
            case .success(let sessionProfile?):
                if let chosen = profile, chosen.id != sessionProfile.id {
                    context.error(
                        "deze klassessie oefent met het profiel '\(sessionProfile.id)'; laat --profiel '\(chosen.id)' weg om in te leveren"
                    )
                    return .usage
                }
                profile = sessionProfile
            }
        }
        let loop = PracticeLoop(
            context: context, catalog: catalog, profile: profile, rules: rules,
            dataDirectory: DataDirectory.resolve(environment: context.environment))
        if let handIn {
            loop.handIn = handIn
            context.out.line(
                "Je levert in in \(TerminalText.sanitize(handIn.folder, keepNewlines: false)) zodra je een oefening met /klaar afrondt"
                    + (handIn.student == nil
                        ? ", zonder naam." : ", als \(TerminalText.sanitize(handIn.student!, keepNewlines: false))."))
        }
        return loop.run(startingWith: exercise)
    }
}
