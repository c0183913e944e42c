import Foundation
import Testing

/// The self-assessment at `/klaar` as a student meets it in a real terminal: rate, reflect,
/// see self next to coach, export the attempt, and find the goal at the next start.
@Suite(
    "Self-assessment in a real terminal (tmux)", .serialized,
    .enabled(if: TmuxPane.isInstalled, "tmux is not installed: apt-get install -y tmux to run these tests"))
struct TmuxReflectionTests {
    @Test(
        "finish, rate yourself and reflect before the grade, see self vs coach, /export writes the attempt, the goal returns"
    )
    func selfAssessmentAndExport() throws {
        let folders = try PracticeFolders()
        let workFolder = try TemporaryFolder()
        let pane = try TmuxPane.startPractice(folders, directory: workFolder.url)
        defer { pane.shutDown() }
        try pane.respond("Wat erg voor u.", expecting: "oordeel")
        try pane.respond("Wat is er gebeurd?", expecting: "bouwvakkers")

        pane.type("/klaar")
        pane.press("Enter")
        try pane.waitFor("oordeel uitstellen (", after: "/klaar")
        #expect(
            try !pane.screen(after: "/klaar").contains("Cijfer"),
            "the grade waits until the student has rated themselves")
        pane.type("5")
        pane.press("Enter")
        try pane.waitFor("doorvragen naar de film (", after: "/klaar")
        pane.type("3")
        pane.press("Enter")
        try pane.waitFor("de mening op het goede moment (", after: "/klaar")
        pane.press("Enter")
        try pane.waitFor("reflectie>", after: "/klaar")
        pane.type("Ik oordeelde meteen.")
        pane.press("Enter")
        try pane.waitFor("leerdoel>", after: "/klaar")
        pane.type("minder oordelen")
        pane.press("Enter")
        try pane.waitFor("Jij en de coach", after: "/klaar")
        try pane.waitForPrompt(after: "Jij en de coach")

        let debrief = try pane.screen(after: "/klaar")
        #expect(debrief.contains("Cijfer"))
        // One of two turns held a judgment: the coach gives 1 + ⌊4 × 1/2⌋ = 3 against the student's 5.
        #expect(debrief.range(of: #"oordeel uitstellen +5 +3"#, options: .regularExpression) != nil, "\(debrief)")
        #expect(debrief.contains("de coach ziet hier nog ruimte om te groeien"))
        #expect(debrief.range(of: #"de mening op het goede moment +– +\d"#, options: .regularExpression) != nil)
        #expect(debrief.contains("Je reflectie: Ik oordeelde meteen."))

        pane.type("/export")
        pane.press("Enter")
        try pane.waitFor("Je poging staat in", after: "/export")
        try pane.waitForPrompt(after: "/export")
        let files = try FileManager.default.contentsOfDirectory(atPath: workFolder.url.path)
        let exported = try #require(
            files.first { $0.hasPrefix("blanco-\(TmuxFixture.exerciseID)-") && $0.hasSuffix(".html") })
        let html = try String(contentsOf: workFolder.url.appendingPathComponent(exported), encoding: .utf8)
        #expect(html.contains("<html lang=\"nl\">"))
        #expect(html.contains("Ik oordeelde meteen."))
        #expect(html.contains("<mark class=\"cat-judgment\""))

        pane.type("/oefen \(TmuxFixture.exerciseID)")
        pane.press("Enter")
        try pane.waitFor("Je leerdoel: “minder oordelen”", after: "/oefen")
        try pane.waitForPrompt(after: "/oefen")
        pane.press("C-d")
        #expect(try pane.waitForExit() == 0)

        let journal = try TmuxFixture.journalText(in: folders.home.url)
        #expect(journal.contains(#""kind":"self-assessment""#))
        #expect(journal.contains(#""defer-judgment":5"#))
        #expect(journal.contains(#""text":"Ik oordeelde meteen.""#))
        #expect(journal.contains(#""kind":"goal""#))
    }
}
