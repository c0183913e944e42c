#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Naming and renaming files and folders: the calls on paths (not on open descriptors)
/// that writing a file safely needs, each reporting failure as a `SystemError`.
public enum FileSystem {
    /// What is at `path` (`stat`, or with `followingLinks` false `lstat`, which reports a
    /// symbolic link as itself).
    public static func status(atPath path: String, followingLinks: Bool = true) -> Result<FileStatus, SystemError> {
        var info = stat()
        let result = followingLinks ? stat(path, &info) : lstat(path, &info)
        return result == 0 ? .success(FileStatus(info)) : .failure(.current)
    }

    /// Gives the file at `from` the name `to`, replacing a file already there, in one step.
    public static func rename(_ from: String, to: String) -> Result<Void, SystemError> {
        systemRename(from, to) == 0 ? .success(()) : .failure(.current)
    }

    /// A second name `to` for the file at `from`; fails (`isAlreadyExists`) when `to` exists,
    /// so a name can be claimed without replacing anything.
    public static func link(_ from: String, to: String) -> Result<Void, SystemError> {
        systemLink(from, to) == 0 ? .success(()) : .failure(.current)
    }

    /// Removes the name `path` (a file, not a folder).
    @discardableResult
    public static func remove(_ path: String) -> Result<Void, SystemError> {
        unlink(path) == 0 ? .success(()) : .failure(.current)
    }
}

extension FileDescriptor {
    /// Creates a new file for writing, failing (`isAlreadyExists`) when anything, a symbolic
    /// link included, is already at `path` (`O_EXCL`). `permissions` as in `chmod`: 0o644.
    public static func create(exclusive path: String, permissions: Int) -> Result<FileDescriptor, SystemError> {
        let raw = systemOpen(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, mode_t(permissions))
        return raw >= 0 ? .success(FileDescriptor(raw: raw)) : .failure(.current)
    }

    /// Opens `path` for reading without following a final symbolic link (that fails with
    /// `isSymbolicLink`) and without waiting for a writer when it is a pipe; the caller checks
    /// the kind with `status()` before reading.
    public static func open(readingWithoutFollowing path: String) -> Result<FileDescriptor, SystemError> {
        let raw = systemOpen(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0)
        return raw >= 0 ? .success(FileDescriptor(raw: raw)) : .failure(.current)
    }
}

// The C calls under names that do not collide with the functions above.
@inline(__always) private func systemRename(_ from: String, _ to: String) -> Int32 {
    rename(from, to)
}
@inline(__always) private func systemLink(_ from: String, _ to: String) -> Int32 {
    link(from, to)
}
@inline(__always) private func systemOpen(_ path: String, _ flags: Int32, _ permissions: mode_t) -> Int32 {
    open(path, flags, permissions)
}
