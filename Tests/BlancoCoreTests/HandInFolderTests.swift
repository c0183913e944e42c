import BlancoCore
import Foundation
import Testing

@Suite("reading a hand-in folder")
struct HandInFolderTests {
    @Test(
        "broken, foreign, duplicate, linked and oversized files are skipped with one line each; the folder is unchanged"
    )
    func unusableFiles() throws {
        let folder = try ClassFixtures.folder()
        let good = ClassFixtures.handIn(student: "Sanne", responses: ClassFixtures.careful)
        try ClassFixtures.write(good, "sanne-1.json", in: folder)
        try ClassFixtures.write(good, "sanne-kopie.json", in: folder)
        try ClassFixtures.write(Array(good.prefix(good.count / 2)), "afgebroken.json", in: folder)
        try ClassFixtures.write(Array("dit is geen json".utf8), "tekst.json", in: folder)
        try ClassFixtures.write(Array(#"{"schema": "iets.anders/2", "attempts": []}"#.utf8), "vreemd.json", in: folder)
        try ClassFixtures.write(Array(#"{"schema": "blanco.export/1"}"#.utf8), "leeg-schema.json", in: folder)
        try ClassFixtures.write([], "leeg.json", in: folder)
        try ClassFixtures.write(Array(repeating: 0x20, count: HandInFile.maximumSize + 1), "groot.json", in: folder)
        try ClassFixtures.write(Array("notities".utf8), "notities.txt", in: folder)
        try ClassFixtures.write(Array("verborgen".utf8), ".DS_Store", in: folder)
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/link.json", withDestinationPath: folder + "/sanne-1.json")
        try FileManager.default.createDirectory(atPath: folder + "/sub.json", withIntermediateDirectories: false)
        let before = try ClassFixtures.snapshot(folder)

        var collector = HandInCollector()
        let scan = collector.scan([folder])

        #expect(scan.handIns.count == 1)
        #expect(scan.handIns.first?.student == "Sanne")
        let reasons = Dictionary(uniqueKeysWithValues: scan.skipped.map { (ClassFormatName.last($0.file), $0.reason) })
        #expect(reasons["sanne-kopie.json"]?.contains("dubbel: dezelfde poging") == true)
        #expect(reasons["sanne-kopie.json"]?.contains("sanne-1.json") == true)
        #expect(reasons["afgebroken.json"]?.contains("onvolledig") == true)
        #expect(reasons["tekst.json"]?.contains("geen JSON") == true)
        #expect(reasons["vreemd.json"]?.contains("verkeerd schema 'iets.anders/2'") == true)
        #expect(reasons["leeg-schema.json"]?.contains("past niet bij blanco.export/1") == true)
        #expect(reasons["leeg.json"] == "leeg bestand")
        #expect(reasons["groot.json"]?.contains("te groot") == true)
        #expect(reasons["notities.txt"] == "geen .json-bestand")
        #expect(reasons["link.json"]?.contains("symbolische link") == true)
        #expect(reasons["sub.json"]?.contains("een map") == true)
        #expect(reasons[".DS_Store"] == nil, "hidden files are passed over silently")
        #expect(scan.skipped.count == 10)
        #expect(scan.skipped.allSatisfy { !$0.description.contains("\n") })
        #expect(try ClassFixtures.snapshot(folder) == before, "nothing in the folder changed")
    }

    @Test("an unchanged file is not read again on the next scan, a new one is")
    func pollingScan() throws {
        let folder = try ClassFixtures.folder()
        try ClassFixtures.write(
            ClassFixtures.handIn(student: nil, responses: ClassFixtures.careful), "a.json", in: folder)
        var collector = HandInCollector()
        #expect(collector.scan([folder]).handIns.count == 1)
        try ClassFixtures.write(
            ClassFixtures.handIn(student: nil, responses: ClassFixtures.hasty), "b.json", in: folder)
        let second = collector.scan([folder])
        #expect(second.handIns.count == 2)
        try FileManager.default.removeItem(atPath: folder + "/a.json")
        #expect(collector.scan([folder]).handIns.count == 1)
    }

    @Test("the session file in the folder is read, and a broken one is reported, not used")
    func sessionInFolder() throws {
        let folder = try ClassFixtures.folder()
        let session = ClassSession(exercise: ClassFixtures.exerciseID, anonymous: true, started: nil)
        try ClassFixtures.write(Array(session.rendered().utf8), ClassSession.fileName, in: folder)
        var collector = HandInCollector()
        #expect(collector.scan([folder]).session == session)
        #expect(collector.scan([folder]).skipped.isEmpty, "the session file is not a hand-in")

        try ClassFixtures.write(Array("oefening:\n".utf8), ClassSession.fileName, in: folder)
        let broken = collector.scan([folder])
        #expect(broken.session == nil)
        #expect(broken.sessionProblem?.description.contains("na 'oefening:' hoort het id") == true)
    }

    @Test("files named on the command line are read too, and a missing one is named")
    func explicitFiles() throws {
        let folder = try ClassFixtures.folder()
        try ClassFixtures.write(
            ClassFixtures.handIn(student: "Ali", responses: ClassFixtures.hasty), "ali.json", in: folder)
        var collector = HandInCollector()
        let scan = collector.scan([folder + "/ali.json", folder + "/weg.json"])
        #expect(scan.handIns.map(\.student) == ["Ali"])
        #expect(scan.skipped.map(\.file) == [folder + "/weg.json"])
    }
}

/// The last path component, for comparing skipped files by name.
enum ClassFormatName {
    static func last(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}
