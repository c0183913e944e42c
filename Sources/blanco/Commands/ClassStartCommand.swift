import BlancoCore
import DisplayText
import Platform

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `blanco klas start MAP --exercise ID [--anoniem] [--profiel NAAM|BESTAND]`: writes the
/// session file into the hand-in folder (creating the folder if needed), refusing to
/// replace an existing one unless `--force`. A lecturer's own profile is copied beside it
/// (`ClassSession.profileFileName`), so every student grades with the same rules.
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
        let rules: RuleBook?
        switch RulesOption.resolve(context) {
        case .success(let book): rules = book
        case .failure(let error): return RulesOption.report(error, context)
        }
        let catalog = ExerciseCatalog.load(directory: context.exercisesDirectory, book: rules ?? .standard)
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
        let profile: Profile?
        switch ProfileOption.resolve(context, book: rules ?? .standard, catalog: { catalog }) {
        case .success(let chosen): profile = chosen
        case .failure(let failure): return ProfileOption.report(failure, context)
        }
        // A built-in profile is known everywhere; the lecturer's own travels with the folder.
        var profileBytes: [UInt8]?
        if let profile, Profile.builtIn(named: profile.id) == nil {
            guard let source = profileSource(profile, book: rules ?? .standard, context),
                case .success(let bytes) = RegularFile.read(source, limit: Limits.profileFile.value)
            else {
                context.error(
                    "het profielbestand van '\(profile.id)' is niet te lezen; geef het pad: --profiel BESTAND")
                return .failure
            }
            profileBytes = bytes
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            context.error("de map \(folder) kan niet worden gemaakt; kies een andere map")
            return .failure
        }
        let session = ClassSession(
            exercise: exercise.id, anonymous: parsed.has("--anoniem") || parsed.has("--anonymous"),
            started: JournalRecord.timestamp(Date()), profile: profile?.id)
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        let path = base + ClassSession.fileName
        do throws(FileWriteError) {
            if case .success = FileSystem.status(atPath: path), !parsed.has("--force") {
                throw FileWriteError.exists(path: path)
            }
            // The profile first, so a student never finds a session naming a profile not there yet.
            if let profileBytes {
                try AtomicFile.write(profileBytes, to: base + ClassSession.profileFileName, overwrite: true)
            }
            try AtomicFile.write(Array(session.rendered().utf8), to: path, overwrite: parsed.has("--force"))
        } catch {
            if case .exists(path) = error {
                context.error(
                    "\(path) bestaat al: deze map heeft al een klassessie; gebruik --force om hem te vervangen")
            } else {
                context.error(error.description)
            }
            return .failure
        }
        let out = context.out
        // A session replaced with --force that no longer names an own profile leaves none
        // behind: a stale copy would look like the one the class grades with.
        let staleProfile = base + ClassSession.profileFileName
        if profileBytes == nil, RegularFile.kind(atPath: staleProfile) == .regular {
            if case .failure(let error) = FileSystem.remove(staleProfile) {
                context.warning(
                    "het oude profiel \(staleProfile) kon niet worden verwijderd (\(error.sentence)); de klassessie gebruikt het niet"
                )
            }
        }
        out.line(
            "Klassessie klaar in \(TerminalText.sanitize(folder, keepNewlines: false)): \(TerminalText.sanitize(exercise.title, keepNewlines: false)) (\(exercise.id))\(session.anonymous ? ", anoniem" : "")\(profile.map { ", profiel \(TerminalText.sanitize($0.id, keepNewlines: false))" } ?? "")."
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

    /// The file a lecturer's own profile was read from: the path given, or the profile
    /// file in the `--exercises` folder with that id.
    private static func profileSource(_ profile: Profile, book: RuleBook, _ context: AppContext) -> String? {
        if let name = context.profileName, name.hasSuffix(".md") || name.contains("/") { return name }
        guard let directory = context.exercisesDirectory else { return nil }
        return ExerciseFiles.paths(in: directory).files.filter(ExerciseFiles.isProfile).first { path in
            guard case .success(let bytes) = RegularFile.read(path, limit: Limits.profileFile.value) else {
                return false
            }
            guard case .success(let found) = ProfileParser.parse(bytes: bytes, file: path, book: book) else {
                return false
            }
            return found.id == profile.id
        }
    }
}
