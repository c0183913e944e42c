#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let status = BlancoApp.run(arguments: Array(CommandLine.arguments.dropFirst()))
exit(status.rawValue)
