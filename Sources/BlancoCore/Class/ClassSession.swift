import Platform

/// A class session: the small file `blanco klas start DIR` writes into the hand-in folder,
/// so students need only `blanco practice --hand-in DIR`. It names the exercise, whether
/// hand-ins are anonymous, which profile the students practise with, and when the session
/// started.
///
/// The format is the exercise files' front-matter style, one `sleutel: waarde` a line,
/// `#` starts a comment, so a lecturer can read and edit it by hand:
///
/// ```
/// # Blanco-klassessie ...
/// formaat: blanco.klas/1
/// oefening: grofvuil-bank-blijft-staan
/// anoniem: nee
/// profiel: streng
/// gestart: 2026-12-05T13:00:00Z
/// ```
///
/// `oefening` is required; `anoniem` is `ja` or `nee` (default `nee`); `formaat`, when
/// present, must be `blanco.klas/1`; `gestart` is informational. `profiel`, when present,
/// names a built-in profile or the id of the lecturer's profile file that `klas start`
/// copied beside the session file as `blanco-klas.profiel.md`, so every student's machine
/// grades with it (`resolvedProfile(folder:book:)`).
public struct ClassSession: Sendable, Hashable {
    public static let fileName = "blanco-klas.txt"
    public static let formatID = "blanco.klas/1"
    /// The lecturer's own profile for the session, copied into the hand-in folder.
    public static let profileFileName = "blanco-klas" + ProfileParser.fileSuffix
    /// A session file is a few lines; anything larger is not one.
    public static let maximumFileSize = 16 * 1024

    /// The exercise id every student works on.
    public var exercise: String
    /// Hand-ins carry no name, and reports and the live view never show one.
    public var anonymous: Bool
    /// ISO 8601 UTC, or nil when the lecturer left it out.
    public var started: String?
    /// The id of the profile every student practises with; nil leaves the choice to the
    /// exercise (else standard), as practice does outside a session.
    public var profile: String?
    /// The lines of `oefening:` and `profiel:` in the file it was read from (0 when not
    /// read from a file, or absent), for messages; not part of what the session is, so
    /// two sessions with the same settings are equal wherever their lines stand.
    public var exerciseLine: Int
    public var profileLine: Int

    public static func == (lhs: ClassSession, rhs: ClassSession) -> Bool {
        (lhs.exercise, lhs.anonymous, lhs.started, lhs.profile) == (
            rhs.exercise, rhs.anonymous, rhs.started, rhs.profile
        )
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(exercise)
        hasher.combine(anonymous)
        hasher.combine(started)
        hasher.combine(profile)
    }

    public init(
        exercise: String, anonymous: Bool, started: String?, profile: String? = nil, exerciseLine: Int = 0,
        profileLine: Int = 0
    ) {
        self.exercise = exercise
        self.anonymous = anonymous
        self.started = started
        self.profile = profile
        self.exerciseLine = exerciseLine
        self.profileLine = profileLine
    }

    /// The file's text.
    public func rendered() -> String {
        var text = """
            # Blanco-klassessie. Studenten leveren in met: blanco practice --hand-in <deze map>
            # Overzicht voor de docent: blanco klas live <deze map>, cijferlijst: blanco klas rapport <deze map>
            formaat: \(Self.formatID)
            oefening: \(exercise)
            anoniem: \(anonymous ? "ja" : "nee")

            """
        if let profile { text += "profiel: \(profile)\n" }
        if let started { text += "gestart: \(started)\n" }
        return text
    }

