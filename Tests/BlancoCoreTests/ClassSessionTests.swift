import BlancoCore
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
