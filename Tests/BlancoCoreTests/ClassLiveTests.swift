import BlancoCore
import DisplayText
import Foundation
import Testing

@Suite("the live projector view (state and screen)")
struct ClassLiveTests {
    func feed(_ files: [(String, [UInt8])]) throws -> ClassLiveFeed {
        let folder = try ClassFixtures.folder()
        for (name, bytes) in files { try ClassFixtures.write(bytes, name, in: folder) }
        var feed = ClassLiveFeed(paths: [folder], catalog: ClassFixtures.catalog)
        feed.refresh()
        return feed
    }

    let analyze: (String) -> Analysis = { Analyzer().analyze($0, context: ClassFixtures.exercise.opening) }

    @Test("keys: answers toggle, arrows step within bounds, t types and Enter analyses, o cycles exercises, q quits")
    func keys() {
        var state = ClassLiveState()
        #expect(state.handle(.text("a"), answers: 3, exercises: 1, analyze: analyze) == .redraw)
        #expect(state.panel == .answers)
        _ = state.handle(.text("a"), answers: 3, exercises: 1, analyze: analyze)
        #expect(state.panel == .overview)
        _ = state.handle(.right, answers: 3, exercises: 1, analyze: analyze)
        #expect(state.panel == .step(0))
        for _ in 0..<5 { _ = state.handle(.right, answers: 3, exercises: 1, analyze: analyze) }
        #expect(state.panel == .step(2), "stepping stops at the last answer")
        _ = state.handle(.left, answers: 3, exercises: 1, analyze: analyze)
        #expect(state.panel == .step(1))
        #expect(state.handle(.right, answers: 0, exercises: 1, analyze: analyze) == .ignored)

        _ = state.handle(.text("t"), answers: 3, exercises: 1, analyze: analyze)
        _ = state.handle(.text("Waarom qqq"), answers: 3, exercises: 1, analyze: analyze)
        _ = state.handle(.deleteWord, answers: 3, exercises: 1, analyze: analyze)
        _ = state.handle(.text("belde u niet?"), answers: 3, exercises: 1, analyze: analyze)
        _ = state.handle(.enter, answers: 3, exercises: 1, analyze: analyze)
        guard case .typed(let text, let analysis) = state.panel else {
            Issue.record("expected a typed answer, got \(state.panel)")
            return
        }
        #expect(text == "Waarom belde u niet?", "q while typing is text, not quit")
        #expect(analysis.categories.contains(.whyQuestion))

        #expect(state.handle(.text("o"), answers: 3, exercises: 1, analyze: analyze) == .ignored)
        _ = state.handle(.text("o"), answers: 3, exercises: 2, analyze: analyze)
        #expect(state.exerciseIndex == 1)
        _ = state.handle(.text("o"), answers: 3, exercises: 2, analyze: analyze)
        #expect(state.exerciseIndex == 0)
        #expect(state.handle(.text("q"), answers: 3, exercises: 2, analyze: analyze) == .quit)
        #expect(state.handle(.cancel, answers: 3, exercises: 2, analyze: analyze) == .quit)
    }

    @Test("the screen fills the window exactly, never wider, keys on the last line, and no name unless asked")
    func screen() throws {
        let feed = try self.feed([
            ("a.json", ClassFixtures.handIn(student: "Geheime Naam", responses: ClassFixtures.hasty)),
            ("b.json", ClassFixtures.handIn(student: "Andere Naam", responses: ClassFixtures.careful)),
        ])
        var state = ClassLiveState()
        for (width, height) in [(100, 40), (60, 20), (30, 10)] {
            for panel in [ClassLiveState.Panel.overview, .answers, .step(1)] {
                state.panel = panel
                let lines = ClassLiveScreen.render(feed, state: state, width: width, height: height)
                #expect(lines.count == height)
                #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width)×\(height) \(panel)")
                #expect(lines.last?.hasPrefix("a antwoorden") == true)
                #expect(!lines.joined().contains("Naam"))
            }
        }
        state.panel = .overview
        let overview = ClassLiveScreen.render(feed, state: state, width: 100, height: 40).joined(separator: "\n")
        #expect(overview.contains("2 inleveringen"))
        #expect(overview.contains("wat vervelend ×1"))
        #expect(overview.contains("mediaan"))

        var named = ClassLiveState(showNames: true)
        named.panel = .step(0)
        #expect(ClassLiveScreen.render(feed, state: named, width: 100, height: 40).joined().contains("Geheime Naam"))
    }

    @Test("a refresh reports a change only when the folder changed, and a hand-in with escape codes is drawn harmless")
    func refresh() throws {
        let folder = try ClassFixtures.folder()
        var feed = ClassLiveFeed(paths: [folder], catalog: ClassFixtures.catalog)
        feed.refresh()
        let unchanged = feed.refresh()
        #expect(!unchanged)
        try ClassFixtures.write(
            ClassFixtures.handIn(student: nil, responses: ["Wat vervelend \u{1B}[2J\u{1B}]0;x\u{07} voor u."]),
            "x.json", in: folder)
        let arrived = feed.refresh()
        #expect(arrived)
        let again = feed.refresh()
        #expect(!again)
        var state = ClassLiveState()
        state.panel = .answers
        let screen = ClassLiveScreen.render(feed, state: state, width: 100, height: 30).joined(separator: "\n")
        #expect(!screen.contains("\u{1B}"))
        #expect(screen.contains("^["))
    }
}
