import BlancoCore
import Testing

@Suite("Practice text: slash commands, highlighted words and topic matching")
struct PracticeTextTests {
    @Test("slash commands have Dutch names and English aliases, case-insensitive")
    func dutchAndEnglishNames() {
        let pairs: [(String, String, SlashCommand)] = [
            ("/hulp", "/help", .help), ("/lijst", "/list", .list), ("/film", "/FILM", .film),
            ("/opnieuw", "/restart", .restart), ("/klaar", "/done", .done), ("/stop", "/quit", .quit),
            ("/hint", "/Hint", .hint), ("/score", " /score ", .score),
        ]
        for (dutch, english, command) in pairs {
            #expect(SlashCommand.parse(dutch) == .success(command))
            #expect(SlashCommand.parse(english) == .success(command))
        }
    }

    @Test("/oefen takes an exercise id, and works without one to show the choice")
    func practiceTakesAnID() {
        #expect(SlashCommand.parse("/oefen brief-huur") == .success(.practice(id: "brief-huur")))
        #expect(SlashCommand.parse("/practice") == .success(.practice(id: nil)))
    }

    @Test("an unknown command suggests the closest valid one")
    func unknownSuggestsClosest() {
        #expect(SlashCommand.parse("/klar") == .failure(.unknown("klar", closest: "klaar")))
        #expect(SlashCommand.parse("/hnit") == .failure(.unknown("hnit", closest: "hint")))
        if case .failure(let error) = SlashCommand.parse("/xyzzyq") {
            #expect(error.description.contains("/hulp"))
        } else {
            Issue.record("an unknown command must fail")
        }
    }

    @Test("a command that takes nothing refuses an argument and says so")
    func refusesArguments() {
        #expect(SlashCommand.parse("/film nu") == .failure(.unexpectedArgument(command: "film", argument: "nu")))
    }

    @Test("only a line starting with a slash is a command")
    func isCommand() {
        #expect(SlashCommand.isCommand("  /hint"))
        #expect(!SlashCommand.isCommand("Wat bedoel je met 1/3?"))
    }

    @Test("flagged words are wrapped in markers inside the trainee's own sentence")
    func highlightMarksSpans() {
        let response = "Wat erg voor je. Wat gebeurde er?"
        let marked = ResponseHighlight.mark(response, spans: [TextSpan(start: 4, end: 7)], open: "[[", close: "]]")
        #expect(marked == "Wat [[erg]] voor je. Wat gebeurde er?")
    }

    @Test("highlighting counts Unicode scalars, merges overlaps and neutralises control characters")
    func highlightIsSafe() {
        let response = "Café\u{1B}[31m is écht slecht"
        let start = Array(response.unicodeScalars).lastIndex(of: "s")!
        let marked = ResponseHighlight.mark(
            response, spans: [TextSpan(start: start, end: start + 4), TextSpan(start: start + 2, end: start + 7)],
            open: "<", close: ">")
        #expect(marked == "Café^[[31m is écht <slecht>")
    }

    @Test("topic words match by word start, ignoring case and accents")
    func topicMatching() {
        #expect(TopicWords.touches("Over welke BRIEVEN gaat het?", topicWords: ["brief"]))
        #expect(TopicWords.touches("Was het één keer?", topicWords: ["een"]))
        #expect(!TopicWords.touches("Wat is er gebeurd?", topicWords: ["brief"]))
    }
}

@Suite("Topic words and Dutch plurals")
struct TopicWordPluralTests {
    @Test("a topic word matches its Dutch plural even when the spelling changes")
    func plurals() {
        #expect(TopicWords.touches("Hoeveel brieven waren het?", topicWords: ["brief"]))
        #expect(TopicWords.touches("Welke huizen?", topicWords: ["huis"]))
        #expect(TopicWords.touches("Welke bomen stonden er?", topicWords: ["boom"]))
        #expect(!TopicWords.touches("Welke bom?", topicWords: ["bloem"]))
    }
}
