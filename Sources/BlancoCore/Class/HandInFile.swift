import Platform

/// Reads one hand-in file the safe way: only a regular file (a symlink, a folder, a
/// device or a pipe is refused without opening it for reading), never more than
/// `maximumSize` bytes, and never written to.
public enum HandInFile {
    /// A hand-in of 30 responses is about 40 kB; 4 MB leaves room for a whole portfolio.
    public static let maximumSize = 4 * 1024 * 1024

    /// What identifies a file's current contents, so an unchanged file is not read twice.
    public struct Fingerprint: Sendable, Hashable {
        let device: UInt64
        let inode: UInt64
        let size: Int
        /// The modification time in nanoseconds (`FileStatus.modificationStamp`).
        let modified: Int
    }

    /// A directory entry as `lstat` sees it.
    public enum Kind: Sendable {
        case regular(Fingerprint)
        case symbolicLink
        case directory
        case other
        case missing(String)
    }

    public static func kind(of path: String) -> Kind {
        switch FileSystem.status(atPath: path, followingLinks: false) {
        case .failure(let error): return .missing(reason(error))
        case .success(let status):
            switch status.kind {
            case .regular: return .regular(fingerprint(status))
            case .symbolicLink: return .symbolicLink
            case .directory: return .directory
            default: return .other
            }
        }
    }

    /// The file's bytes, or why it cannot be used (in Dutch).
    public static func read(_ path: String) -> Result<[UInt8], SkippedHandIn> {
        func skip(_ reason: String) -> Result<[UInt8], SkippedHandIn> {
            .failure(SkippedHandIn(file: path, reason: reason))
        }
        // Not following links: a symlink swapped in after the listing is still refused;
        // non-blocking: a pipe cannot make the reader wait.
        let descriptor: FileDescriptor
        switch FileDescriptor.open(readingWithoutFollowing: path) {
        case .success(let opened): descriptor = opened
        case .failure(let error):
            return skip(
                error.isSymbolicLink
                    ? "een symbolische link; alleen gewone bestanden worden gelezen"
                    : "niet te lezen (\(reason(error)))")
        }
        defer { descriptor.close() }
        guard case .success(let status) = descriptor.status(), status.kind == .regular else {
            return skip("geen gewoon bestand")
        }
        guard status.size <= maximumSize else {
            return skip(
                "te groot (\(megabytes(status.size)); een inleverbestand is hoogstens \(megabytes(maximumSize)))"
            )
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(status.size + 1)
        while true {
            switch descriptor.read(appendingTo: &bytes, maximum: max(status.size + 1 - bytes.count, 64 * 1024)) {
            case .failure(let error): return skip("niet te lezen (\(reason(error)))")
            case .success(0): return .success(bytes)
            case .success:
                if bytes.count > maximumSize { return skip("te groot (het bestand groeit nog tijdens het lezen)") }
            }
        }
    }

    /// The regular, visible entry names of a folder, sorted; nil with a reason when it
    /// cannot be listed.
    public static func names(in directory: String) -> Result<[String], SkippedHandIn> {
        switch Directory.entries(directory) {
        case .failure(let error):
            return .failure(SkippedHandIn(file: directory, reason: "deze map is niet te lezen (\(reason(error)))"))
        case .success(let entries):
            return .success(entries.map(\.name))
        }
    }

    private static func fingerprint(_ status: FileStatus) -> Fingerprint {
        Fingerprint(device: status.device, inode: status.inode, size: status.size, modified: status.modificationStamp)
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10),\(tenths % 10) MB"
    }

    static func reason(_ error: SystemError) -> String { error.sentence }
}
