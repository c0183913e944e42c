import Foundation

/// Runs the built `blanco` binary, which SwiftPM puts beside the test bundle.
enum Blanco {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        /// Still running after the `hangLimit` given to `run`, and killed.
        var hung = false
    }

    static var executable: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        // On macOS the test bundle is a directory: .build/debug/X.xctest/Contents/MacOS/X.
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("blanco").path),
            directory.path != "/"
        {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("blanco")
    }

    /// `arguments` for `run`, made to run as the user `nobody` when the tests run as root
    /// (root may read any folder, so a permission test needs an ordinary user).
    static func unprivileged(_ arguments: [String]) -> [String] {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return arguments }
        return ["--as-nobody"] + arguments
    }

    /// The package root, for paths such as `Exercises/`.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static func run(
        _ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:],
        directory: URL? = nil, hangLimit seconds: Double? = nil
    ) throws -> Result {
        let process = Process()
        if arguments.first == "--as-nobody" {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments =
                ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments.dropFirst()
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["BLANCO_HOME"] =
            env["BLANCO_HOME"]
            ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("blanco-test-\(UUID().uuidString)").path
        env.removeValue(forKey: "BLANCO_EXERCISES")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        // Files instead of pipes: large inputs and outputs cannot deadlock.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inURL = scratch.appendingPathComponent("in")
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        try stdin.write(to: inURL)
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        var hung = false
        if let seconds {
            // Not a timing test: the limit is far above any normal run, and only a program
            // blocked for ever (say on a FIFO) reaches it, instead of hanging the suite.
            let deadline = Date().addingTimeInterval(seconds)
            while process.isRunning, Date() < deadline { usleep(20_000) }
            if process.isRunning {
                hung = true
                kill(process.processIdentifier, SIGKILL)
            }
        }
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL)
        let errData = try Data(contentsOf: errURL)
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), hung: hung)
    }
}
