import Foundation

/// Finds and reads exercise files on disk. Every failure becomes an `ExerciseProblem`
/// naming the path, never a crash.
public enum ExerciseFiles {
    /// The `.md` files under `path` (recursively, skipping hidden entries and README.md),
    /// or `path` itself when it is a file. Sorted, so output is stable. Profile files
    /// (`NAAM.profiel.md`) are among them; `isProfile` tells them apart.
    public static func paths(in path: String) -> Result<[String], ExerciseProblem> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(ExerciseProblem(file: path, line: 1, message: "dit bestand of deze map bestaat niet"))
        }
        guard isDirectory.boolValue else { return .success([path]) }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            return .failure(ExerciseProblem(file: path, line: 1, message: "deze map is niet te lezen"))
        }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            guard name.lowercased().hasSuffix(".md"), name.lowercased() != "readme.md" else { continue }
            found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
        }
        return .success(found.sorted())
    }

    /// Whether a path names a profile file rather than an exercise.
    public static func isProfile(_ path: String) -> Bool {
        path.lowercased().hasSuffix(ProfileParser.fileSuffix)
    }

    /// Reads one profile file and parses it, checking rule ids against `book`.
    public static func loadProfile(_ path: String, book: RuleBook = .standard) -> Result<Profile, ExerciseFileError> {
        readBytes(path).flatMap { ProfileParser.parse(bytes: $0, file: path, book: book) }
    }

    /// Reads and parses one file; a file over the size limit is refused before reading.
    public static func load(_ path: String) -> Result<Exercise, ExerciseFileError> {
        readBytes(path).flatMap { ExerciseParser.parse(bytes: $0, file: path) }
    }

    /// The bytes of a file of at most the exercise size limit.
    private static func readBytes(_ path: String) -> Result<[UInt8], ExerciseFileError> {
        func failure(_ message: String) -> Result<[UInt8], ExerciseFileError> {
            .failure(ExerciseFileError(problems: [ExerciseProblem(file: path, line: 1, message: message)]))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return failure("dit bestand bestaat niet")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > ExerciseFormat.maximumFileSize {
            return failure("het bestand is \(size / 1_000_000) MB; een oefening mag hoogstens 1 MB zijn")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return failure("dit bestand is niet te lezen (geen leesrechten?)")
        }
        defer { try? handle.close() }
        // Read one byte past the limit, so a file that grew after stat() is still refused.
        let data = (try? handle.read(upToCount: ExerciseFormat.maximumFileSize + 1)) ?? Data()
        return .success([UInt8](data))
    }
}
