#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The C call, named apart from this file's own `read` (Glibc.read or Darwin.read).
#if canImport(Glibc)
    private let systemCallRead = Glibc.read
#elseif canImport(Darwin)
    private let systemCallRead = Darwin.read
#endif

/// Reads one hand-in file the safe way: only a regular file (a symlink, a folder, a
/// device or a pipe is refused without opening it for reading), never more than
/// `maximumSize` bytes, and never written to.
public enum HandInFile {
    /// `Limits.handInFile`.
    public static let maximumSize = Limits.handInFile.value

    /// What identifies a file's current contents, so an unchanged file is not read twice.
    public struct Fingerprint: Sendable, Hashable {
        let device: UInt64
        let inode: UInt64
        let size: Int64
        let modified: Int64
        let modifiedNanoseconds: Int64
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
        var status = stat()
        guard lstat(path, &status) == 0 else { return .missing(reason(errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular(fingerprint(status))
        case S_IFLNK: return .symbolicLink
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// The file's bytes, or why it cannot be used (in Dutch).
    public static func read(_ path: String) -> Result<[UInt8], SkippedHandIn> {
        func skip(_ reason: String) -> Result<[UInt8], SkippedHandIn> {
            .failure(SkippedHandIn(file: path, reason: reason))
        }
        // O_NOFOLLOW: a symlink swapped in after the listing is still refused; O_NONBLOCK:
        // a pipe cannot make the reader wait.
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return skip(
                errno == ELOOP
                    ? "een symbolische link; alleen gewone bestanden worden gelezen"
                    : "niet te lezen (\(reason(errno)))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return skip("geen gewoon bestand")
        }
        guard status.st_size <= maximumSize else {
            return skip(
                "te groot (\(megabytes(Int(status.st_size))); \(Limits.handInFile.message))"
            )
        }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var count = 0
        while count < bytes.count {
            let got = bytes.withUnsafeMutableBytes {
                systemCallRead(descriptor, $0.baseAddress! + count, $0.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return skip("niet te lezen (\(reason(errno)))")
            }
            if got == 0 { break }
            count += got
            if count > maximumSize { return skip("te groot (het bestand groeit nog tijdens het lezen)") }
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 64 * 1024)) }
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    /// The regular, visible entry names of a folder, sorted; nil with a reason when it
    /// cannot be listed.
    public static func names(in directory: String) -> Result<[String], SkippedHandIn> {
        guard let stream = opendir(directory) else {
            return .failure(SkippedHandIn(file: directory, reason: "deze map is niet te lezen (\(reason(errno)))"))
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        return .success(names.sorted())
    }

    private static func fingerprint(_ status: stat) -> Fingerprint {
        #if os(Linux)
            let modified = status.st_mtim
        #else
            let modified = status.st_mtimespec
        #endif
        return Fingerprint(
            device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
            modified: Int64(modified.tv_sec), modifiedNanoseconds: Int64(modified.tv_nsec))
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 500_000) / 1_000_000
        return "\(tenths / 10),\(tenths % 10) MB"
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
