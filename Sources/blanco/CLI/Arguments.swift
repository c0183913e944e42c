import BlancoCore

/// A usage error: the Dutch message names what was wrong and, where possible, the closest
/// valid word.
struct UsageError: Error {
    let message: String
}

/// The parsed arguments of one command: options with a value, flags, and the rest.
struct ParsedArguments {
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    func value(_ option: String) -> String? { values[option] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// Parses `--name value`, `--name=value` and `--flag`, stopping option parsing at `--`.
/// Unknown options are usage errors that suggest the closest known one.
struct ArgumentSpec {
    var valueOptions: [String] = []
    var flagOptions: [String] = []

    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if valueOptions.contains(name) {
                if let inlineValue {
                    parsed.values[name] = inlineValue
                } else if index < arguments.count {
                    parsed.values[name] = arguments[index]
                    index += 1
                } else {
                    throw UsageError(message: "optie \(name) verwacht een waarde")
                }
            } else if flagOptions.contains(name), inlineValue == nil {
                parsed.flags.insert(name)
            } else {
                var message = "onbekende optie '\(name)'"
                if let close = EditDistance.closest(
                    to: name, in: valueOptions + flagOptions + BlancoApp.globalOptionNames)
                {
                    message += "; bedoelde je '\(close)'?"
                }
                throw UsageError(message: message)
            }
        }
        return parsed
    }
}
