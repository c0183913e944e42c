import Testing

@Suite("blanco rules")
struct RulesCommandTests {
    @Test("lists every rule with its message and an example")
    func listsRules() throws {
        let result = try Blanco.run(["rules"])
        #expect(result.status == 0)
        for id in [
            "nl.judgment.exclamation", "nl.interpretation.feeling-attributed", "nl.opinion.vinden", "nl.advice.must",
            "nl.why.own-action", "nl.leading.tag-word",
        ] {
            #expect(result.stdout.contains(id))
        }
        #expect(result.stdout.contains("Voorbeeld: \u{201C}"))
        #expect(result.stdout.contains("Blanco alternatief:"))
    }

    @Test("the Dutch alias regels filters by category, also by its Dutch name")
    func filtersByCategory() throws {
        let result = try Blanco.run(["regels", "--category", "oordeel"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("nl.judgment."))
        #expect(!result.stdout.contains("nl.advice."))
    }

    @Test("an unknown rule id suggests the closest and exits 64")
    func unknownRule() throws {
        let result = try Blanco.run(["rules", "nl.judgment.exclamatoin"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("bedoelde je 'nl.judgment.exclamation'?"))
    }
}
