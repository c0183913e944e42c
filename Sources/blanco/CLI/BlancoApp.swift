import BlancoBuildInfo
import BlancoCore
import Platform

/// The `blanco` command line: global options, then a command (practice when none).
enum BlancoApp {
    static let version = "0.1.0"

    /// `blanco 0.1.0 (commit abc1234)`, or `(commit onbekend)` when the build did not say.
    static var versionLine: String {
        let commit = String(cString: blanco_build_commit())
        return "blanco \(version) (commit \(commit.isEmpty ? "onbekend" : commit))"
    }

    static func run(arguments: [String]) -> ExitCode {
        Platform.ignoreBrokenPipeSignal()
        let out = Output.standardOutput
        let err = Output.standardError
        let status = run(arguments: arguments, out: out, err: err)
        out.flush()
        defer { err.flush() }
        // Output that did not arrive is a failure, as in git and cat: never exit 0 with a
        // truncated listing. A reader that stopped early (`| head`) needs no message.
        guard let failure = out.failure else { return status }
        if !failure.isBrokenPipe {
            err.line("blanco: kan niet naar de standaarduitvoer schrijven: \(failure); de uitvoer is onvolledig")
        }
        return .failure
    }

    private static func run(arguments: [String], out: Output, err: Output) -> ExitCode {
        let environment = Platform.environment()
        var context = AppContext(
            environment: environment,
            exercisesDirectory: environment["BLANCO_EXERCISES"].flatMap { $0.isEmpty ? nil : $0 },
            color: .auto, out: out, err: err)
        do {
            let (commandArguments, wantsHelp, wantsVersion) = try extractGlobalOptions(arguments, into: &context)
            if wantsVersion {
                out.line(versionLine)
                return .ok
            }
            guard let first = commandArguments.first else {
                if wantsHelp {
                    out.write(HelpText.overview)
                    return .ok
                }
                return PracticeCommand.run([], context)
            }
            if first == "help" || first == "hulp" {
                return HelpCommand.run(Array(commandArguments.dropFirst()), context)
            }
            guard let command = CommandTable.command(named: first) else {
                var message = "onbekend commando '\(first)'"
                if first.hasPrefix("-") {
                    message = "onbekende optie '\(first)'"
                }
                let candidates = first.hasPrefix("-") ? globalOptionNames : CommandTable.allNames
                if let close = EditDistance.closest(to: first, in: candidates) {
                    message += "; bedoelde je '\(close)'?"
                } else {
                    message += "; zie 'blanco --help'"
                }
                context.error(message)
                return .usage
            }
            let rest = Array(commandArguments.dropFirst())
            if wantsHelp || rest.contains("--help") || rest.contains("-h") {
                out.write(command.usage)
                return .ok
            }
            return command.run(rest, context)
        } catch {
            context.error(error.message)
            return .usage
        }
    }

    static let globalOptionNames = [
        "--help", "--version", "--exercises", "--color", "--profiel", "--profile", "--regels", "--rules",
    ]

    /// Takes `--exercises DIR`, `--profiel NAME`, `--regels DIR`, `--color WHEN`, `--help` and `--version`
    /// out of the arguments, wherever they stand before `--`.
    private static func extractGlobalOptions(
        _ arguments: [String], into context: inout AppContext
    ) throws(UsageError) -> ([String], help: Bool, version: Bool) {
        var remaining: [String] = []
        var help = false
        var version = false
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                remaining.append(contentsOf: arguments[(index - 1)...])
                break
            }
            let (name, inline) = splitOption(argument)
            switch name {
            case "--help", "-h":
                help = true
            case "--version", "-V":
                version = true
            case "--exercises", "--color", "--profiel", "--profile", "--regels", "--rules":
                let value: String
                if let inline {
                    value = inline
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw UsageError(message: "optie \(name) verwacht een waarde")
                }
                if name == "--exercises" {
                    context.exercisesDirectory = value
                } else if name == "--profiel" || name == "--profile" {
                    context.profileName = value
                } else if name == "--regels" || name == "--rules" {
                    context.rulesDirectory = value
                } else {
                    guard let choice = ColorChoice(rawValue: value) else {
                        throw UsageError(message: "--color verwacht auto, always of never, niet '\(value)'")
                    }
                    context.color = choice
                }
            default:
                remaining.append(argument)
            }
        }
        return (remaining, help, version)
    }

    private static func splitOption(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}
