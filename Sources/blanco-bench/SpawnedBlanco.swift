import Foundation

/// What the benchmarks that run the built `blanco` binary share: finding it, a scratch
/// folder for generated inputs, and spawning a program without Foundation's `Process`,
/// which polls for the exit and would add tens of milliseconds that are not blanco's.
enum SpawnedBlanco {
    /// One finished run: exit status, wall-clock seconds and peak resident set size.
    struct Run {
        let status: Int32
        let seconds: Double
        let maxResidentKB: Int
        /// User plus system CPU time: what the run costs on a machine busy with other work.
        var cpuSeconds: Double = 0
    }

    /// The `blanco` built beside this benchmark, or nil after saying it is not built.
    static func binary() -> URL? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("blanco")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            print("  skipped: \(binary.path) is not built (swift build -c release first)")
            return nil
        }
        return binary
    }

    /// Runs `body` with a fresh temporary folder, removed afterwards.
    static func withScratchFolder<Result>(_ body: (URL) -> Result) -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-bench-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        return body(scratch)
    }

    /// Runs a program with standard input from a file, standard output to a file and
    /// standard error to /dev/null; nil if it could not start.
    static func run(
        _ path: String, _ arguments: [String], stdin: String, stdout: String = "/dev/null",
        environment: [String: String]? = nil
    ) -> Run? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp ?? [] { free(pointer) }
        }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned =
            envp.map { envp in posix_spawn(&pid, path, &actions, nil, argv, envp) }
            ?? posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            if errno != EINTR { return nil }
        }
        let (seconds, attoseconds) = (clock.now - start).components
        let cpu =
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Run(
            status: (status >> 8) & 0xFF, seconds: Double(seconds) + Double(attoseconds) / 1e18,
            maxResidentKB: usage.ru_maxrss, cpuSeconds: cpu)
    }

    /// Runs a program with standard input and output on pipes, as a script or a test
    /// harness drives it, and measures the seconds from spawning it until `marker` is in its
    /// output (its first prompt); then writes `answer` to its input, closes it and waits
    /// for the exit. Nil if it could not start, exited early or failed.
    static func timeToOutput(
        _ path: String, _ arguments: [String], marker: String, answer: String, environment: [String: String]
    ) -> Double? {
        var input: [Int32] = [0, 0]
        var output: [Int32] = [0, 0]
        guard pipe(&input) == 0 else { return nil }
        guard pipe(&output) == 0 else {
            close(input[0])
            close(input[1])
            return nil
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for descriptor in input + output { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        close(input[0])
        close(output[1])
        defer { close(output[0]) }
        guard spawned == 0 else {
            close(input[1])
            return nil
        }
        var seen: [UInt8] = []
        var elapsed: Double?
        var buffer = [UInt8](repeating: 0, count: 65536)
        let needle = Array(marker.utf8)
        while elapsed == nil {
            // A program that never shows the marker is given up on after ten seconds.
            var ready = pollfd(fd: output[0], events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 10_000) > 0 else { break }
            let count = read(output[0], &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            seen += buffer[0..<count]
            if seen.count >= needle.count,
                seen.indices.dropLast(needle.count - 1).contains(where: {
                    seen[$0..<($0 + needle.count)].elementsEqual(needle)
                })
            {
                let (seconds, attoseconds) = (clock.now - start).components
                elapsed = Double(seconds) + Double(attoseconds) / 1e18
            }
        }
        _ = answer.utf8CString.withUnsafeBufferPointer { write(input[1], $0.baseAddress, $0.count - 1) }
        close(input[1])
        while read(output[0], &buffer, buffer.count) > 0 {}
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return nil }
        }
        return (status >> 8) & 0xFF == 0 ? elapsed : nil
    }
}
