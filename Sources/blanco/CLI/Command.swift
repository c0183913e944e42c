import BlancoCore

/// One `blanco` subcommand. Each lives in its own file under `Commands/` and is listed in
/// `CommandTable`.
protocol Command: Sendable {
    /// The English name, e.g. `list`.
    static var name: String { get }
    /// Other names, the Dutch one first, e.g. `["lijst"]`.
    static var aliases: [String] { get }
    /// One Dutch line for `blanco --help`.
    static var summary: String { get }
    /// The Dutch usage block for `blanco help NAME` and `blanco NAME --help`.
    static var usage: String { get }
    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode
}
