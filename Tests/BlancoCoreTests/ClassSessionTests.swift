import BlancoCore
import Foundation
import Testing

@Suite("the class session file")
struct ClassSessionTests {
    @Test("a session written by 'klas start' reads back the same")
    func roundTrip() throws {
        let session = ClassSession(
            exercise: "grofvuil-bank-blijft-staan", anonymous: true, started: "2026-12-05T13:00:00Z")
        let read = try ClassSession.parse(Array(session.rendered().utf8), file: "blanco-klas.txt")
        #expect(read == session)
    }

    @Test("a hand-edited file with comments, spaces, CRLF and no 'anoniem' line is not anonymous")
    func handEdited() throws {
        let text = "# mijn werkcollege\r\n  oefening :  grofvuil-bank-blijft-staan  \r\n\r\n"
        let read = try ClassSession.parse(Array(text.utf8), file: "k.txt")
        #expect(read.exercise == "grofvuil-bank-blijft-staan")
        #expect(!read.anonymous)
        #expect(read.started == nil)
    }

    @Test("an unknown key names its line and the closest known key")
    func unknownKey() {
        #expect {
            try ClassSession.parse(Array("formaat: blanco.klas/1\noefenig: x\n".utf8), file: "k.txt")
        } throws: { error in
            let description = (error as? ClassSessionError)?.description ?? ""
            return description.hasPrefix("k.txt:2: fout:") && description.contains("bedoelde je 'oefening'?")
        }
    }

    @Test("a missing exercise, a bad 'anoniem', a doubled key, another format and binary bytes are refused in Dutch")
    func refusals() {
        let cases: [(String, String)] = [
            ("anoniem: ja\n", "de regel 'oefening: ID' ontbreekt"),
            ("oefening: x\nanoniem: misschien\n", "k.txt:2: fout: 'anoniem' is 'ja' of 'nee'"),
            ("oefening: x\noefening: y\n", "k.txt:2: fout: 'oefening' staat er twee keer in (ook op regel 1)"),
            ("formaat: blanco.klas/9\noefening: x\n", "k.txt:1: fout: onbekend formaat"),
            ("oefening: twee woorden\n", "een oefening-id heeft geen spaties"),
            ("oefening x\n", "k.txt:1: fout: verwacht 'sleutel: waarde'"),
            ("oefening: x\u{1B}[31m\n", "stuurteken"),
        ]
        for (text, expected) in cases {
            #expect {
                try ClassSession.parse(Array(text.utf8), file: "k.txt")
            } throws: { error in
                ((error as? ClassSessionError)?.description ?? "").contains(expected)
            }
        }
        #expect(throws: ClassSessionError.self) { try ClassSession.parse([0xFF, 0xFE, 0x00], file: "k.txt") }
        #expect(throws: ClassSessionError.self) {
            try ClassSession.parse(Array(repeating: 0x23, count: ClassSession.maximumFileSize + 1), file: "k.txt")
        }
    }

    @Test("'profiel' names a built-in profile or an own profile's id, with its line kept for messages")
    func profileLine() throws {
        let session = ClassSession(exercise: "x", anonymous: false, started: nil, profile: "streng")
        let read = try ClassSession.parse(Array(session.rendered().utf8), file: "k.txt")
        #expect(read == session)
        #expect(read.profile == "streng" && read.profileLine == 6)
        #expect(
            try ClassSession.parse(Array("oefening: x\nprofiel: eerstejaars-1\n".utf8), file: "k.txt").profile
                == "eerstejaars-1")
        #expect(try ClassSession.parse(Array("oefening: x\nprofiel:\n".utf8), file: "k.txt").profile == nil)
        #expect {
            try ClassSession.parse(Array("oefening: x\nprofiel: Mijn Profiel\n".utf8), file: "k.txt")
        } throws: { error in
            ((error as? ClassSessionError)?.description ?? "").hasPrefix(
                "k.txt:2: fout: 'profiel' is basis, standaard, streng")
        }
    }

    @Test("the collector reads the session's own profile from the folder; the live view and the report grade with it")
    func sessionProfileInFolder() throws {
        let folder = try ClassFixtures.folder()
        let session = ClassSession(
            exercise: ClassFixtures.exerciseID, anonymous: false, started: nil, profile: "zonder-oordeel")
        try ClassFixtures.write(Array(session.rendered().utf8), ClassSession.fileName, in: folder)
        var collector = HandInCollector()
        let missing = collector.scan([folder])
        #expect(missing.session == session, "the session still counts (anonymity, exercise)")
        #expect(missing.sessionProfile == nil)
        #expect(missing.sessionProblem?.description.contains("hoort in blanco-klas.profiel.md") == true)

        try ClassFixtures.write(
            Array("---\nid: zonder-oordeel\n---\n\n## Uit\n- oordeel\n".utf8), ClassSession.profileFileName, in: folder)
        // A hand-in from before hand-ins named their profile: the session's profile counts.
        try ClassFixtures.write(
            ClassFixtures.handIn(student: "Ali", responses: ["Dat is echt slordig van de gemeente."]), "ali.json",
            in: folder)
        let scan = collector.scan([folder])
        #expect(scan.sessionProblem == nil)
        #expect(scan.sessionProfile?.id == "zonder-oordeel")
        #expect(scan.skipped.isEmpty, "the profile file is passed over like the session file")
        let report = ClassReport.build(
            handIns: scan.handIns, skipped: scan.skipped, catalog: ClassFixtures.catalog, anonymous: false,
            sessionProfile: scan.sessionProfile)
        let summary = try #require(report.exercises.first)
        #expect(summary.profiles.map(\.profile) == ["zonder-oordeel"])
        #expect(summary.categories.allSatisfy { $0.category != .judgment || $0.flags == 0 })
        #expect(summary.gradeBook.first?.profile == "zonder-oordeel")

        var feed = ClassLiveFeed(paths: [folder], catalog: ClassFixtures.catalog)
        feed.refresh()
        #expect(feed.profile(for: ClassFixtures.exercise).id == "zonder-oordeel")
        #expect(feed.exercises.first?.handIns.first?.profile.id == "zonder-oordeel")
    }

    @Test("hand-in names carry only the chosen alias, folded, or 'anoniem', and the attempt id")
    func handInNames() {
        let attempt = "6f1c2b9e-0d8a-4c1e-9a55-2b7f3c4d5e6f"
        #expect(HandInName.fileName(alias: "Sanne de Vries", attempt: attempt) == "sanne-de-vries-\(attempt).json")
        #expect(HandInName.fileName(alias: "Zoë Öztürk", attempt: attempt) == "zoe-ozturk-\(attempt).json")
        #expect(HandInName.fileName(alias: nil, attempt: attempt) == "anoniem-\(attempt).json")
        #expect(HandInName.fileName(alias: "../../etc/passwd", attempt: attempt) == "etc-passwd-\(attempt).json")
        #expect(HandInName.fileName(alias: "   ", attempt: attempt) == "anoniem-\(attempt).json")
        let long = HandInName.fileName(alias: String(repeating: "a", count: 100), attempt: attempt)
        #expect(long == String(repeating: "a", count: 24) + "-\(attempt).json")
        #expect(HandInName.fileName(alias: "Sam", attempt: "a") != HandInName.fileName(alias: "Sam", attempt: "b"))
    }
}
