/// Finishing an exercise in a tmux pane, as the tests that only need the grade do it.
extension TmuxPane {
    /// How many questions `/klaar` asks before the grade: three self-ratings, the
    /// reflection and the learning goal; Enter skips each one.
    static let selfAssessmentQuestions = 5

    /// Types `/klaar`, presses Enter through the self-assessment without answering, and
    /// waits for the grade and the next prompt.
    func finishSkippingSelfAssessment() throws {
        type("/klaar")
        press("Enter")
        try waitFor("oordeel uitstellen", after: "/klaar")
        press(Array(repeating: "Enter", count: Self.selfAssessmentQuestions))
        try waitFor("Cijfer", after: "/klaar")
        try waitForPrompt(after: "/klaar")
    }
}
