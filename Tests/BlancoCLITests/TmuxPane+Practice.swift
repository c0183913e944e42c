import Foundation

/// Practising in a tmux pane, as the terminal tests share it: start on the fixture
/// exercise, answer the client, finish when only the grade matters.
extension TmuxPane {
    /// `blanco practice` on the fixture exercise in a fresh pane, at its first prompt.
    static func startPractice(_ folders: PracticeFolders, directory: URL? = nil) throws -> TmuxPane {
        let pane = try start(arguments: folders.arguments, home: folders.home.url, directory: directory)
        do {
            try pane.waitForPrompt()
        } catch {
            pane.shutDown()
            throw error
        }
        return pane
    }

    /// Types `line` and Enter, and waits for `expected` after it and then the next prompt.
    func respond(_ line: String, expecting expected: String) throws {
        type(line)
        press("Enter")
        try waitFor(expected, after: line)
        try waitForPrompt(after: line)
    }

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
