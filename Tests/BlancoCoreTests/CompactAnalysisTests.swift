import Testing

@testable import BlancoCore

@Suite("Compact analysis of responses of any length")
struct CompactAnalysisTests {
    let analyzer = Analyzer()

    func rebuilt(_ compact: CompactAnalysis) -> (flags: [Flag], signals: [Signal], lines: [ResponseScore.Line]) {
        var flags: [Flag] = []
        var signals: [Signal] = []
        var lines: [ResponseScore.Line] = []
        compact.forEachFlag { flags.append($0) }
        compact.forEachSignal { signals.append($0) }
        compact.forEachScoreLine { lines.append($0) }
        return (flags, signals, lines)
    }

    func expectSame(_ response: String, context: String = "", stage: Stage = .opening) {
        let whole = analyzer.analyze(response, context: context, stage: stage)
        let compact = analyzer.analyzeCompactly(response, client: ClientContext(context), stage: stage)
        let (flags, signals, lines) = rebuilt(compact)
        #expect(flags == whole.flags)
        #expect(signals == whole.signals)
        #expect(lines == whole.score.lines)
        #expect(compact.points == whole.score.points && compact.grade == whole.score.grade)
        #expect(compact.flagCount == whole.flags.count && compact.signalCount == whole.signals.count)
    }

    @Test("a typical response gets the same flags, signals and score as the whole analysis")
    func typicalResponses() {
        expectSame("Wat vervelend voor je. Wat stond er precies in de brief?")
        expectSame("")
        expectSame("Wat vind je daarvan?", stage: .late)
        expectSame("Je zegt dat het 'onterecht' voelt. Waarom heb je niet gebeld?", context: "Het voelt onterecht.")
    }

    @Test(
        "a response of hundreds of kilobytes, with multi-byte letters and emoji, gets the same flags, texts and score")
    func longResponse() {
        let sentences = [
            "Één cliënt 😀 zei: wat vervelend voor je.", "Je moet echt bezwaar maken.", "Wat gebeurde er toen?",
            "Waarom heb je niet eerder gebeld?\n", "Mm. Vertel verder.",
            "Dat is toch geen manier om met mensen om te gaan?",
        ]
        var response = ""
        var index = 0
        while response.utf8.count < 300_000 {
            response += sentences[index % sentences.count] + (index % 7 == 0 ? "" : " ")
            index += 1
        }
        expectSame(response, context: "Ik kreeg een brief.")
    }
}

@Suite("UTF-8 validation without a copy")
struct UTF8ValidatorTests {
    @Test("agrees with String(validating:) on valid text, overlong forms, surrogates and cut characters")
    func agreesWithStandardLibrary() {
        let samples: [[UInt8]] = [
            Array("Wat gebeurde er toen? Één cliënt 😀".utf8), [], [0xFF], [0xC0, 0xAF], [0xE0, 0x80, 0xAF],
            [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98], Array("abcdefghij".utf8) + [0xC3],
            Array("abcdefghijklmnop".utf8) + [0x80],
            [0xC3, 0xA9] + Array("0123456789abcdef".utf8),
        ]
        for bytes in samples {
            #expect(UTF8Validator.isValid(bytes[...]) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test("a character cut between two pieces is still valid")
    func pieces() {
        let bytes = Array("Één 😀".utf8)
        for cut in 0...bytes.count {
            var validator = UTF8Validator()
            bytes[..<cut].withUnsafeBytes { validator.feed($0) }
            bytes[cut...].withUnsafeBytes { validator.feed($0) }
            #expect(validator.isValid)
        }
    }
}

@Suite("JSON of an analysis of any length")
struct AnalysisJSONBytesTests {
    @Test(
        "a compact analysis, drained in small pieces, is written exactly as the whole analysis, escapes, ids and deductions included"
    )
    func compactSameAsWhole() {
        let analyzer = Analyzer()
        let encoder = AnalysisJSON()
        let responses = [
            "Wat \"vervelend\" voor je\\. Je moet\tbezwaar maken!\u{01}\u{1F}",
            "Waarom heb je niet gebeld?\r\nJe bent lui.",
            "Één cliënt 😀 zei: dat is dom. Wat gebeurde er toen?", "", "Mm.",
            String(repeating: "Je moet gewoon bellen. Wat gebeurde er toen? ", count: 2_000),
        ]
        for response in responses {
            for idJSON in [nil, "\"R-1\"", "-12.5e3"] {
                let client = ClientContext("ik zei \"dom\"")
                let whole = encoder.encode(analyzer.analyze(response, client: client), idJSON: idJSON)
                var written: [UInt8] = []
                var pieces = 0
                var buffer: [UInt8] = []
                encoder.encode(analyzer.analyzeCompactly(response, client: client), idJSON: idJSON, into: &buffer) {
                    full in
                    written += full
                    full.removeAll()
                    pieces += 1
                }
                written += buffer
                #expect(String(decoding: written, as: UTF8.self) == whole)
                if response.utf8.count > AnalysisJSON.drainBytes { #expect(pieces > 1) }
            }
        }
    }
}
