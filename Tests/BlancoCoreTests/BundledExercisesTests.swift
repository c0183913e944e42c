import Foundation
import Testing

@testable import BlancoCore

@Suite("Bundled exercise set")
struct BundledExercisesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("the embedded set matches Exercises/ (else run `swift run blanco-embed`)")
    func embeddedSetIsFresh() throws {
        let directory = Self.root.appendingPathComponent("Exercises")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".md") && $0.lowercased() != "readme.md" }
        let files = try names.map {
            ($0, try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8))
        }
        let expected = BundledExerciseSource.render(files: files)
        let checkedIn = try String(
            contentsOf: Self.root.appendingPathComponent(BundledExerciseSource.generatedPath), encoding: .utf8)
        #expect(
            checkedIn == expected,
            "\(BundledExerciseSource.generatedPath) is stale: run `\(BundledExerciseSource.regenerateCommand)`")
    }

    @Test("the embedded template matches Exercises/README.md (else run `swift run blanco-embed`)")
    func embeddedTemplateIsFresh() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("Exercises/README.md"), encoding: .utf8)
        let template = try #require(BundledExerciseSource.template(inReadme: readme))
        let checkedIn = try String(
            contentsOf: Self.root.appendingPathComponent(BundledExerciseSource.templateGeneratedPath), encoding: .utf8)
        #expect(
            checkedIn == BundledExerciseSource.renderTemplate(template),
            "\(BundledExerciseSource.templateGeneratedPath) is stale: run `\(BundledExerciseSource.regenerateCommand)`")
        #expect(ExerciseSkeleton.template == template)
    }

    @Test("every bundled exercise is valid")
    func allValid() {
        let catalog = ExerciseCatalog.bundled()
        #expect(catalog.problems.map(\.description) == [])
        #expect(catalog.exercises.count == BundledExercises.files.count)
    }

    @Test("the bundled set has at least 24 exercises over at least 6 domains and all three levels")
    func coverage() {
        let exercises = ExerciseCatalog.bundled().exercises
        #expect(exercises.count >= 24)
        #expect(Set(exercises.map(\.domain)).count >= 6)
        #expect(Set(exercises.map(\.level)) == [1, 2, 3])
    }

    @Test("every bundled exercise has 4–8 facts, a key fact, lures and model responses")
    func completeness() {
        for exercise in ExerciseCatalog.bundled().exercises {
            #expect((4...8).contains(exercise.film.count), "\(exercise.id)")
            #expect(!exercise.keyFacts.isEmpty, "\(exercise.id)")
            #expect(!exercise.lures.isEmpty, "\(exercise.id) has no lures")
            #expect((2...3).contains(exercise.modelResponses.count), "\(exercise.id)")
        }
    }

    @Test("embedding survives text that looks like a raw-string delimiter")
    func delimiterSafety() {
        let tricky = "tekst met \"\"\"# en \\#(interpolatie) en \\##n erin\n"
        let source = BundledExerciseSource.render(files: [("x.md", tricky)])
        #expect(source.contains("###\"\"\"\n" + tricky + "\"\"\"###"))
    }
}

@Suite("Exercise catalog")
struct ExerciseCatalogTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("blanco-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a lecturer's exercise with a bundled id replaces the bundled one")
    func override() throws {
        let bundled = try #require(ExerciseCatalog.bundled().exercises.first)
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let own = ExerciseFixtures.replacing("id: fiets-gestolen", with: "id: \(bundled.id)")
        try own.write(to: directory.appendingPathComponent("eigen.md"), atomically: true, encoding: .utf8)
        let catalog = ExerciseCatalog.load(directory: directory.path)
        #expect(catalog.exercise(id: bundled.id)?.title == "De gestolen fiets")
        #expect(catalog.exercises.count == ExerciseCatalog.bundled().exercises.count)
    }

    @Test("one broken file is skipped with its problem, the rest still loads")
    func brokenFileSkipped() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try ExerciseFixtures.valid.write(
            to: directory.appendingPathComponent("goed.md"), atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE, 0x00]).write(to: directory.appendingPathComponent("kapot.md"))
        let catalog = ExerciseCatalog.loadFiles([directory.path])
        #expect(catalog.exercises.map(\.id) == ["fiets-gestolen"])
        #expect(catalog.problems.count == 1)
        #expect(catalog.problems[0].file.hasSuffix("kapot.md"))
    }

    @Test("a skipped file gets one warning line naming its first problem and the count of the rest")
    func oneWarningPerFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = ExerciseFixtures.replacing("niveau: 2", with: "niveau: 9").replacing(
            "### beleving", with: "### gevoel")
        try broken.write(to: directory.appendingPathComponent("twee-fouten.md"), atomically: true, encoding: .utf8)
        let warnings = ExerciseCatalog.loadFiles([directory.path]).skippedFileWarnings
        #expect(warnings.count == 1)
        #expect(warnings[0].contains("twee-fouten.md:5: onbekend niveau '9'"))
        #expect(warnings[0].contains("nog 1 fout"))
    }

    @Test("the same id in two files is reported at the second file's id line")
    func duplicateIDs() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try ExerciseFixtures.valid.write(
            to: directory.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try ExerciseFixtures.valid.write(
            to: directory.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        let catalog = ExerciseCatalog.loadFiles([directory.path])
        #expect(catalog.exercises.count == 1)
        #expect(catalog.problems.count == 1)
        #expect(catalog.problems[0].file.hasSuffix("b.md"))
        #expect(catalog.problems[0].line == 2)
        #expect(catalog.problems[0].message.contains("a.md"))
    }

    @Test("a 10 MB file is refused without reading it whole")
    func tenMegabytes() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("groot.md")
        try Data(repeating: 0x61, count: 10_000_000).write(to: path)
        let catalog = ExerciseCatalog.loadFiles([path.path])
        #expect(catalog.problems.map(\.line) == [1])
        #expect(catalog.problems[0].message.contains("10 MB"))
    }

    @Test("a folder that does not exist is one problem naming it")
    func missingFolder() {
        let catalog = ExerciseCatalog.load(directory: "/nonexistent/blanco")
        #expect(catalog.problems.map(\.file) == ["/nonexistent/blanco"])
        #expect(!catalog.exercises.isEmpty)
    }
}
