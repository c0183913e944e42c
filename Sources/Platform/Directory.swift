#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Folders: listing one (with its failures told, so an unreadable folder is an error and
/// not an empty one) and creating one with private permissions.
public enum Directory {
    public struct Entry: Sendable, Hashable {
        public let name: String
        /// The kind of the entry itself: a symbolic link is `.symbolicLink`.
        public let kind: FileStatus.Kind
    }

    /// The entries of the folder at `path`, without `.` and `..`, sorted by name.
    public static func entries(_ path: String) -> Result<[Entry], SystemError> {
        guard let stream = opendir(path) else { return .failure(.current) }
        defer { closedir(stream) }
        var entries: [Entry] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { return .failure(.current) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            entries.append(Entry(name: name, kind: RegularFile.kind(atPath: full) ?? .other))
        }
        return .success(entries.sorted { $0.name < $1.name })
    }

    /// Creates the folder and any missing parents, each readable by the user only (or with
    /// the `permissions` given, as in `chmod`: 0o755 for a folder others may read).
    public static func create(_ path: String, permissions: Int = 0o700) -> Result<Void, SystemError> {
        var partial = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, mode_t(permissions)) != 0, errno != EEXIST { return .failure(.current) }
        }
        return .success(())
    }
}
