import BlancoCore
import Foundation
import Testing

@Suite("The portfolio read from the journal")
struct PortfolioTests {
    @Test("attempts come in journal order with their turns, grade parts, film and hints")
    func attempts() {
        let portfolio = ExportFixtures.portfolio()
        #expect(portfolio.attempts.map(\.shortID) == ["aaaa1111", "bbbb2222"])
        let first = portfolio.attempts[0]
        #expect(first.turns.map(\.number) == [1, 2, 3, 4])
        #expect(first.grade == 6.2)
        #expect(first.gradeParts.map(\.label) == ["blanco", "film"])
        #expect(first.keyFactsFound == 2 && first.hints == 1)
        #expect(first.turns[0].flags.first?.rule == "nl.judgment.exclamation")
    }

    @Test("a later self-assessment supersedes the earlier one; nothing of it is merged")
    func supersede() {
        let first = ExportFixtures.portfolio().attempts[0]
        #expect(first.selfRatings?[.deferJudgment] == 1)
        #expect(first.selfRatings?[.askForFilm] == 5)
        #expect(first.selfRatings?[.opinionTiming] == nil)
        #expect(first.reflection == "Ik oordeelde <b>te snel</b> & vroeg waarom.")
    }

    @Test("an empty reflection clears the earlier one")
    func clearedReflection() {
        let records =
            ExportFixtures.records + [
                .reflection(
                    "", attempt: "aaaa1111-first", exercise: ExportFixtures.exerciseID, time: ExportFixtures.date(20))
            ]
        #expect(ExportFixtures.portfolio(records: records).attempts[0].reflection == nil)
    }

    @Test("coach: two of four turns hold a judgment-type flag, so oordeel uitstellen is 1 + ⌊4 × 3/4⌋ = 4")
    func coachDeferJudgment() {
        // Turn 3 is a why-question, which is not a judgment-type flag; only turn 1 counts.
        #expect(ExportFixtures.portfolio().attempts[0].coachRatings[.deferJudgment] == 4)
    }

    @Test("coach: doorvragen counts asking turns before the film was complete, and the key facts heard")
    func coachAskForFilm() {
        // Before completion: turns 1–3; only turn 2 asks well (1/3); key facts 2/2.
        // 1 + ⌊4 × (1/3 + 1) / 2⌋ = 1 + ⌊2.67⌋ = 3.
        #expect(ExportFixtures.portfolio().attempts[0].coachRatings[.askForFilm] == 3)
        // Second attempt: 1/2 asking turns (mm is no question) before completion, 2/2 facts: 1 + ⌊3⌋ = 4.
        #expect(ExportFixtures.portfolio().attempts[1].coachRatings[.askForFilm] == 4)
    }

    @Test("coach: the opinion asked once the film is complete is a 5; never asked is a 3; each premature one costs 1")
    func coachOpinion() {
        let portfolio = ExportFixtures.portfolio()
        #expect(portfolio.attempts[0].coachRatings[.opinionTiming] == 5)
        #expect(portfolio.attempts[1].coachRatings[.opinionTiming] == 3)
        let premature = JournalFlag(
            category: "premature-opinion", rule: "r", severity: "major", start: 0, end: 3, text: "Wat")
        let turns = [
            PortfolioTurn(
                number: 1, time: "t", response: "Wat vindt u?", points: 40, categories: ["premature-opinion"],
                flags: [premature, premature], moves: [], filmComplete: false)
        ]
        #expect(CoachRatings.rate(turns, keyFactsFound: 0, keyFactsTotal: 2)[.opinionTiming] == 1)
    }

    @Test("turns saved before the journal kept good moves get only the judgment rating")
    func oldTurns() {
        var record = JournalRecord(kind: .turn, attempt: "old", exercise: "x", time: "2026-01-01T10:00:00Z")
        record.turn = 1
        record.response = "Wat erg."
        record.categories = ["judgment"]
        record.points = 50
        let attempt = PortfolioBuilder(catalog: []).attempts(from: [record]).attempts[0]
        #expect(attempt.coachRatings[.deferJudgment] == 1)
        #expect(attempt.coachRatings[.askForFilm] == nil)
        #expect(attempt.turns[0].flags.isEmpty)
    }

