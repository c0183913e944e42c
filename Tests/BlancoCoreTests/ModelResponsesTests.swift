import Testing

@testable import BlancoCore

/// The bundled exercises' model responses are blank listening by definition: a false alarm
/// on any of them would scold exactly what the exercise teaches.
@Suite("Model responses of the bundled exercises")
struct ModelResponsesTests {
    static let cases: [(id: String, opening: String, response: String)] = ExerciseCatalog.bundled().exercises.flatMap {
        exercise in exercise.modelResponses.map { (exercise.id, exercise.opening, $0) }
    }

    @Test("every model response gets no flag and is recognised as a good move", arguments: cases.indices)
    func blank(index: Int) {
        let item = Self.cases[index]
        let analysis = Analyzer().analyze(item.response, context: item.opening, stage: .opening)
        #expect(
            analysis.flags.isEmpty,
            "\(item.id): \(item.response) → \(analysis.flags.map { "\($0.ruleID) '\($0.text)'" })")
        #expect(!analysis.signals.isEmpty, "\(item.id): \(item.response) has no good-move signal")
    }

    @Test("there are model responses to check")
    func nonEmpty() {
        #expect(Self.cases.count >= 48)
    }
}
