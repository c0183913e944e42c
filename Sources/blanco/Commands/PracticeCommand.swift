import BlancoCore

/// `blanco practice [ID]` (also plain `blanco`): an interactive conversation with a
/// simulated client, live feedback on every response, hints, a debrief with a grade, and
/// progress saved in the journal.
enum PracticeCommand: Command {
    static let name = "practice"
    static let aliases = ["oefen"]
    static let summary = "Oefen een gesprek met een cliënt (standaard)"
    static let usage = """
        Gebruik: blanco practice [ID] [--exercises MAP] [--profiel NAAM]

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
        /klaar (nabespreking en cijfer), /score, /stop. Ctrl-D stopt ook.

        Je voortgang staat in $BLANCO_HOME, anders in $XDG_DATA_HOME/blanco, anders in
        ~/.local/share/blanco. Vanuit een bestand ('blanco practice ID < reacties.txt')
        krijg je een leesbaar verslag zonder kleuren.

        """

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentSpec().parse(arguments)
        } catch {
            context.error(error.message)
            return .usage
        }
        guard parsed.positionals.count <= 1 else {
            context.error("'practice' verwacht hooguit één oefening-id, maar kreeg '\(parsed.positionals.joined(separator: " "))'")
            return .usage
        }
        let catalog = ExerciseCatalog.load(directory: context.exercisesDirectory)
        for warning in catalog.skippedFileWarnings { context.warning(warning) }
        guard !catalog.exercises.isEmpty else {
            context.error("er zijn geen oefeningen om te oefenen; controleer de map met 'blanco validate'")
            return .dataError
        }
        var exercise: Exercise?
        if let id = parsed.positionals.first {
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
        let profile: Profile?
        switch ProfileOption.resolve(context, catalog: { catalog }) {
        case .success(let chosen): profile = chosen
        case .failure(let failure): return ProfileOption.report(failure, context)
        }
        let loop = PracticeLoop(
            context: context, catalog: catalog, profile: profile,
            dataDirectory: DataDirectory.resolve(environment: context.environment))
        return loop.run(startingWith: exercise)
    }
}
