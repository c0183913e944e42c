import BlancoCore
import Foundation
import Testing

@Suite("the class report schema in the README")
struct ClassReportSchemaTests {
    /// The README's `blanco.klasrapport/1` section.
    static func documentation() throws -> String {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: "### The class report schema (`blanco.klasrapport/1`)"))
        let rest = text[start.upperBound...]
        let end = rest.range(of: "\n### ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test("every field the README documents is in a real report, and every field of a report is documented")
    func documentedFields() throws {
        let folder = try ClassFixtures.folder()
        var ratings = SkillRatings()
        ratings[.deferJudgment] = 4
        try ClassFixtures.write(
            ClassFixtures.handIn(student: "Anna", responses: ClassFixtures.hasty, selfRatings: ratings), "a.json",
            in: folder)
        try ClassFixtures.write(
            try ClassFixtures.tampered(
                ClassFixtures.handIn(student: "Bram", responses: ClassFixtures.careful), grade: 2), "b.json", in: folder
        )
        try ClassFixtures.write(Array("kapot".utf8), "c.json", in: folder)
        var collector = HandInCollector()
        let scan = collector.scan([folder])
        let report = ClassReport.build(
            handIns: scan.handIns, skipped: scan.skipped, catalog: ClassFixtures.catalog, anonymous: false)
        let object = try JSONSerialization.jsonObject(
            with: Data(ClassReportJSON().render(report, generator: "blanco test")))

        var keys: Set<String> = []
        func collect(_ value: Any, underCategories: Bool = false) {
            if let dictionary = value as? [String: Any] {
                for (key, inner) in dictionary {
                    if !underCategories { keys.insert(key) }
                    collect(
                        inner, underCategories: ["categories", "handInsPerCategory", "profiles"].contains(key))
                }
            } else if let array = value as? [Any] {
                for inner in array { collect(inner) }
            }
        }
        collect(object)
        let documentation = try Self.documentation()
        var documented: Set<String> = []
        var remaining = documentation[...]
        while let open = remaining.firstIndex(of: "`") {
            let after = remaining[remaining.index(after: open)...]
            guard let close = after.firstIndex(of: "`") else { break }
            let word = String(after[..<close])
            if word.allSatisfy({ $0.isLetter }) { documented.insert(word) }
            remaining = after[after.index(after: close)...]
        }
        for key in keys {
            #expect(documented.contains(key), "'\(key)' is in the report but not documented")
        }
        let fieldNames = documented.subtracting([
            "strong", "pitfall", "judgment", "interpretation", "advice", "anonymous",
        ])
        for field in fieldNames where field.first?.isLowercase == true {
            #expect(keys.contains(field), "'\(field)' is documented but not in the report")
        }
        #expect(keys.contains("anonymous"))
    }
}
