import Platform

/// Writes a whole file or nothing: the bytes go to a new temporary file (`O_EXCL`) in the
/// same folder, are flushed to disk, and only then take the final name. Without
/// `overwrite` the final name is claimed with `link(2)`, which fails if a file appeared
/// there meanwhile; with it, `rename(2)` replaces the old file in one step. On any error
/// the temporary file is removed, so no partial file is ever left.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(FileWriteError) {
        guard !path.isEmpty, !path.hasSuffix("/") else { throw .notAFile(path: path) }
        if case .success(let status) = FileSystem.status(atPath: path) {
            if status.kind == .directory { throw .notAFile(path: path) }
            if !overwrite { throw .exists(path: path) }
        }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        func failure(_ error: SystemError) -> FileWriteError { FileWriteError(error, path: path, folder: folder) }
        // A file too large for the process limit must fail with EFBIG, not kill the process.
        Platform.ignoreFileSizeLimitSignal()
        let (temporary, descriptor) = try createTemporary(folder: folder, name: name, failure: failure)
        var finished = false
        defer {
            if !finished { FileSystem.remove(temporary) }
        }
        do {
            defer { descriptor.close() }
            if case .failure(let error) = descriptor.write(bytes).flatMap({ descriptor.synchronize() }) {
                throw failure(error)
            }
        }
        if overwrite {
            if case .failure(let error) = FileSystem.rename(temporary, to: path) { throw failure(error) }
        } else {
            if case .failure(let error) = FileSystem.link(temporary, to: path) {
                throw error.isAlreadyExists ? .exists(path: path) : failure(error)
            }
            FileSystem.remove(temporary)
        }
        finished = true
    }

    /// A new file `.NAME.tmp-PID-N` in `folder`, created exclusively (so nothing already
    /// there is ever opened), with the first N from 0 to 99 that is free.
    private static func createTemporary(
        folder: String, name: String, failure: (SystemError) -> FileWriteError
    ) throws(FileWriteError) -> (String, FileDescriptor) {
        var attempt = 0
        while true {
            let temporary = (folder == "/" ? "" : folder) + "/." + name + ".tmp-\(Platform.processID)-\(attempt)"
            switch FileDescriptor.create(exclusive: temporary, permissions: 0o644) {
            case .success(let descriptor): return (temporary, descriptor)
            case .failure(let error) where error.isAlreadyExists && attempt < 99: attempt += 1
            case .failure(let error): throw failure(error)
            }
        }
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

    init(_ error: SystemError, path: String, folder: String) {
        if error.isMissingFolder {
            self = .missingFolder(folder: folder)
        } else if error.isPermission {
            self = .noPermission(folder: folder)
        } else if error.isOutOfSpace {
            self = .diskFull(path: path)
        } else if error.isDirectory {
            self = .notAFile(path: path)
        } else {
            self = .failed(path: path, reason: error.sentence)
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
