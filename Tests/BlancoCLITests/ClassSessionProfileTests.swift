import Foundation
import Testing

/// `klas start --profiel`: the lecturer chooses the profile once, in the session file, and
/// every student's hand-in, the report, the live view and `validate` go by it.
@Suite("a class session's profile")
struct ClassSessionProfileTests {
    /// Judgments do not count: a profile a lecturer might use for a first exercise on asking.
    static let ownProfile = "---\nid: zonder-oordeel\ntitel: eerst leren vragen\n---\n\n## Uit\n- oordeel\n"
    /// Flagged as a judgment under every built-in profile.
    static let judging = ["Wat is er gebeurd?", "Dat is echt slordig van de gemeente.", "Hoe was dat voor u?"]

    private func profileFile() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "blanco-profiel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("zonder-oordeel.profiel.md").path
        try Data(Self.ownProfile.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func attemptProfile(_ folder: ClassFolder, prefix: String) throws -> String? {
        let name = try #require(try folder.files().first { $0.hasPrefix(prefix) })
        let object =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + name)))
            as! [String: Any]
        return (object["attempts"] as? [[String: Any]])?.first?["profile"] as? String
    }

    @Test(
        "klas start --profiel streng: the session file says so, students practise with it, another --profiel is refused"
    )
    func builtInProfile() throws {
        let folder = try ClassFolder(options: ["--profiel", "streng"])
        let session = try String(contentsOfFile: folder.path + "/blanco-klas.txt", encoding: .utf8)
        #expect(session.contains("\nprofiel: streng\n"))
        try folder.handIn(Self.judging, name: "Anna")
        #expect(try attemptProfile(folder, prefix: "anna-") == "streng")

        let other = try Blanco.run(
            ["practice", "--hand-in", folder.path, "--profiel", "basis"], stdin: Data("/stop\n".utf8),
            environment: ["BLANCO_HOME": NSTemporaryDirectory() + "blanco-\(UUID().uuidString)"])
        #expect(other.status == 64)
        #expect(other.stderr.contains("deze klassessie oefent met het profiel 'streng'"))

        let text = try Blanco.run(["klas", "rapport", folder.path])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Profiel: streng"))
    }

    @Test("klas start --profiel FILE copies the profile into the folder; hand-ins, report and validate use that copy")
    func ownProfileTravelsWithTheFolder() throws {
        let folder = try ClassFolder(options: ["--profiel", try profileFile()])
        #expect(try folder.files() == ["blanco-klas.profiel.md", "blanco-klas.txt"])
        #expect(
            try String(contentsOfFile: folder.path + "/blanco-klas.txt", encoding: .utf8).contains(
                "\nprofiel: zonder-oordeel\n"))
        // The student has no profile file of their own: the folder's copy is enough.
        try folder.handIn(Self.judging, name: "Anna")
        #expect(try attemptProfile(folder, prefix: "anna-") == "zonder-oordeel")

        let csv = try Blanco.run(["klas", "rapport", folder.path, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stderr.isEmpty, "no file skipped, the profile file passed over:\n\(csv.stderr)")
        let anna = try #require(csv.stdout.split(separator: "\r\n").first { $0.hasPrefix("Anna;") })
        #expect(anna.hasSuffix(";zonder-oordeel"))
        #expect(anna.contains(";ja;"), "the stored grade matches the re-grade with the session's profile")
        let json = try Blanco.run(["klas", "rapport", folder.path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let exercise = try #require((object["exercises"] as? [[String: Any]])?.first)
        #expect((exercise["categories"] as? [String: Int])?["judgment"] ?? 0 == 0, "judgments do not count here")

        let valid = try Blanco.run(["validate", folder.path])
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        #expect(valid.stdout.contains("1 profiel en 1 klassessie gecontroleerd: geen fouten"))
    }

    @Test("a session whose profile file is missing or names another exercise is caught by validate and by practice")
    func brokenSession() throws {
        let folder = try ClassFolder(options: ["--profiel", try profileFile()])
        try FileManager.default.removeItem(atPath: folder.path + "/blanco-klas.profiel.md")
        let validated = try Blanco.run(["validate", folder.path])
        #expect(validated.status == 65)
        #expect(
            validated.stdout.contains(
                "blanco-klas.txt:6: fout: het profiel 'zonder-oordeel' hoort in blanco-klas.profiel.md naast dit bestand"
            ))
        let practice = try Blanco.run(
            ["practice", "--hand-in", folder.path], stdin: Data("/stop\n".utf8),
            environment: ["BLANCO_HOME": NSTemporaryDirectory() + "blanco-\(UUID().uuidString)"])
        #expect(practice.status == 65)
        #expect(practice.stderr.contains("blanco-klas.txt:6: fout: het profiel 'zonder-oordeel'"))
        let report = try Blanco.run(["klas", "rapport", folder.path])
        #expect(report.stderr.contains("profiel van de klassessie: "))

        let session = folder.path + "/blanco-klas.txt"
        let text = try String(contentsOfFile: session, encoding: .utf8)
        try Data(
            text.replacingOccurrences(
                of: "oefening: grofvuil-bank-blijft-staan", with: "oefening: grofvuil-bank-blijft-stan"
            )
            .replacingOccurrences(of: "profiel: zonder-oordeel", with: "profiel: streng").utf8
        ).write(to: URL(fileURLWithPath: session))
        let typo = try Blanco.run(["validate", session])
        #expect(typo.status == 65)
        #expect(
            typo.stdout.contains(
                "blanco-klas.txt:4: fout: onbekende oefening 'grofvuil-bank-blijft-stan'; bedoelde je 'grofvuil-bank-blijft-staan'?"
            ))
        #expect(typo.stdout.contains("1 fout in 1 bestand; 0 klassessies zijn in orde."))
    }

    @Test("klas start --force without an own profile takes the folder's old profile copy away")
    func restartWithoutOwnProfile() throws {
        let folder = try ClassFolder(options: ["--profiel", try profileFile()])
        let again = try Blanco.run(
            ["klas", "start", folder.path, "--exercise", ClassFolder.exerciseID, "--profiel", "streng", "--force"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try folder.files() == ["blanco-klas.txt"], "no stale copy that looks like the class's profile")
        let valid = try Blanco.run(["validate", folder.path])
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        try folder.handIn(Self.judging, name: "Anna")
        #expect(try attemptProfile(folder, prefix: "anna-") == "streng")
    }
}
