#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The JSON export, `"schema": "blanco.export/1"`: the whole portfolio for a lecturer's
/// tools and the class features. Decodable too, so a reader (and the README's example
/// test) checks a file against the same definition that writes it. Fields without a
/// value are left out; readers must accept fields they do not know (later versions of
/// `/1` may add some, never remove or rename one).
public struct ExportDocument: Codable, Sendable, Hashable {
    public static let schemaID = "blanco.export/1"

    /// The student's name or alias, absent in an anonymous export.
    public struct Student: Codable, Sendable, Hashable {
        public let name: String
    }

    /// The `--exercise` and `--since` the export was made with.
    public struct Filter: Codable, Sendable, Hashable {
        public let exercise: String?
        public let since: String?
    }

    /// A skill's id and Dutch name, so a reader can label the ratings.
    public struct SkillName: Codable, Sendable, Hashable {
        public let id: String
        public let name: String
    }

    public let schema: String
    /// `blanco 0.1.0`.
    public let generator: String
    /// ISO 8601 UTC.
    public let generated: String
    public let student: Student?
    public let filter: Filter
    public let skills: [SkillName]
    public let attempts: [PortfolioAttempt]
    public let goals: [LearningGoal]

    public init(_ portfolio: Portfolio, generator: String) {
        schema = Self.schemaID
        self.generator = generator
        generated = portfolio.generated
        student = portfolio.student.map(Student.init)
        filter = Filter(exercise: portfolio.exerciseFilter, since: portfolio.since)
        skills = Skill.allCases.map { SkillName(id: $0.rawValue, name: $0.dutchName) }
        attempts = portfolio.attempts
        goals = portfolio.goals
    }

    /// Why a file is not a `blanco.export/1` document.
    public struct InvalidDocument: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Reads a document, refusing any other schema.
    public static func decode(_ data: Data) throws -> ExportDocument {
        let document: ExportDocument
        do {
            document = try JSONDecoder().decode(ExportDocument.self, from: data)
        } catch {
            throw InvalidDocument(description: "geen geldig blanco-exportbestand: \(error)")
        }
        guard document.schema == schemaID else {
            throw InvalidDocument(description: "onbekend schema '\(document.schema)'; verwacht '\(schemaID)'")
        }
        return document
    }

    /// Pretty-printed JSON with sorted keys, ending in a newline.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every field is a plain value, so encoding cannot fail.
        return Array((try? encoder.encode(self)) ?? Data("{}".utf8)) + [0x0A]
    }
}
