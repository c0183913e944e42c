#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading files the way careful tools do: only a regular file is read (a FIFO, device
/// or socket is refused at once instead of blocking for ever), and never more than a
/// limit chosen by the caller, checked before the bytes are held.
public enum RegularFile {
    /// Why a file was not read.
    public enum ReadFailure: Error, Sendable, Hashable {
        case missing
        /// A FIFO, device, socket or folder.
        case notRegular(FileStatus.Kind)
        /// Larger than the limit: `size` bytes (at least).
        case tooLarge(size: Int)
        case failed(SystemError)
    }

    /// Opens `path` for reading only if it is a regular file. The open itself is
    /// non-blocking, so a FIFO with no writer cannot hang it; the kind is then checked on
    /// the descriptor, so a file swapped in between is caught.
    public static func openForReading(_ path: String) -> Result<(FileDescriptor, FileStatus), ReadFailure> {
        let raw = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard raw >= 0 else {
            if errno == ENOENT { return .failure(.missing) }
            if errno == EISDIR { return .failure(.notRegular(.directory)) }
            return .failure(.failed(.current))
        }
        let descriptor = FileDescriptor(raw: raw)
        switch descriptor.status() {
        case .failure(let error):
            descriptor.close()
            return .failure(.failed(error))
        case .success(let status) where status.kind != .regular:
            descriptor.close()
            return .failure(.notRegular(status.kind))
        case .success(let status):
            // Regular files never block; clear the flag so reads behave as usual.
            _ = fcntl(raw, F_SETFL, fcntl(raw, F_GETFL) & ~O_NONBLOCK)
            return .success((descriptor, status))
        }
    }

    /// All of a regular file, refused if it holds more than `limit` bytes (checked on the
    /// size first, then while reading, in case the file grows).
    public static func read(_ path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        let descriptor: FileDescriptor
        let status: FileStatus
        switch openForReading(path) {
        case .failure(let failure): return .failure(failure)
        case .success(let opened): (descriptor, status) = opened
        }
        defer { descriptor.close() }
        if status.size > limit { return .failure(.tooLarge(size: status.size)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(status.size + 1)
        while true {
            switch descriptor.read(appendingTo: &bytes, maximum: min(1 << 20, limit + 1 - bytes.count + 1)) {
            case .failure(let error): return .failure(.failed(error))
            case .success(0): return .success(bytes)
            case .success:
                if bytes.count > limit { return .failure(.tooLarge(size: bytes.count)) }
            }
        }
    }

    /// The first `count` bytes of a regular file, or nil.
    public static func readFirst(_ path: String, count: Int) -> [UInt8]? {
        guard case .success(let (descriptor, _)) = openForReading(path) else { return nil }
        defer { descriptor.close() }
        var bytes: [UInt8] = []
        while bytes.count < count {
            guard case .success(let read) = descriptor.read(appendingTo: &bytes, maximum: count - bytes.count), read > 0
            else { break }
        }
        return bytes
    }

    /// The last `limit` bytes of a regular file (all of it when it is smaller).
    public static func readTail(_ path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        let descriptor: FileDescriptor
        let status: FileStatus
        switch openForReading(path) {
        case .failure(let failure): return .failure(failure)
        case .success(let opened): (descriptor, status) = opened
        }
        defer { descriptor.close() }
        if status.size > limit, lseek(descriptor.raw, off_t(status.size - limit), SEEK_SET) < 0 {
            return .failure(.failed(.current))
        }
        var bytes: [UInt8] = []
        while bytes.count < limit {
            switch descriptor.read(appendingTo: &bytes, maximum: min(1 << 20, limit - bytes.count)) {
            case .failure(let error): return .failure(.failed(error))
            case .success(0): return .success(bytes)
            case .success: continue
            }
        }
        return .success(bytes)
    }

    /// What is at `path`, without following a final symbolic link; nil when nothing is.
    public static func kind(atPath path: String) -> FileStatus.Kind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileStatus(info).kind
    }
}
