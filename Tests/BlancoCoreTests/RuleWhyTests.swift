import Testing

@testable import BlancoCore

/// A rule writer reads a pattern's `why:` to learn what wording it catches and why that
/// wording belongs to the rule (`analyze --uitleg` shows it under "waarom"). The rule files
/// were first written by a converter that put a placeholder there; these tests keep every
/// bundled why a real one.
@Suite("Rule whys")
struct RuleWhyTests {
    /// Wording of the converter's placeholder: "Made for wording like '…' (added in commit
    /// 842813c; its message says why)." or "… (issue 10)."
    static let placeholderMarks = ["made for wording like", "its message says why", "added in commit"]

    static func isPlaceholder(_ why: String) -> Bool {
        let text = why.trimmingCharacters(in: .whitespaces).lowercased()
        return text.isEmpty || placeholderMarks.contains { text.contains($0) }
    }

    @Test("the converter's placeholder and an empty why are recognised; a written why is not")
    func placeholderIsRecognised() {
        #expect(
            Self.isPlaceholder(
                "Made for wording like 'kon er niks aan doen' (added in commit 842813c; its message says why)."))
        #expect(Self.isPlaceholder("Made for wording like 'doet wonderen' (issue 10)."))
        #expect(Self.isPlaceholder("  "))
        #expect(
            !Self.isPlaceholder(
                "\"Het ligt echt niet aan u\": clearing a person of blame is a verdict on who is at fault."))
    }

    @Test("every pattern and exception of the bundled rules says in its own words why it exists")
    func everyWhyIsWritten() throws {
        var placeholders: [String] = []
        for rule in try RuleFilesTests.loaded().rules {
            for family in rule.patterns where Self.isPlaceholder(family.why) {
                placeholders.append("\(rule.id) pattern \(family.name): \(family.why)")
            }
            for exception in rule.exceptions where Self.isPlaceholder(exception.why) {
                placeholders.append("\(rule.id) exception \(exception.name): \(exception.why)")
            }
        }
        #expect(
            placeholders.isEmpty,
            "write a why (see 'why:' in Rules/README.md) for \(placeholders.count):\n\(placeholders.joined(separator: "\n"))"
        )
    }
}
