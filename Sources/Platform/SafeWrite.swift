#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opening files for writing without being led elsewhere: a symbolic link planted at the
/// path (or a dangling one) is refused rather than followed, and a file that is not a
/// regular file is never written to. Temporary files are created exclusively, under an
/// unpredictable name, in the target's own folder (so the final rename stays on one disk).
public enum SafeWrite {
    /// Opens `path` for appending, creating it (mode 0600) if it does not exist.
    /// `created` says whether this call made the file.
    public static func openForAppending(_ path: String) -> Result<
        (descriptor: FileDescriptor, created: Bool), SystemError
    > {
        var created = true
        var raw = open(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0o600)
        if raw < 0, errno == EEXIST {
            created = false
            raw = open(path, O_RDWR | O_APPEND | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        }
        guard raw >= 0 else { return .failure(.current) }
        let descriptor = FileDescriptor(raw: raw)
        guard case .success(let status) = descriptor.status(), status.kind == .regular else {
            descriptor.close()
            return .failure(SystemError(code: EINVAL))
        }
        _ = fcntl(raw, F_SETFL, fcntl(raw, F_GETFL) & ~O_NONBLOCK)
        return .success((descriptor, created))
    }

    /// Writes `bytes` to a new file beside `path` and renames it over `path`: the file
    /// is either the old one or the whole new one, never half of it.
    public static func replace(_ path: String, with bytes: [UInt8]) -> Result<Void, SystemError> {
        let (temporary, descriptor): (String, FileDescriptor)
        switch createTemporary(besides: path) {
        case .failure(let error): return .failure(error)
        case .success(let created): (temporary, descriptor) = created
        }
        let written = descriptor.write(bytes).flatMap { descriptor.synchronize() }
        descriptor.close()
        if case .failure(let error) = written {
            unlink(temporary)
            return .failure(error)
        }
        guard rename(temporary, path) == 0 else {
            let error = SystemError.current
            unlink(temporary)
            return .failure(error)
        }
        return .success(())
    }

    /// A new, empty file `NAME.tmp-RANDOM` in the folder of `path`, created with `O_EXCL`
    /// (so nothing already there, a planted link included, is ever opened).
    public static func createTemporary(besides path: String) -> Result<
        (path: String, descriptor: FileDescriptor), SystemError
    > {
        for _ in 0..<16 {
            var generator = SystemRandomNumberGenerator()
            let suffix = String(generator.next() as UInt64, radix: 36)
            let candidate = path + ".tmp-" + suffix
            let raw = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0o600)
            if raw >= 0 { return .success((candidate, FileDescriptor(raw: raw))) }
            if errno != EEXIST { return .failure(.current) }
        }
        return .failure(SystemError(code: EEXIST))
    }
}
