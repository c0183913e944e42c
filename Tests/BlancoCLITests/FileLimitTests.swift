import BlancoCore
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 14, "limits in one place" and "only regular files are read", for the files a
/// lecturer or a class hands Blanco besides exercises: `--regels` rule files, profile files
/// and hand-ins. Each limit is in `Limits`; a pipe is refused with a Dutch message naming
/// the file, never waited on (every run has a hang limit, so a regression fails instead of
/// blocking the suite).
@Suite("Rule, profile and hand-in files: size limits and regular files only")
struct FileLimitTests {
    let folder = try! TemporaryFolder()

    private static let response = "Dat is echt dom van u."

    @Test("--regels: a FIFO named *.md among the rule files is refused, naming the file, never waited on")
    func fifoRuleFile() throws {
        let rules = folder.url.appendingPathComponent("regels")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        #expect(mkfifo(rules.appendingPathComponent("x.md").path, 0o600) == 0)
        let run = try Blanco.run(["analyze", "--regels", rules.path, Self.response], hangLimit: 60)
        #expect(!run.hung)
        #expect(run.status != 0)
        #expect(run.stderr.contains("x.md:1"), "\(run.stderr)")
        #expect(run.stderr.contains("pijp (FIFO), geen gewoon bestand"), "\(run.stderr)")
    }

    @Test("--regels: a rule file over the rule-file limit is refused with the limit named, before it is parsed")
    func oversizedRuleFile() throws {
        let rules = folder.url.appendingPathComponent("regels")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        let big = rules.appendingPathComponent("groot.md")
        try Data(repeating: UInt8(ascii: "a"), count: Limits.ruleFile.value + 1).write(to: big)
        let run = try Blanco.run(["analyze", "--regels", rules.path, Self.response], hangLimit: 60)
        #expect(run.status != 0)
        #expect(run.stderr.contains("groot.md:1"), "\(run.stderr)")
        #expect(run.stderr.contains(Limits.ruleFile.message), "\(run.stderr)")
    }

    @Test("--profiel FILE: a FIFO is refused with its name, never waited on")
    func fifoProfile() throws {
        let profile = folder.url.appendingPathComponent("eigen.profiel.md")
        #expect(mkfifo(profile.path, 0o600) == 0)
        let run = try Blanco.run(["analyze", "--profiel", profile.path, Self.response], hangLimit: 60)
        #expect(!run.hung)
        #expect(run.status == 65)
        #expect(run.stderr.contains("eigen.profiel.md:1"), "\(run.stderr)")
        #expect(run.stderr.contains("pijp (FIFO), geen gewoon bestand"), "\(run.stderr)")
    }

    @Test("--profiel FILE: a profile over the profile limit is refused with the limit named")
    func oversizedProfile() throws {
        let profile = folder.url.appendingPathComponent("groot.profiel.md")
        try Data(repeating: UInt8(ascii: "a"), count: Limits.profileFile.value + 1).write(to: profile)
        let run = try Blanco.run(["analyze", "--profiel", profile.path, Self.response], hangLimit: 60)
        #expect(run.status == 65)
        #expect(run.stderr.contains("groot.profiel.md:1"), "\(run.stderr)")
        #expect(run.stderr.contains(Limits.profileFile.message), "\(run.stderr)")
    }

    @Test("a FIFO among a class's hand-ins is skipped with its name and a reason, never waited on")
    func fifoHandIn() throws {
        let handIns = folder.url.appendingPathComponent("klas")
        try FileManager.default.createDirectory(at: handIns, withIntermediateDirectories: true)
        #expect(mkfifo(handIns.appendingPathComponent("pijp.json").path, 0o600) == 0)
        var collector = HandInCollector()
        let scan = collector.scan([handIns.path])
        #expect(scan.handIns.isEmpty)
        #expect(scan.skipped.count == 1)
        #expect(scan.skipped.first?.file.hasSuffix("pijp.json") == true)
        #expect(scan.skipped.first?.reason.contains("geen gewoon bestand") == true, "\(scan.skipped)")
    }

    @Test("the hand-in limit is the one in Limits, and its message names it in Dutch")
    func handInLimitInOnePlace() {
        #expect(HandInFile.maximumSize == Limits.handInFile.value)
        #expect(Limits.handInFile.message == "een inleverbestand mag hoogstens 4 MB groot zijn")
    }
}
