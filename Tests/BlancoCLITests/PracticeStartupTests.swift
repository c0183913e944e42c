import Foundation
import Testing

/// Issue 14, row 16: practice starts from the journal's summary (`journal.index` on a long
/// journal) and reads only the lines it needs; what it offers and shows is the same as
/// from a journal read whole.
@Suite("Practice start-up on a long journal")
struct PracticeStartupTests {
    /// Over a megabyte: 400 finished attempts at other exercises, a learning goal, then
    /// two turns at the fixture exercise, left unfinished.
    static func longJournal() -> String {
        let time = "2026-01-05T10:00:00Z"
        let response = String(repeating: "Wat gebeurde er toen precies? ", count: 10)
        var text = ""
        for attempt in 0..<400 {
            for turn in 1...8 {
                text +=
                    #"{"attempt":"oud-\#(attempt)","exercise":"elders-\#(attempt % 9)","kind":"turn","response":"\#(response)","time":"\#(time)","turn":\#(turn)}"#
                    + "\n"
            }
            text +=
                #"{"attempt":"oud-\#(attempt)","exercise":"elders-\#(attempt % 9)","grade":7,"kind":"finished","time":"\#(time)"}"#
                + "\n"
        }
        text +=
            #"{"attempt":"oud-399","exercise":"elders-3","kind":"goal","text":"minder waaromvragen","time":"\#(time)"}"#
            + "\n"
        for turn in 1...2 {
            text +=
                #"{"attempt":"open","exercise":"\#(TmuxFixture.exerciseID)","kind":"turn","response":"Wat is er gebeurd?","time":"\#(time)","turn":\#(turn)}"#
                + "\n"
        }
        return text
    }

    @Test(
        "row 16: on a long journal practice offers to continue and names the goal the same from a full read as from the index"
    )
    func sameFromIndex() throws {
        let folders = try PracticeFolders()
        let home = folders.home.url
        try Data(Self.longJournal().utf8).write(to: home.appendingPathComponent("journal.jsonl"))
        let index = home.appendingPathComponent("journal.index")
        let environment = ["BLANCO_HOME": home.path]
        let input = Data("nee\n/stop\n".utf8)

        let first = try Blanco.run(folders.arguments, stdin: input, environment: environment)
        #expect(first.status == 0 && first.stderr.isEmpty, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: index.path), "the first start leaves the index")
        let flat = first.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Je was al bezig met"))
        #expect(flat.contains("2 beurten"))
        #expect(flat.contains("Je leerdoel: \u{201C}minder waaromvragen\u{201D}"))

        let indexed = try Blanco.run(folders.arguments, stdin: input, environment: environment)
        #expect(indexed.status == 0 && indexed.stderr.isEmpty, "\(indexed.stderr)")
        #expect(indexed.stdout == first.stdout, "the same start from the index")
    }
}
