import BlancoCore
import Foundation
import LineEditing
import Testing

@testable import blanco

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 14, rows 2, 3, 8 and 9: Blanco reads only regular files, never hangs on a FIFO or
/// device, never writes through a symbolic link, and tells when a folder cannot be read.
/// Every run gets a hang limit far above its normal time, so a regression fails the test
/// instead of blocking the suite.
@Suite("Special files: FIFOs, devices, symbolic links, unreadable folders")
struct SpecialFileTests {
    let home = try! TemporaryFolder()
    let exercises = try! TemporaryFolder()

    private func makeFIFO(_ url: URL) throws {
        #expect(mkfifo(url.path, 0o600) == 0)
    }

    @Test("row 2: a FIFO named *.md in an exercise folder is reported by validate, list and practice, never waited on")
    func fifoExercise() throws {
        try TmuxFixture.exercise.write(
            to: exercises.url.appendingPathComponent("goed.md"), atomically: true, encoding: .utf8)
        try makeFIFO(exercises.url.appendingPathComponent("x.md"))
        let validate = try Blanco.run(["validate", exercises.url.path], hangLimit: 60)
        #expect(!validate.hung)
        #expect(validate.status == 65)
        #expect(
            validate.stdout.contains("x.md:1: fout: dit is een pijp (FIFO), geen gewoon bestand"), "\(validate.stdout)")
        #expect(validate.stdout.contains("1 oefeningen zijn in orde") || validate.stdout.contains("1 oefening"))

        let list = try Blanco.run(
            ["--exercises", exercises.url.path, "list"], environment: ["BLANCO_HOME": home.url.path], hangLimit: 60)
        #expect(!list.hung)
        #expect(list.status == 0)
        #expect(list.stderr.contains("x.md:1: dit is een pijp (FIFO)"))
        #expect(list.stdout.contains(TmuxFixture.exerciseID))

        let practice = try Blanco.run(
            ["--exercises", exercises.url.path, "practice", TmuxFixture.exerciseID], stdin: Data("/stop\n".utf8),
            environment: ["BLANCO_HOME": home.url.path], hangLimit: 60)
        #expect(!practice.hung)
        #expect(practice.status == 0)
    }

    @Test("row 3: a FIFO as the journal is refused at start-up with a message, never read")
    func fifoJournal() throws {
        try makeFIFO(home.url.appendingPathComponent("journal.jsonl"))
        let list = try Blanco.run(["list"], environment: ["BLANCO_HOME": home.url.path], hangLimit: 60)
        #expect(!list.hung)
        #expect(list.status == 0)
        #expect(list.stderr.contains("pijp (FIFO), geen gewoon bestand"), "\(list.stderr)")
    }

    @Test("rows 3 and 8: a journal that links to /dev/zero is neither read nor written; practice goes on and says so")
    func journalLinkedToDevice() throws {
        try FileManager.default.createSymbolicLink(
            atPath: home.url.appendingPathComponent("journal.jsonl").path, withDestinationPath: "/dev/zero")
        let result = try Blanco.run(
            ["practice", "losse-stoeptegel-gevallen"], stdin: Data("Wat is er gebeurd?\n/stop\n".utf8),
            environment: ["BLANCO_HOME": home.url.path], hangLimit: 60)
        #expect(!result.hung)
        #expect(result.status == 0)
        #expect(result.stderr.contains("symbolische koppeling"), "\(result.stderr)")
    }

    @Test("row 8: a dangling symbolic link at the journal's path creates nothing at its target")
    func danglingJournalLink() throws {
        let target = home.url.appendingPathComponent("elders.jsonl")
        try FileManager.default.createSymbolicLink(
            atPath: home.url.appendingPathComponent("journal.jsonl").path, withDestinationPath: target.path)
        let result = try Blanco.run(
            ["practice", "losse-stoeptegel-gevallen"], stdin: Data("Wat is er gebeurd?\n/stop\n".utf8),
            environment: ["BLANCO_HOME": home.url.path], hangLimit: 60)
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: target.path), "the link's target was created")
    }

    @Test("row 8: the history is not read or appended through a symbolic link")
    func historyLink() throws {
        let target = home.url.appendingPathComponent("elders")
        try Data("buiten\n".utf8).write(to: target)
        let path = home.url.appendingPathComponent("history").path
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target.path)
        let loaded = HistoryFile.load(path: path, capacity: 10)
        #expect(loaded.entries.isEmpty)
        loaded.file.append("geheim")
        #expect(try String(contentsOf: target, encoding: .utf8) == "buiten\n")
    }

    @Test("row 8: trimming the history never writes through a planted temporary file")
    func historyTrimIgnoresPlantedFile() throws {
        let path = home.url.appendingPathComponent("history").path
        let entries = (1...30).map { "regel \($0)" }
        try Data(LineHistory.fileContents(entries).utf8).write(to: URL(fileURLWithPath: path))
        // What an attacker would plant for the old, predictable name.
        let victim = home.url.appendingPathComponent("victim")
        try Data("heel\n".utf8).write(to: victim)
        try FileManager.default.createSymbolicLink(atPath: path + ".tmp-\(getpid())", withDestinationPath: victim.path)
        let loaded = HistoryFile.load(path: path, capacity: 10)
        #expect(loaded.entries == Array(entries.suffix(10)))
        #expect(try String(contentsOf: victim, encoding: .utf8) == "heel\n")
        let trimmed = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!trimmed.contains("regel 1\n") && trimmed.contains("regel 30"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.url.path).filter {
            $0.contains(".tmp-") && !$0.hasSuffix("\(getpid())")
        }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    @Test("row 9: an exercise folder that cannot be read is an error (exit 65), not 'geen fouten'")
    func unreadableFolder() throws {
        let parent = try TemporaryFolder()
        chmod(parent.url.path, 0o755)
        let folder = parent.url.appendingPathComponent("dicht")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try TmuxFixture.exercise.write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        chmod(folder.path, 0)
        defer { chmod(folder.path, 0o755) }
        // Root reads any folder; run as nobody then, as a student would be.
        let result = try Blanco.run(
            Blanco.unprivileged(["validate", folder.path]), environment: ["BLANCO_HOME": "/nonexistent/blanco"],
            hangLimit: 60)
        #expect(result.status == 65, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("deze map is niet te lezen"), "\(result.stdout)")
        #expect(!result.stdout.contains("geen fouten"))
    }
}
