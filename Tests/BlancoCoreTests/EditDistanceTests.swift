import Testing

@testable import BlancoCore

@Suite("Edit distance")
struct EditDistanceTests {
    @Test("a one-letter typo suggests the command")
    func typo() {
        #expect(EditDistance.closest(to: "lisst", in: ["list", "validate"]) == "list")
    }

    @Test("an unrelated word suggests nothing")
    func unrelated() {
        #expect(EditDistance.closest(to: "koffie", in: ["list", "rules"]) == nil)
    }
}
