import Foundation
import Testing

@Suite("blanco completion")
struct CompletionTests {
    /// What bash offers for `words` (the last one being completed), with the completion
    /// script loaded the way a user loads it.
    func bashCompletes(_ words: [String]) throws -> [String] {
        let sandbox = try DocSandbox()
        defer { sandbox.remove() }
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let script = """
            source <(blanco completion bash)
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); _blanco; printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try sandbox.run("bash -s <<'EOF'\n\(script)\nEOF\n")
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test("bash completes commands, exercise ids after practice, and each command's own options")
    func bash() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { return }
        #expect(try bashCompletes(["blanco", "ana"]) == ["analyze", "analyseer"])
        #expect(try bashCompletes(["blanco", "practice", "grofvuil"]) == ["grofvuil-bank-blijft-staan"])
        #expect(try bashCompletes(["blanco", "--color", "never", "analyze", "--st"]) == ["--stage"])
        #expect(try bashCompletes(["blanco", "completion", "f"]) == ["fish"])
    }

    @Test("the ids the scripts complete include a lecturer's own exercises")
    func idsFollowTheLecturersFolder() throws {
        let sandbox = try DocSandbox()
        defer { sandbox.remove() }
        let ids = try sandbox.run("blanco --exercises ~/mijn-oefeningen completion ids").stdout
        #expect(ids.split(separator: "\n").contains("paaltjes-voor-de-deur"))
        #expect(ids.split(separator: "\n").contains("grofvuil-bank-blijft-staan"))
    }

    @Test("zsh and fish scripts name every command and complete ids through blanco completion ids")
    func zshAndFish() throws {
        for shell in ["zsh", "fish"] {
            let result = try Blanco.run(["completion", shell])
            #expect(result.status == 0)
            for word in ["practice", "analyseer", shell == "fish" ? "-l stage" : "--stage", "completion ids"] {
                #expect(result.stdout.contains(word), "\(shell): \(word)")
            }
        }
        let unknown = try Blanco.run(["completion", "bsh"])
        #expect(unknown.status == 64 && unknown.stderr.contains("bedoelde je 'bash'?"))
    }
}
