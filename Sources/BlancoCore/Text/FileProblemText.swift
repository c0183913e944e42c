/// The one shape of a problem pinned to a file, shared by every checker (exercises,
/// profiles, rules, class sessions): `FILE:LINE: fout: uitleg`, the form compilers use so
/// editors can link it, or `FILE: uitleg` when the problem is the file as a whole (line 0).
enum FileProblemText {
    static func line(file: String, line: Int, message: String) -> String {
        line > 0 ? "\(file):\(line): fout: \(message)" : "\(file): \(message)"
    }
}
