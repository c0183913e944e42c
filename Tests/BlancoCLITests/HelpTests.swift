import Testing

@Suite("blanco --help and --version")
struct HelpTests {
    @Test("--version prints the version and the commit, 'onbekend' when the build did not pass it")
    func version() throws {
        let result = try Blanco.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("blanco "))
        // The test build is a plain `swift build`, which passes no commit (.ci/run checks
        // that the README's install names it).
        #expect(result.stdout.hasSuffix("(commit onbekend)\n"), "\(result.stdout)")
    }

    @Test("an unknown command suggests the closest one and exits 64")
    func unknownCommand() throws {
        let result = try Blanco.run(["lisst"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("bedoelde je 'list'?"))
    }
}
