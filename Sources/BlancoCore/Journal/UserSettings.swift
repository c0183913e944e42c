#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The trainee's remembered choices, `settings.json` beside the journal: for now the name
/// or alias that exports carry (`blanco export --name`). A missing or unreadable file is
/// empty settings; saving writes the whole file atomically.
public struct UserSettings: Sendable, Hashable, Codable {
    public static let fileName = "settings.json"

    public var name: String?

    public init(name: String? = nil) {
        self.name = name
    }

    public static func path(in directory: String) -> String { directory + "/" + fileName }

    /// The settings in a data folder; empty when there are none or they cannot be read.
    public static func load(from directory: String) -> UserSettings {
        guard let data = FileManager.default.contents(atPath: path(in: directory)),
            let settings = try? JSONDecoder().decode(UserSettings.self, from: data)
        else { return UserSettings() }
        return settings
    }

    /// Saves the settings, creating the folder if needed.
    public func save(in directory: String) throws(FileWriteError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .missingFolder(folder: directory)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let bytes = Array((try? encoder.encode(self)) ?? Data("{}".utf8)) + [0x0A]
        try AtomicFile.write(bytes, to: Self.path(in: directory), overwrite: true)
    }
}
