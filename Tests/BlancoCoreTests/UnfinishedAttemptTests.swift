import Testing

@testable import BlancoCore

@Suite("Replaying an unfinished attempt")
struct UnfinishedAttemptTests {
    let attempt = UnfinishedAttempt(
        attempt: "a1", exercise: PracticeFixtures.exercise.id,
        responses: ["Wat is er gebeurd?", "Wanneer was dat?", "Wie was er bij?"])

    @Test("a replay gives every response again, in order")
    func replaysEveryTurn() throws {
        let session = try #require(attempt.replay(into: PracticeSession(exercise: PracticeFixtures.exercise)))
        #expect(session.turns.map(\.response) == attempt.responses)
    }

    @Test("a replay asked to stop (Ctrl-C) ends before the next turn and gives nothing half-done")
    func stopsWhenAsked() {
        var asked = 0
        let session = attempt.replay(into: PracticeSession(exercise: PracticeFixtures.exercise)) {
            asked += 1
            return asked == 2
        }
        #expect(session == nil)
        #expect(asked == 2, "asked before each turn, and no more once it said stop")
    }
}
