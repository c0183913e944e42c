import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The journal's promises, checked on the real binary: a session killed with SIGKILL at
/// any moment never damages earlier records, and two sessions at once never mix lines.
@Suite("The journal under crashes and concurrent sessions")
struct JournalCrashTests {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-crash-\(UUID().uuidString)").path
    var journalPath: String { home + "/journal.jsonl" }

    /// Every line of the journal, parsed; nil for a line that is not valid JSON.
    private func lines() throws -> (records: [[String: Any]?], endsWithNewline: Bool) {
        let data = try Data(contentsOf: URL(fileURLWithPath: journalPath))
        let text = String(decoding: data, as: UTF8.self)
        let records = text.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }
        return (records, text.hasSuffix("\n"))
    }

    /// Starts `blanco practice` reading responses from a pipe, and returns the process and
    /// the pipe's writing end.
    private func startSession(home: String) throws -> (Process, FileHandle) {
        let process = Process()
        process.executableURL = Blanco.executable
        process.arguments = ["practice", "losse-stoeptegel-gevallen"]
        var environment = ProcessInfo.processInfo.environment
        environment["BLANCO_HOME"] = home
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        return (process, input.fileHandleForWriting)
    }

    @Test("a session killed with SIGKILL mid-stream leaves every earlier record whole, and the next session reads on")
    func killedWriter() throws {
        // Writing to the pipe of a killed session must fail with EPIPE, not end this process.
        signal(SIGPIPE, SIG_IGN)
        var killedAfterRecords: [Int] = []
        for round in 0..<4 {
            let (process, input) = try startSession(home: home)
            let responses = (1...400).map {
                "Vertel eens, wat gebeurde er bij de tegel? (\(round)-\($0)) " + String(repeating: "mm ", count: 200)
            }
            let fed = DispatchSemaphore(value: 0)
            let feeder = Thread {
                for response in responses {
                    do { try input.write(contentsOf: Data((response + "\n").utf8)) } catch { break }
                }
                try? input.close()
                fed.signal()
            }
            feeder.start()
            // Kill once the session is writing, at a different moment each round.
            let written = (try? FileManager.default.attributesOfItem(atPath: journalPath)[.size] as? Int) ?? 0
            let deadline = Date().addingTimeInterval(20)
            while ((try? FileManager.default.attributesOfItem(atPath: journalPath)[.size] as? Int) ?? 0) <= written,
                Date() < deadline
            {
                usleep(1_000)
            }
            usleep(UInt32.random(in: 0...30_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            fed.wait()
            #expect(process.terminationReason == .uncaughtSignal)
            let (records, endsWithNewline) = try lines()
            killedAfterRecords.append(records.count)
            // Only the very last line may be torn, and only if the kill cut it short.
            for record in records.dropLast() { #expect(record != nil) }
            if endsWithNewline { #expect(records.last! != nil) }
        }
        let (records, _) = try lines()
        let turns = records.compactMap { $0 }.filter { $0["kind"] as? String == "turn" }
        #expect(turns.count >= 1, "the sessions wrote \(killedAfterRecords) records before each kill")
        // Within every attempt the turns are whole and in order: nothing lost but the tail.
        let byAttempt = Dictionary(grouping: turns) { $0["attempt"] as? String ?? "" }
        for (_, attempt) in byAttempt {
            let numbers = attempt.compactMap { $0["turn"] as? Int }
            #expect(numbers == Array(1...numbers.count))
        }
        let after = try Blanco.run(
            ["practice", "losse-stoeptegel-gevallen"], stdin: Data("Hoe ging het?\n/klaar\n".utf8),
            environment: ["BLANCO_HOME": home])
        #expect(after.status == 0)
        #expect(!after.stderr.contains("beschadigd"))
        #expect(try lines().records.last!?["kind"] as? String == "finished")
    }

    @Test("two sessions writing at once never interleave their records")
    func concurrentSessions() throws {
        let perSession = 150
        let padding = String(repeating: "en toen ", count: 300)
        let inputs = (0..<2).map { session in
            (1...perSession).map { "Wat gebeurde er daarna, sessie \(session) beurt \($0)? \(padding)" }.joined(
                separator: "\n") + "\n"
        }
        let group = DispatchGroup()
        nonisolated(unsafe) var statuses = [Int32](repeating: -1, count: 2)
        let lock = NSLock()
        for (index, input) in inputs.enumerated() {
            DispatchQueue.global().async(group: group) {
                let result = try? Blanco.run(
                    ["practice", "losse-stoeptegel-gevallen"], stdin: Data(input.utf8),
                    environment: ["BLANCO_HOME": home])
                lock.withLock { statuses[index] = result?.status ?? -1 }
            }
        }
        group.wait()
        #expect(statuses == [0, 0])
        let (records, endsWithNewline) = try lines()
        #expect(endsWithNewline)
        #expect(records.count == 2 * perSession)
        #expect(records.allSatisfy { $0 != nil })
        let byAttempt = Dictionary(grouping: records.compactMap { $0 }) { $0["attempt"] as? String ?? "" }
        #expect(byAttempt.count == 2)
        for (_, attempt) in byAttempt {
            #expect(attempt.compactMap { $0["turn"] as? Int } == Array(1...perSession))
            let session =
                (attempt.first?["response"] as? String)?.contains("sessie 0") == true ? "sessie 0" : "sessie 1"
            #expect(attempt.allSatisfy { ($0["response"] as? String)?.contains(session) == true })
            #expect(attempt.allSatisfy { ($0["response"] as? String)?.hasSuffix(padding) == true })
        }
    }
}
