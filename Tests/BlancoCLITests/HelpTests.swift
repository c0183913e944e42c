import Testing

@Suite("blanco --help and --version")
struct HelpTests {
    @Test("--version prints the version and exits 0")
    func version() throws {
        let result = try Blanco.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("blanco "))
    }

    @Test("an unknown command suggests the closest one and exits 64")
    func unknownCommand() throws {
        let result = try Blanco.run(["lisst"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("bedoelde je 'list'?"))
    }
}
