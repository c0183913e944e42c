import BlancoCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `blanco klas start MAP --exercise ID [--anoniem]`: writes the session file into the
/// hand-in folder (creating the folder if needed), refusing to replace an existing one
/// unless `--force`.
enum ClassStartCommand {
    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentSpec(
                valueOptions: ["--exercise", "--oefening"], flagOptions: ["--anoniem", "--anonymous", "--force"]
            )
            .parse(arguments)
        } catch {
            context.error(error.message)
            return .usage
        }
        guard parsed.positionals.count == 1, let folder = parsed.positionals.first else {
            context.error("'klas start' verwacht één map, bijvoorbeeld: blanco klas start inleveren --exercise ID")
            return .usage
        }
        guard let id = parsed.value("--exercise") ?? parsed.value("--oefening") else {
            context.error("'klas start' verwacht --exercise ID ('blanco list' toont de ids)")
            return .usage
        }
        let catalog = ExerciseCatalog.load(directory: context.exercisesDirectory)
        for warning in catalog.skippedFileWarnings { context.warning(warning) }
        guard let exercise = catalog.exercise(id: id) else {
            var message = "onbekende oefening '\(id)'"
            if let close = EditDistance.closest(to: id, in: catalog.exercises.map(\.id)) {
                message += "; bedoelde je '\(close)'?"
            } else {
                message += "; zie 'blanco list' voor de ids"
            }
            context.error(message)
            return .usage
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            context.error("de map \(folder) kan niet worden gemaakt; kies een andere map")
            return .failure
        }
        let session = ClassSession(
            exercise: exercise.id, anonymous: parsed.has("--anoniem") || parsed.has("--anonymous"),
            started: JournalRecord.timestamp(Date()))
        let path = (folder.hasSuffix("/") ? folder : folder + "/") + ClassSession.fileName
        do {
            try AtomicFile.write(Array(session.rendered().utf8), to: path, overwrite: parsed.has("--force"))
        } catch {
            if case .exists = error {
                context.error(
                    "\(path) bestaat al: deze map heeft al een klassessie; gebruik --force om hem te vervangen")
            } else {
                context.error(error.description)
            }
            return .failure
        }
        let out = context.out
        out.line(
            "Klassessie klaar in \(TerminalText.sanitize(folder, keepNewlines: false)): \(TerminalText.sanitize(exercise.title, keepNewlines: false)) (\(exercise.id))\(session.anonymous ? ", anoniem" : "")."
        )
        out.line(
            "Studenten leveren in met:  blanco practice --hand-in \(TerminalText.sanitize(folder, keepNewlines: false))"
        )
        out.line("Volg het live met:         blanco klas live \(TerminalText.sanitize(folder, keepNewlines: false))")
        out.line(
            "Na afloop de cijferlijst:  blanco klas rapport \(TerminalText.sanitize(folder, keepNewlines: false)) --format csv -o cijfers.csv"
        )
        return .ok
    }
}
