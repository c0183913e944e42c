import Testing

@testable import BlancoCore

/// The shortcuts that make a practice turn (and so a class report) cheap must give
/// exactly what the plain way gives: the words, the echo checks and the moves.
@Suite("practice shortcuts give what the plain way gives")
struct ReplayEquivalenceTests {
    /// Text as students and exercises write it, and the awkward cases besides: accents,
    /// decomposed accents, marks after punctuation, CRLF, other scripts, emoji, digits.
    static let pieces = [
        "Wat", "is", "er", "GEBEURD", "één", "cliënt", "financiële", "e\u{301}e\u{301}n", "\u{301}", "Ĳssel", "straße",
        "İstanbul", "KELVIN\u{212A}", "naïef", "2e", "10:30", "😀", "👩‍👩‍👧", "\u{600}x", "ΣΟΦΙΑ", "ÅÄÖ", "x\u{200D}y", "'s",
        "?", "!", ".", ",", " ", "  ", "\n", "\r\n", "\t", "-", "—", "…", "\u{A0}", "(", ")", "\"", "“", "”",
    ]

    static func sampleTexts(count: Int) -> [String] {
        var seed: UInt64 = 12
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        return (0..<count).map { _ in
            (0..<(next() % 12)).map { _ in pieces[next() % pieces.count] }.joined()
        }
    }

    @Test("folding by bytes gives the words that folding by characters gives, for any text")
    func foldingByBytes() {
        for text in Self.sampleTexts(count: 5000) + Self.pieces {
            #expect(TopicWords.fold(text) == TopicWords.foldCharacters(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("a conversation folded a line at a time gives the words of the whole conversation folded")
    func foldingLineByLine() {
        let lines = Self.sampleTexts(count: 400)
        for start in stride(from: 0, to: lines.count, by: 8) {
            let conversation = Array(lines[start..<min(lines.count, start + 8)])
            #expect(
                conversation.flatMap(TopicWords.fold) == TopicWords.fold(conversation.joined(separator: "\n")))
        }
    }

    @Test("echoes and repeated questions on folded words agree with the checks on text")
    func echoChecksOnFoldedWords() {
        let client =
            "Ik zette de bank vrijdag bij de containers neer. Op de site stond dat ze hem maandag zouden ophalen. Nu ligt hij er nog en het regent."
        let responses = [
            "ik zette de bank vrijdag bij de containers neer op de site", "U zette de bank bij de containers neer?",
            "Op de site stond dat ze hem maandag zouden ophalen, klopt dat?", "Wat is er gebeurd?",
            "Wat is er toen gebeurd?", "nu ligt hij er nog en het regent nu ligt hij er nog",
        ]
        for response in responses {
            let heard = TopicWords.fold(client)
            let said = TopicWords.fold(response)
            #expect(EchoCheck.echoedShare(said: said, heard: heard) == Self.plainEchoedShare(said: said, heard: heard))
            for other in responses {
                #expect(
                    EchoCheck.isSameQuestion(words: said, TopicWords.fold(other))
                        == EchoCheck.isSameQuestion(response, other))
            }
        }
    }

    /// The share as first written: every four-word run of the client's in a set.
    static func plainEchoedShare(said: [String], heard: [String]) -> Double {
        guard said.count >= 4, heard.count >= 4 else { return 0 }
        var grams = Set<[String]>()
        for start in 0...(heard.count - 4) { grams.insert(Array(heard[start..<start + 4])) }
        var covered = Array(repeating: false, count: said.count)
        for start in 0...(said.count - 4) where grams.contains(Array(said[start..<start + 4])) {
            for index in start..<start + 4 { covered[index] = true }
        }
        return Double(covered.filter { $0 }.count) / Double(said.count)
    }
}
