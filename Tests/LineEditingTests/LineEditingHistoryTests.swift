import Testing

@testable import LineEditing

@Suite("Line editing: history")
struct LineEditingHistoryTests {
    @Test("Up walks back through entries and Down returns to the half-typed line")
    func browse() {
        var history = LineHistory(entries: ["een", "twee"])
        let ups = [
            history.previous(current: "drie in wording"), history.previous(current: "twee"),
            history.previous(current: "een"),
        ]
        let downs = [history.next(), history.next(), history.next()]
        #expect(ups == ["twee", "een", nil])
        #expect(downs == ["twee", "drie in wording", nil])
    }

    @Test("blank lines and repeats of the last entry are not added")
    func add() {
        var history = LineHistory()
        let added = [history.add("hoe ging dat?"), history.add("hoe ging dat?"), history.add("   ")]
        #expect(added == [true, false, false])
        #expect(history.entries == ["hoe ging dat?"])
    }

    @Test("the oldest entries go when the capacity is reached")
    func capacity() {
        var history = LineHistory(entries: ["a", "b"], capacity: 3)
        history.add("c")
        history.add("d")
        #expect(history.entries == ["b", "c", "d"])
    }

    @Test("adding ends browsing, so Up starts again from the newest")
    func addResets() {
        var history = LineHistory(entries: ["een", "twee"])
        _ = history.previous(current: "")
        _ = history.previous(current: "")
        history.add("drie")
        let newest = history.previous(current: "")
        #expect(newest == "drie")
    }

    @Test("a history file round-trips, CR LF included")
    func fileRoundTrip() {
        let contents = LineHistory.fileContents(["één", "twee 👍"])
        #expect(LineHistory.parse(fileContents: Array(contents.utf8)) == ["één", "twee 👍"])
        let windows = LineHistory.fileHeader + "\r\na\r\nb\r\n"
        #expect(LineHistory.parse(fileContents: Array(windows.utf8)) == ["a", "b"])
        #expect(LineHistory.parse(fileContents: []) == [])
    }

    @Test("a binary or invalid UTF-8 file is not a history file")
    func corrupt() {
        let header = Array((LineHistory.fileHeader + "\n").utf8)
        #expect(LineHistory.parse(fileContents: header + [0x61, 0x00, 0x62, 0x0A]) == nil)
        #expect(LineHistory.parse(fileContents: header + [0x61, 0xFF, 0x0A]) == nil)
    }

    @Test("a text file that blanco did not write is not a history file")
    func foreignFile() {
        #expect(LineHistory.parse(fileContents: Array("export PATH=/usr/bin\n".utf8)) == nil)
    }
}
