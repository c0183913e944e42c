/// What is wrong with a class session file, pinned to the file and line (0 when the
/// problem is the file as a whole), in Dutch, so a lecturer or student can fix it.
public struct ClassSessionError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: fout: message` like the exercise checker, or `FILE: message` for the whole file.
    public var description: String { FileProblemText.line(file: file, line: line, message: message) }
}
