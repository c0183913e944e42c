import Platform

/// `blanco validate` of a hand-in folder: the session file a lecturer made (or edited by
/// hand) is checked the way a student's `practice --hand-in` will read it, so a mistake
/// shows before the class starts, not on thirty laptops.
public enum ClassSessionCheck {
    /// Whether `path` names a session file, or a folder that holds one; the session
    /// file's path.
    public static func sessionFile(at path: String) -> String? {
        if path == ClassSession.fileName || path.hasSuffix("/" + ClassSession.fileName) { return path }
        guard RegularFile.kind(atPath: path) == .directory else { return nil }
        let file = (path.hasSuffix("/") ? path : path + "/") + ClassSession.fileName
        return RegularFile.kind(atPath: file) == nil ? nil : file
    }

    /// Every problem of the session file at `path`, each with its file and line: the file
    /// itself, the exercise it names (among `catalog`'s), and the profile it names (built
    /// in, or the profile file beside it, its rule ids checked against `book`).
    public static func problems(sessionFile path: String, catalog: ExerciseCatalog, book: RuleBook = .standard)
        -> [ExerciseProblem]
    {
        let bytes: [UInt8]
        switch HandInFile.read(path) {
        case .success(let read): bytes = read
        case .failure(let skipped):
            return [
                ExerciseProblem(
                    file: path, line: 1, message: "dit klassessiebestand is niet te lezen: \(skipped.reason)")
            ]
        }
        let session: ClassSession
        do throws(ClassSessionError) {
            session = try ClassSession.parse(bytes, file: path)
        } catch {
            return [ExerciseProblem(file: error.file, line: max(error.line, 1), message: error.message)]
        }
        var problems: [ExerciseProblem] = []
        if catalog.exercise(id: session.exercise) == nil {
            var message = "onbekende oefening '\(session.exercise)'"
            if let close = EditDistance.closest(to: session.exercise, in: catalog.exercises.map(\.id)) {
                message += "; bedoelde je '\(close)'?"
            } else {
                message += "; 'blanco list' toont de ids (met --exercises MAP ook die van je eigen map)"
            }
            problems.append(ExerciseProblem(file: path, line: max(session.exerciseLine, 1), message: message))
        }
        let folder = path.contains("/") ? String(path[...path.lastIndex(of: "/")!]) : "./"
        if case .failure(let error) = session.resolvedProfile(folder: folder, book: book) {
            problems += error.problems
        }
        return problems
    }
}
