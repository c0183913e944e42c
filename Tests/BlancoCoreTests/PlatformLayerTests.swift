import Foundation
import Testing

/// The architecture rule that lets Blanco build on macOS without being tested there: only
/// the Platform target talks to the C library by name, so no other file can depend on what
/// Glibc has and Darwin lacks (README, "Op welke computers").
@Suite("The platform layer")
struct PlatformLayerTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// The C library modules of the platforms Swift runs on.
    static let systemModules = ["Glibc", "Darwin", "Musl", "Bionic", "Android", "WASILibc", "ucrt", "WinSDK"]

    /// Every Swift file under Sources/, by its path relative to Sources/.
    static func swiftFiles() throws -> [(path: String, text: String)] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: sources.path))
        return try enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted().map {
            ($0, try String(contentsOf: sources.appendingPathComponent($0), encoding: .utf8))
        }
    }

    /// The system module names `text` mentions as whole words.
    static func systemNames(in text: String) -> Set<String> {
        var words = Set<String>()
        var word = ""
        for character in text + " " {
            if character.isLetter || character.isNumber || character == "_" {
                word.append(character)
            } else {
                if systemModules.contains(word) { words.insert(word) }
                word = ""
            }
        }
        return words
    }

    @Test("no file outside Sources/Platform imports or names Glibc, Darwin or another C library module")
    func systemModulesOnlyInPlatform() throws {
        let files = try Self.swiftFiles()
        let platform = files.filter { $0.path.hasPrefix("Platform/") }
        // The scan sees the layer itself, so an empty or misplaced scan cannot pass.
        #expect(platform.count >= 5)
        #expect(platform.contains { Self.systemNames(in: $0.text).contains("Glibc") })
        #expect(files.count > platform.count + 100)
        for file in files where !file.path.hasPrefix("Platform/") {
            let names = Self.systemNames(in: file.text)
            #expect(names.isEmpty, "Sources/\(file.path) names \(names.sorted()); call it through Sources/Platform")
        }
    }

    @Test("the word scan finds a system module in an import, a qualified call and a condition")
    func scanFindsEveryForm() {
        #expect(Self.systemNames(in: "import Glibc") == ["Glibc"])
        #expect(Self.systemNames(in: "let r = Darwin.read") == ["Darwin"])
        #expect(Self.systemNames(in: "#if canImport(Musl)") == ["Musl"])
        #expect(Self.systemNames(in: "let darwinVersion = GlibcLike()").isEmpty)
    }

    /// The folders of the targets the `blanco` executable links (Package.swift).
    static let productTargets = ["blanco/", "BlancoCore/", "LineEditing/", "Platform/", "BlancoBuildInfo/"]

    @Test("the blanco product imports FoundationEssentials, never full Foundation where Essentials exists")
    func productUsesFoundationEssentials() throws {
        // Full Foundation brings ICU's data, tens of megabytes, into the static binary
        // (README, install); on Darwin, where there is no FoundationEssentials, it is the system's.
        let product = try Self.swiftFiles().filter { file in Self.productTargets.contains { file.path.hasPrefix($0) } }
        #expect(product.count > 100)
        for file in product {
            let imports = file.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(
                !imports.contains("import FoundationInternationalization"),
                "Sources/\(file.path) imports FoundationInternationalization")
            for index in imports.indices where imports[index] == "import Foundation" {
                let before = imports[max(0, index - 3)..<index]
                #expect(
                    Array(before) == ["#if canImport(FoundationEssentials)", "import FoundationEssentials", "#else"],
                    "Sources/\(file.path) imports Foundation; use '#if canImport(FoundationEssentials) import FoundationEssentials #else import Foundation #endif'"
                )
            }
        }
    }

    @Test("no file uses the standard library's Mutex or Atomic (macOS 15; Package.swift declares macOS 13)")
    func nothingNewerThanTheDeclaredMacOS() throws {
        for file in try Self.swiftFiles() {
            #expect(!file.text.contains("import Synchronization"), "Sources/\(file.path) imports Synchronization")
        }
    }
}
