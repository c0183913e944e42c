import Platform

let status = BlancoApp.run(arguments: Array(CommandLine.arguments.dropFirst()))
Platform.exit(status.rawValue)