    /// Reads a session file's bytes, reporting the first problem with its line.
    public static func parse(_ bytes: [UInt8], file: String) throws(ClassSessionError) -> ClassSession {
        func fail(_ line: Int, _ message: String) -> ClassSessionError {
            ClassSessionError(file: file, line: line, message: message)
        }
        guard bytes.count <= maximumFileSize else {
            throw fail(0, "dit is geen klassessiebestand: het is groter dan \(maximumFileSize / 1024) kB")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw fail(0, "dit bestand is geen UTF-8-tekst; maak het opnieuw met 'blanco klas start'")
        }
        var values: [String: (value: String, line: Int)] = [:]
        let known = ["formaat", "oefening", "anoniem", "profiel", "gestart"]
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .enumerated()
        {
            let number = index + 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.unicodeScalars.contains(where: {
                $0.value < 0x20 && $0 != "\t" || (0x7F...0x9F).contains($0.value)
            }) {
                throw fail(number, "deze regel bevat een stuurteken; haal het weg")
            }
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw fail(number, "verwacht 'sleutel: waarde', bijvoorbeeld 'oefening: \(exampleID)'")
            }
            let key = trimmed[..<colon].trimmingSpaces().lowercased()
            let value = trimmed[trimmed.index(after: colon)...].trimmingSpaces()
            guard known.contains(key) else {
                var message = "onbekende sleutel '\(key)'"
                if let close = EditDistance.closest(to: key, in: known) { message += "; bedoelde je '\(close)'?" }
                throw fail(number, message + " (bekend: \(known.joined(separator: ", ")))")
            }
            if let earlier = values[key] {
                throw fail(number, "'\(key)' staat er twee keer in (ook op regel \(earlier.line))")
            }
            values[key] = (value, number)
        }
        if let format = values["formaat"], format.value != formatID {
            throw fail(format.line, "onbekend formaat '\(format.value)'; deze versie van blanco kent '\(formatID)'")
        }
        guard let exercise = values["oefening"] else {
            throw fail(
                0, "de regel 'oefening: ID' ontbreekt; maak het bestand met 'blanco klas start MAP --exercise ID'")
        }
        guard !exercise.value.isEmpty else { throw fail(exercise.line, "na 'oefening:' hoort het id van een oefening") }
        guard exercise.value.unicodeScalars.allSatisfy({ !$0.properties.isWhitespace }) else {
            throw fail(exercise.line, "een oefening-id heeft geen spaties: '\(exercise.value)'")
        }
        var anonymous = false
        if let entry = values["anoniem"] {
            switch entry.value.lowercased() {
            case "ja", "yes", "true": anonymous = true
            case "nee", "no", "false", "": anonymous = false
            default: throw fail(entry.line, "'anoniem' is 'ja' of 'nee', niet '\(entry.value)'")
            }
        }
        let started = values["gestart"].map(\.value).flatMap { $0.isEmpty ? nil : $0 }
        var profile: String?
        if let entry = values["profiel"], !entry.value.isEmpty {
            guard Profile.builtIn(named: entry.value) != nil || ProfileParser.isKebabCase(entry.value) else {
                throw fail(
                    entry.line,
                    "'profiel' is basis, standaard, streng of de id van het profielbestand \(profileFileName), niet '\(entry.value)'"
                )
            }
            profile = entry.value
        }
        return ClassSession(
            exercise: exercise.value, anonymous: anonymous, started: started, profile: profile,
            exerciseLine: exercise.line, profileLine: values["profiel"]?.line ?? 0)
    }

    /// The profile the session names, or nil when it names none: a built-in one, or the
    /// lecturer's own from `blanco-klas.profiel.md` in `folder` (its rule ids checked
    /// against `book`). Problems name the file and line: a missing or broken profile
    /// file, or one whose id is not the session's.
    public func resolvedProfile(folder: String, book: RuleBook = .standard) -> Result<Profile?, ExerciseFileError> {
        guard let id = profile else { return .success(nil) }
        if let builtIn = Profile.builtIn(named: id) { return .success(builtIn) }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        let path = base + Self.profileFileName
        guard RegularFile.kind(atPath: path) == .regular else {
            return .failure(
                profileProblem(
                    in: base,
                    "het profiel '\(id)' hoort in \(Self.profileFileName) naast dit bestand, maar dat ontbreekt; zet de map opnieuw klaar met 'blanco klas start MAP --exercise ID --profiel BESTAND --force'"
                ))
        }
        switch ExerciseFiles.loadProfile(path, book: book) {
        case .failure(let error): return .failure(error)
        case .success(let own) where own.id != id:
            return .failure(
                profileProblem(
                    in: base,
                    "de klassessie noemt het profiel '\(id)', maar \(Self.profileFileName) is het profiel '\(own.id)'; maak ze gelijk"
                ))
        case .success(let own): return .success(own)
        }
    }

    /// A problem with the session's profile, named at the session file's `profiel:` line.
    private func profileProblem(in folder: String, _ message: String) -> ExerciseFileError {
        ExerciseFileError(problems: [
            ExerciseProblem(file: folder + Self.fileName, line: max(profileLine, 1), message: message)
        ])
    }

    private static let exampleID = "grofvuil-bank-blijft-staan"
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
