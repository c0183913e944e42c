import BlancoCore
import Foundation

/// Hand-in files made the way `blanco practice --hand-in` makes them: a practice session
/// played through, its journal records, the portfolio built from them, and the
/// `blanco.export/1` document written out.
enum ClassFixtures {
    static let exerciseID = "grofvuil-bank-blijft-staan"
    static let catalog = ExerciseCatalog.bundled()
    static var exercise: Exercise { catalog.exercise(id: exerciseID)! }

    /// A careful listener: open questions, no flag.
    static let careful = ["Wat is er gebeurd?", "Waar heeft u de spullen neergezet?", "Hoe was dat voor u?"]
    /// A hasty listener: a judgment, a why-question and an early opinion-question.
    static let hasty = ["Wat vervelend voor u.", "Waarom heeft u niet gebeld?", "Wat vindt u ervan?"]

    static func handIn(
        student: String?, responses: [String], attempt: String = UUID().uuidString.lowercased(),
        selfRatings: SkillRatings? = nil, hints: Int = 0, profile: Profile? = nil
    ) -> [UInt8] {
        var session = PracticeSession(exercise: exercise, profile: profile ?? .standard)
        for response in responses { session.respond(response) }
        for _ in 0..<hints { _ = session.hint() }
        let time = Date(timeIntervalSince1970: 1_796_000_000)
        var records = session.turns.map { JournalRecord.turn($0, attempt: attempt, exercise: exerciseID, time: time) }
        if let selfRatings {
            records.append(.selfAssessment(selfRatings, attempt: attempt, exercise: exerciseID, time: time))
        }
        records.append(.finished(session, attempt: attempt, time: time))
        var attempts = PortfolioBuilder(catalog: catalog.exercises).attempts(from: records).attempts
        // As `practice --hand-in` records it; without, the file is one from before the field.
        if let profile { attempts[0].profile = profile.id }
        let portfolio = Portfolio(
            student: student, generated: "2026-12-05T13:00:00Z", exerciseFilter: nil, since: nil, attempts: attempts,
            goals: [])
        return ExportDocument(portfolio, generator: "blanco test").encoded()
    }

    /// The same file with its first attempt's grade replaced, as an edited file would have.
    static func tampered(_ bytes: [UInt8], grade: Double) throws -> [UInt8] {
        var object = try JSONSerialization.jsonObject(with: Data(bytes)) as! [String: Any]
        var attempts = object["attempts"] as! [[String: Any]]
        attempts[0]["grade"] = grade
        object["attempts"] = attempts
        return Array(try JSONSerialization.data(withJSONObject: object))
    }

    /// A fresh folder under the temporary directory.
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-class-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ bytes: [UInt8], _ name: String, in folder: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    /// Every file's name, size and modification date, to show nothing was changed.
    static func snapshot(_ folder: String) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let path = folder + "/" + name
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if attributes[.type] as? FileAttributeType == .typeSymbolicLink {
                result[name] = Array((try FileManager.default.destinationOfSymbolicLink(atPath: path)).utf8)
            } else if attributes[.type] as? FileAttributeType == .typeRegular {
                result[name] = Array(FileManager.default.contents(atPath: path) ?? Data())
            } else {
                result[name] = []
            }
        }
        return result
    }
}
