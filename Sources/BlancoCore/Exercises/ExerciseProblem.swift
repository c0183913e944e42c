/// One thing wrong with an exercise file, pinned to a file and line so a lecturer can jump
/// straight to it in an editor.
public struct ExerciseProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it (a path, or `Exercises/NAME.md` for the bundled set).
    public let file: String
    /// 1-based line number.
    public let line: Int
    /// What is wrong and how to fix it, in Dutch.
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: fout: message`, the form compilers use, so editors can link it.
    public var description: String { FileProblemText.line(file: file, line: line, message: message) }
}
