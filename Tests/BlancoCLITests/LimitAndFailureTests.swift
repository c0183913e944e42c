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

/// Issue 14, rows 1, 11, 12, 14 and 15: limits checked before the work, and failures told.
@Suite("Limits and honest failures")
struct LimitAndFailureTests {
    let home = try! TemporaryFolder()
    let exercises = try! TemporaryFolder()

    @Test(
        "row 1: a valid-looking exercise with a 100,000-character client name and a 400 KB opening is refused, naming each limit"
    )
    func hugeExerciseFields() throws {
        var text = TmuxFixture.exercise.replacingOccurrences(
            of: "client: Ria de Vries", with: "client: " + String(repeating: "R", count: 100_000))
        text = text.replacingOccurrences(
            of: "## Opening\n",
            with: "## Opening\n" + String(repeating: "Ik kwam terug van de markt. ", count: 15_000) + "\n")
        let file = exercises.url.appendingPathComponent("groot.md")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try Blanco.run(["validate", file.path], hangLimit: 60)
        #expect(result.status == 65)
        #expect(result.stdout.contains("'client' mag hoogstens 100 tekens lang zijn"), "\(result.stdout)")
        #expect(result.stdout.contains("een regel in een oefening mag hoogstens 2.000 tekens lang zijn"))
        let practice = try Blanco.run(
            ["--exercises", exercises.url.path, "practice", TmuxFixture.exerciseID], stdin: Data("/stop\n".utf8),
            environment: ["BLANCO_HOME": home.url.path], hangLimit: 60)
        #expect(practice.status == 64, "the oversized exercise is skipped, so its id is unknown")
        #expect(practice.stderr.contains("overgeslagen"))
    }

    @Test("row 12: a 1 MB non-ASCII line at the exercise picker is refused at once, with no 'bedoelde je' search")
    func hugePickerLine() throws {
        let line = String(repeating: "é", count: 500_000)
        let result = try Blanco.run(
            ["practice"], stdin: Data((line + "\n/stop\n").utf8), environment: ["BLANCO_HOME": home.url.path],
            hangLimit: 60)
        #expect(!result.hung)
        #expect(result.status == 0)
        #expect(result.stdout.contains("een reactie mag hoogstens 4.000 tekens lang zijn"))
        #expect(EditDistance.closest(to: line, in: ["losse-stoeptegel-gevallen"]) == nil)
    }

    @Test("row 14: a history grown past its limit by long pastes is read from its end and trimmed, not switched off")
    func overgrownHistory() throws {
        let path = home.url.appendingPathComponent("history").path
        let paste = String(repeating: "plak ", count: 200_000)
        let entries = (1...5).map { "paste \($0) " + paste } + ["Wat gebeurde er toen?", "En daarna?"]
        try Data(LineHistory.fileContents(entries).utf8).write(to: URL(fileURLWithPath: path))
        let loaded = HistoryFile.load(path: path, capacity: 500)
        #expect(loaded.file.isWritable)
        #expect(loaded.entries.suffix(2) == ["Wat gebeurde er toen?", "En daarna?"])
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? .max
        #expect(size <= Limits.historyFile.value, "trimmed to \(size) bytes")
        loaded.file.append("Hoe was dat voor u?")
        #expect(HistoryFile.load(path: path, capacity: 500).entries.last == "Hoe was dat voor u?")
    }

    @Test("row 15: 'blanco list > /dev/full' fails with a message and exit 1 instead of exit 0 with nothing written")
    func writeToFullDisk() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let process = Process()
        process.executableURL = Blanco.executable
        process.arguments = ["list"]
        process.environment = ["BLANCO_HOME": home.url.path, "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("kan niet naar de standaarduitvoer schrijven"), "\(message)")
        #expect(message.contains("schijf is vol"))
    }

    @Test(
        "row 11: when every save fails (a data folder that cannot be written), the goodbye does not claim progress was saved"
    )
    func goodbyeTellsTheTruth() throws {
        let parent = try TemporaryFolder()
        chmod(parent.url.path, 0o755)
        let readOnly = parent.url.appendingPathComponent("alleen-lezen")
        try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: false)
        chmod(readOnly.path, 0o555)
        defer { chmod(readOnly.path, 0o755) }
        let result = try Blanco.run(
            Blanco.unprivileged(["practice", "losse-stoeptegel-gevallen"]),
            stdin: Data("Wat is er gebeurd?\n/stop\n".utf8), environment: ["BLANCO_HOME": readOnly.path], hangLimit: 60)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("Je voortgang is bewaard"), "\(result.stdout)")
        #expect(result.stdout.contains("deze sessie is niet bewaard"))
        #expect(result.stderr.contains("kon niet worden bewaard"))
    }
}
