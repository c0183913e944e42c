import Testing

@testable import BlancoCore

@Suite("JSON lines in and out")
struct AnalysisJSONTests {
    func parse(_ line: String) -> Result<AnalysisRequest, AnalysisRequest.Problem> {
        AnalysisRequest.parse(Array(line.utf8)[...])
    }

    @Test("a full request line is read, escapes included")
    func fullLine() throws {
        let request = try parse(
            #"{"id": "D-1", "context": "Ik zei \"nee\"", "response": "Wat \u00e9n \ud83d\ude00?", "stage": "late"}"#
        ).get()
        #expect(request.idJSON == "\"D-1\"")
        #expect(request.context == "Ik zei \"nee\"")
        #expect(request.response == "Wat én 😀?")
        #expect(request.stage == .late)
    }

    @Test("only response is required; unknown fields are skipped")
    func minimalLine() throws {
        let request = try parse(#"{"response": "Mm.", "extra": [1, {"a": null}, true]}"#).get()
        #expect(request.response == "Mm." && request.idJSON == nil && request.stage == nil)
    }

    @Test("stage accepts the Dutch words the command line accepts: begin and laat")
    func dutchStage() throws {
        #expect(try parse(#"{"response": "x", "stage": "laat"}"#).get().stage == .late)
        #expect(try parse(#"{"response": "x", "stage": "begin"}"#).get().stage == .opening)
        #expect(try parse(#"{"response": "x", "stage": "late"}"#).get().stage == .late)
        guard case .failure(let problem) = parse(#"{"response": "x", "stage": "midden"}"#) else {
            Issue.record("expected a failure")
            return
        }
        #expect(problem.message.contains("opening (begin) of late (laat)"))
    }

    @Test("a numeric id is echoed as a number")
    func numericID() throws {
        #expect(try parse(#"{"id": 42, "response": "x"}"#).get().idJSON == "42")
    }

    @Test("broken lines give a Dutch problem, with the id when it was read")
    func problems() {
        guard case .failure(let missing) = parse(#"{"id": "a"}"#) else {
            Issue.record("expected a failure")
            return
        }
        #expect(missing.message.contains("response") && missing.idJSON == "\"a\"")
        guard case .failure(let broken) = parse(#"{"id": "b", "response": "#) else {
            Issue.record("expected a failure")
            return
        }
        #expect(broken.message.contains("ongeldige JSON"))
        guard case .failure(let stage) = parse(#"{"response": "x", "stage": "midden"}"#) else {
            Issue.record("expected a failure")
            return
        }
        #expect(stage.message.contains("midden"))
        guard case .failure(let utf8) = AnalysisRequest.parse([0x7B, 0xFF, 0x7D][...]) else {
            Issue.record("expected a failure")
            return
        }
        #expect(utf8.message.contains("UTF-8"))
        guard case .failure = parse("[1, 2]") else {
            Issue.record("expected a failure")
            return
        }
        guard case .failure = parse(String(repeating: "[", count: 10_000)) else {
            Issue.record("expected a failure")
            return
        }
    }

    @Test("the output line carries every field the format promises, escaped")
    func outputLine() {
        let analysis = Analyzer().analyze("Wat erg!\nHij zei \"ja\".")
        let line = AnalysisJSON().encode(analysis, idJSON: "\"x\"")
        for field in [
            "\"id\":\"x\"", "\"flags\":[", "\"category\":\"judgment\"", "\"rule\":", "\"start\":", "\"end\":",
            "\"text\":", "\"message\":", "\"suggestion\":", "\"signals\":[", "\"score\":", "\"grade\":",
        ] {
            #expect(line.contains(field), "missing \(field)")
        }
        #expect(!line.contains("\n"))
        #expect(JSONText.quoted("a\u{0}b\"c\\") == "\"a\\u0000b\\\"c\\\\\"")
    }
}
