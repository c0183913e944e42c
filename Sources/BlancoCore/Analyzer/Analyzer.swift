/// Finds judgments, interpretations, premature opinion-questions, advice, why-questions
/// and leading questions in a trainee's response, and the good moves.
///
/// PLACEHOLDER: the rule engine is being written; this version finds nothing.
public struct Analyzer: Sendable {
    public init() {}

    /// Analyzes one response given the client's words so far and the stage.
    public func analyze(_ response: String, context: String = "", stage: Stage = .opening) -> Analysis {
        Analysis(
            response: response, stage: stage, flags: [], signals: [],
            score: ResponseScore(points: 100, grade: 10.0, lines: []))
    }
}
