import Testing

@testable import BlancoCore

@Suite("Exercise parser")
struct ExerciseParserTests {
    func parse(_ text: String) -> Result<Exercise, ExerciseFileError> {
        ExerciseParser.parse(text: text, file: "oefening.md")
    }

    func problems(_ text: String) -> [ExerciseProblem] {
        guard case .failure(let error) = parse(text) else { return [] }
        return error.problems
    }

    func problems(bytes: [UInt8]) -> [ExerciseProblem] {
        guard case .failure(let error) = ExerciseParser.parse(bytes: bytes, file: "oefening.md") else { return [] }
        return error.problems
    }

    @Test("a valid file gives every part of the exercise")
    func validFile() throws {
        let exercise = try parse(ExerciseFixtures.valid).get()
        #expect(exercise.id == "fiets-gestolen")
        #expect(exercise.title == "De gestolen fiets")
        #expect(exercise.level == 2)
        #expect(exercise.client == Client(name: "Kees Jansen", about: "45 jaar, belt de gemeente over zijn fiets."))
        #expect(exercise.opening == "Goedemorgen. Mijn fiets is weggehaald bij het station. Er hing geen briefje.")
        #expect(exercise.film.count == 4)
        #expect(exercise.film[0].aspect == .wat)
        #expect(exercise.film[0].isKey)
        #expect(exercise.film[0].line == "Ze hebben hem met een tang losgeknipt. Het slot lag nog op de grond.")
        #expect(exercise.film[0].topicWords == ["slot", "tang", "geknipt"])
        #expect(exercise.film[2].aspect == .waar)
        #expect(!exercise.film[2].isKey)
        #expect(exercise.keyFacts.count == 2)
        #expect(exercise.lures.count == 2)
        #expect(exercise.lures[0].hint == "\"Wat belachelijk\" ligt voor op de tong. Vraag eerst wat er gebeurde.")
        #expect(exercise.reaction(to: .whyQuestion) == "Waarom? Dat doet toch iedereen zo.")
        #expect(exercise.reaction(to: .judgment) == DefaultReactions.reaction(to: .judgment))
        #expect(exercise.opinion == "Ik vind dat ze een briefje hadden moeten ophangen.")
        #expect(exercise.modelResponses.count == 2)
        #expect(exercise.reflectionQuestions == ["Welk oordeel had je klaar?"])
        #expect(exercise.idLine == 2)
    }

    @Test("an empty file is refused on line 1")
    func emptyFile() {
        let found = problems("  \n\n")
        #expect(found.map(\.line) == [1])
        #expect(found.first?.message.contains("leeg") == true)
    }

    @Test("a missing opening and film are each reported")
    func missingSections() {
        var text = ExerciseFixtures.valid
        text = text.replacing("## Opening", with: "")
        text = text.replacing("## Film", with: "## Valkuilen-oud")
        let messages = problems(text).map(\.message)
        #expect(messages.contains { $0.contains("'## Opening' ontbreekt") })
        #expect(messages.contains { $0.contains("'## Film' ontbreekt") })
    }

    @Test("a fact without the client's line names the fact's line")
    func factWithoutLine() {
        let text = ExerciseFixtures.replacing("> Bij het rek naast de bakker.\n", with: "")
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found[0].line == 28)
        #expect(found[0].message.contains("geen regel van de cliënt"))
        #expect(found[0].description.hasPrefix("oefening.md:28: fout: "))
    }

    @Test("an unknown aspect suggests the closest one")
    func unknownAspect() {
        let found = problems(ExerciseFixtures.replacing("### beleving", with: "### belevng"))
        #expect(found.count == 1)
        #expect(found[0].line == 33)
        #expect(found[0].message.contains("bedoelde je 'beleving'?"))
    }

    @Test("an unknown level is reported on its line")
    func unknownLevel() {
        let found = problems(ExerciseFixtures.replacing("niveau: 2", with: "niveau: 4"))
        #expect(found.map(\.line) == [5])
        #expect(found[0].message.contains("kies 1, 2 of 3"))
    }

    @Test("every problem is reported, not just the first")
    func allProblems() {
        var text = ExerciseFixtures.replacing("niveau: 2", with: "niveau: hoog")
        text = text.replacing("### beleving", with: "### gevoel")
        text = text.replacing("- advies:", with: "- tip:")
        #expect(problems(text).map(\.line) == [5, 33, 42])
    }

    @Test("an id that is not kebab-case is refused")
    func badID() {
        let found = problems(ExerciseFixtures.replacing("id: fiets-gestolen", with: "id: Fiets Gestolen"))
        #expect(found.map(\.line) == [2])
    }

    @Test("a mistyped metadata key suggests the right one")
    func mistypedKey() {
        let found = problems(ExerciseFixtures.replacing("titel:", with: "titl:"))
        #expect(found.contains { $0.line == 3 && $0.message.contains("bedoelde je 'titel'?") })
    }

    @Test("a BOM and CRLF line endings are accepted")
    func bomAndCRLF() throws {
        let text = ExerciseFixtures.valid.replacing("\n", with: "\r\n")
        let exercise = try ExerciseParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), file: "x.md").get()
        #expect(exercise.id == "fiets-gestolen")
        #expect(exercise.film[0].line == "Ze hebben hem met een tang losgeknipt. Het slot lag nog op de grond.")
    }

    @Test("invalid UTF-8 is reported on the line where it occurs")
    func invalidUTF8() {
        var bytes = Array(ExerciseFixtures.valid.utf8)
        let lineFour = bytes.indices.filter { bytes[$0] == 0x0A }[2] + 1
        bytes.insert(0xFF, at: lineFour + 3)
        let found = problems(bytes: bytes)
        #expect(found.map(\.line) == [4])
        #expect(found[0].message.contains("UTF-8"))
    }

    @Test("a binary file is refused")
    func binaryFile() {
        let found = problems(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
        #expect(found.count == 1)
        #expect(found[0].message.contains("geen tekstbestand"))
    }

    @Test("a file over 1 MB is refused without parsing")
    func hugeFile() {
        let found = problems(bytes: [UInt8](repeating: 0x61, count: 10_000_000))
        #expect(found.count == 1)
        #expect(found[0].message.contains("hoogstens 1 MB"))
    }

    @Test("a terminal escape sequence in a file is a problem, so it never reaches the screen")
    func escapeSequence() {
        let found = problems(
            ExerciseFixtures.replacing("Er hing geen briefje.", with: "Er hing \u{1B}[31mgeen\u{1B}[0m briefje."))
        #expect(found.map(\.line) == [13])
        #expect(found[0].message.contains("stuurteken"))
    }

    @Test("too few facts are reported at the film heading")
    func tooFewFacts() {
        var text = ExerciseFixtures.valid
        for aspect in ["### 3. waar", "### beleving"] { text = text.replacing(aspect, with: "### wie") }
        let cut = text.firstRange(of: "### wie")!.lowerBound
        let rest = text[text.firstRange(of: "## Valkuilen")!.lowerBound...]
        let found = problems(String(text[..<cut]) + rest)
        #expect(found.contains { $0.line == 15 && $0.message.contains("4 tot 8 feiten") })
    }

    @Test("a film without a key fact is refused")
    func noKeyFact() {
        let text = ExerciseFixtures.valid.replacing(" (kern)", with: "")
        #expect(problems(text).contains { $0.message.contains("minstens één feit als kern") })
    }
}