    @Test("a goal naming why-questions is met when later attempts have fewer per turn")
    func goalMet() throws {
        let goal = try #require(ExportFixtures.portfolio().goals.first)
        #expect(goal.category == "why-question")
        #expect(goal.before == LearningGoal.Rate(flags: 1, turns: 4))
        #expect(goal.after == LearningGoal.Rate(flags: 0, turns: 2))
        #expect(goal.status == .met)
    }

    @Test("goal words name categories however they are written; a goal without one is for the trainee to judge")
    func goalCategories() {
        #expect(LearningGoal.category(in: "minder waaromvragen") == .whyQuestion)
        #expect(LearningGoal.category(in: "Geen adviezen meer geven") == .advice)
        #expect(LearningGoal.category(in: "mijn oordeel voor me houden") == .judgment)
        #expect(LearningGoal.category(in: "pas aan het eind naar de mening vragen") == .prematureOpinion)
        #expect(LearningGoal.category(in: "rustiger praten") == nil)
        let goal = LearningGoal(text: "rustiger praten", attempt: "a", set: "t", origin: nil, later: [])
        #expect(goal.status == .noCategory)
    }

    @Test("a goal with no attempt after it is not yet practised; one with as many flags per turn is not met")
    func goalNotYet() {
        let origin = ExportFixtures.portfolio().attempts[0]
        #expect(
            LearningGoal(text: "minder waarom", attempt: origin.id, set: "t", origin: origin, later: []).status
                == .notYetPractised)
        #expect(
            LearningGoal(text: "minder waarom", attempt: origin.id, set: "t", origin: origin, later: [origin]).status
                == .notMet)
    }

    @Test("--exercise and --since choose attempts; a day before every attempt keeps them all")
    func filters() {
        let records = ExportFixtures.records
        #expect(PortfolioBuilder(catalog: [], exerciseFilter: "other").attempts(from: records).attempts.isEmpty)
        #expect(PortfolioBuilder(catalog: [], since: "2026-11-26").attempts(from: records).attempts.isEmpty)
        #expect(PortfolioBuilder(catalog: [], since: "2026-11-25").attempts(from: records).attempts.count == 2)
    }

    @Test("a journal with a torn last line still gives every whole attempt")
    func tornJournal() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "blanco-export-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let journal = Journal(directory: directory)
        for record in ExportFixtures.records { try journal.append(record) }
        let handle = try #require(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"attempt":"cccc","exer"#.utf8))
        try handle.close()
        let contents = try journal.records()
        #expect(contents.warnings.count == 1)
        let portfolio = PortfolioBuilder(catalog: []).portfolio(
            from: contents.records, student: nil, generated: "2026-11-26T09:00:00Z")
        #expect(portfolio.attempts.count == 2)
        for format in ExportFormat.allCases {
            #expect(!format.render(portfolio, generator: "blanco test").isEmpty)
        }
    }

    @Test("the summary counts per exercise, grades over time and categories earlier and later")
    func summary() throws {
        let summary = PortfolioSummary(ExportFixtures.portfolio())
        #expect(summary.exercises.first?.attempts == 2)
        #expect(summary.exercises.first?.bestGrade == 8.4)
        #expect(summary.grades == [6.2, 8.4])
        let judgment = try #require(summary.categories.first { $0.category == .judgment })
        #expect(judgment.total == 1)
        #expect(judgment.earlierPerTenTurns == 2.5)
        #expect(judgment.laterPerTenTurns == 0)
    }

    @Test("self-ratings are whole numbers 1 to 5; Enter skips; --zelf takes three with - to skip one")
    func ratingParsing() throws {
        #expect(try SkillRatings.parseRating(" 4 ").get() == 4)
        #expect(try SkillRatings.parseRating("").get() == nil)
        #expect((try? SkillRatings.parseRating("6").get()) == nil)
        #expect((try? SkillRatings.parseRating("4,5").get()) == nil)
        let list = try SkillRatings(parsingList: "4,-,2")
        #expect(list[.deferJudgment] == 4 && list[.askForFilm] == nil && list[.opinionTiming] == 2)
        #expect(throws: SkillRatings.RatingError.self) { try SkillRatings(parsingList: "4,3") }
    }
}
