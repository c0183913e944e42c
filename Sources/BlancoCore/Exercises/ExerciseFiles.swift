import Platform

/// Finds and reads exercise files on disk. Every failure becomes an `ExerciseProblem`
/// naming the path, never a crash and never a hang: only regular files are read (a FIFO,
/// device or socket named `*.md` is reported and skipped), and a folder that cannot be
/// read is an error, not an empty folder.
public enum ExerciseFiles {
    /// The `.md` files under `path` (recursively, skipping hidden entries and README.md,
    /// not following symbolic links to folders), or `path` itself when it is not a
    /// folder. Sorted, so output is stable. Problems found on the way (an unreadable
    /// subfolder, a special file) come with the files that could be listed.
    public static func paths(in path: String) -> (files: [String], problems: [ExerciseProblem]) {
        var isFolder = false
        switch RegularFile.kind(atPath: path) {
        case nil:
            return ([], [ExerciseProblem(file: path, line: 1, message: "dit bestand of deze map bestaat niet")])
        case .directory:
            isFolder = true
        case .symbolicLink:
            // A link named on the command line is followed, as `ls` and `git` do.
            isFolder = Directory.entries(path).isSuccess
        default:
            isFolder = false
        }
        guard isFolder else { return ([path], []) }
        var files: [String] = []
        var problems: [ExerciseProblem] = []
        collect(in: path, files: &files, problems: &problems, depth: 0)
        return (files.sorted(), problems)
    }

    /// Whether a path names a profile file rather than an exercise.
    public static func isProfile(_ path: String) -> Bool {
        path.lowercased().hasSuffix(ProfileParser.fileSuffix)
    }

    /// Reads one profile file and parses it, checking rule ids against `book`.
    public static func loadProfile(_ path: String, book: RuleBook = .standard) -> Result<Profile, ExerciseFileError> {
        readBytes(path, limit: Limits.profileFile).flatMap { ProfileParser.parse(bytes: $0, file: path, book: book) }
    }

    /// Folders nested deeper than this are not an exercise collection.
    static let maximumDepth = 16

    private static func collect(in folder: String, files: inout [String], problems: inout [ExerciseProblem], depth: Int)
    {
        let entries: [Directory.Entry]
        switch Directory.entries(folder) {
        case .failure(let error):
            problems.append(ExerciseProblem(file: folder, line: 1, message: "deze map is niet te lezen (\(error))"))
            return
        case .success(let listed): entries = listed
        }
        for entry in entries where !entry.name.hasPrefix(".") {
            let full = folder.hasSuffix("/") ? folder + entry.name : folder + "/" + entry.name
            if entry.kind == .directory {
                if depth < maximumDepth { collect(in: full, files: &files, problems: &problems, depth: depth + 1) }
                continue
            }
            let lowered = entry.name.lowercased()
            guard lowered.hasSuffix(".md"), lowered != "readme.md" else { continue }
            switch entry.kind {
            case .regular, .symbolicLink:
                // A link to a file is read if it leads to a regular file (checked on opening).
                files.append(full)
            default:
                problems.append(
                    ExerciseProblem(
                        file: full, line: 1, message: "dit is \(entry.kind.dutch), geen gewoon bestand; overgeslagen"))
            }
        }
    }

    /// Reads and parses one file; a file over the size limit is refused before reading,
    /// and anything but a regular file is refused without blocking.
    public static func load(_ path: String) -> Result<Exercise, ExerciseFileError> {
        readBytes(path, limit: Limits.exerciseFile).flatMap { ExerciseParser.parse(bytes: $0, file: path) }
    }

    /// The bytes of a regular file of at most `limit`.
    private static func readBytes(_ path: String, limit: Limits.Limit) -> Result<[UInt8], ExerciseFileError> {
        func failure(_ message: String) -> Result<[UInt8], ExerciseFileError> {
            .failure(ExerciseFileError(problems: [ExerciseProblem(file: path, line: 1, message: message)]))
        }
        switch RegularFile.read(path, limit: limit.value) {
        case .success(let bytes):
            return .success(bytes)
        case .failure(.missing):
            return failure("dit bestand bestaat niet")
        case .failure(.notRegular(let kind)):
            return failure("dit is \(kind.dutch), geen gewoon bestand")
        case .failure(.tooLarge(let size)):
            return failure(ExerciseText.tooLargeMessage(size: size, limit: limit))
        case .failure(.failed(let error)):
            return failure("dit bestand is niet te lezen (\(error))")
        }
    }
}

extension Result {
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
