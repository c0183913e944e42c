#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The C call, named apart from this file's own `write` (Glibc.write or Darwin.write).
#if canImport(Glibc)
    private let systemCallWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemCallWrite = Darwin.write
#endif

/// Writes a whole file or nothing: the bytes go to a new temporary file (`O_EXCL`) in the
/// same folder, are flushed to disk, and only then take the final name. Without
/// `overwrite` the final name is claimed with `link(2)`, which fails if a file appeared
/// there meanwhile; with it, `rename(2)` replaces the old file in one step. On any error
/// the temporary file is removed, so no partial file is ever left.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(FileWriteError) {
        guard !path.isEmpty, !path.hasSuffix("/") else { throw .notAFile(path: path) }
        var status = stat()
        if stat(path, &status) == 0 {
            if (status.st_mode & S_IFMT) == S_IFDIR { throw .notAFile(path: path) }
            if !overwrite { throw .exists(path: path) }
        }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        // A file too large for the process limit must fail with EFBIG, not kill the process.
        signal(SIGXFSZ, SIG_IGN)
        var temporary = ""
        var descriptor: Int32 = -1
        for attempt in 0..<100 {
            temporary = (folder == "/" ? "" : folder) + "/." + name + ".tmp-\(getpid())-\(attempt)"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw FileWriteError(errno: errno, path: path, folder: folder) }
        var finished = false
        defer {
            if !finished { unlink(temporary) }
        }
        do {
            defer { close(descriptor) }
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { raw in
                    systemCallWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw FileWriteError(errno: errno, path: path, folder: folder)
                }
                offset += written
            }
            guard fsync(descriptor) == 0 else { throw FileWriteError(errno: errno, path: path, folder: folder) }
        }
        if overwrite {
            guard rename(temporary, path) == 0 else { throw FileWriteError(errno: errno, path: path, folder: folder) }
        } else {
            guard link(temporary, path) == 0 else {
                throw errno == EEXIST ? .exists(path: path) : FileWriteError(errno: errno, path: path, folder: folder)
            }
            unlink(temporary)
        }
        finished = true
    }
}

/// Why an export file could not be written, as one Dutch line naming the file.
public enum FileWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    case exists(path: String)
    case notAFile(path: String)
    case missingFolder(folder: String)
    case noPermission(folder: String)
    case diskFull(path: String)
    case failed(path: String, reason: String)

    init(errno code: Int32, path: String, folder: String) {
        switch code {
        case ENOENT, ENOTDIR: self = .missingFolder(folder: folder)
        case EACCES, EPERM, EROFS: self = .noPermission(folder: folder)
        case ENOSPC, EDQUOT, EFBIG: self = .diskFull(path: path)
        case EISDIR: self = .notAFile(path: path)
        default: self = .failed(path: path, reason: String(cString: strerror(code)))
        }
    }

    public var description: String {
        switch self {
        case .exists(let path):
            "\(path) bestaat al; kies een andere naam, of gebruik --force om het te vervangen"
        case .notAFile(let path):
            "\(path) is een map of geen geldige bestandsnaam; geef een bestandsnaam, zoals portfolio.html"
        case .missingFolder(let folder):
            "de map \(folder) bestaat niet; maak hem eerst aan of kies een andere map"
        case .noPermission(let folder):
            "je mag niet schrijven in de map \(folder); kies een andere map"
        case .diskFull(let path):
            "\(path) kon niet worden geschreven: de schijf is vol (er is niets achtergelaten)"
        case .failed(let path, let reason):
            "\(path) kon niet worden geschreven (\(reason)); er is niets achtergelaten"
        }
    }
}
