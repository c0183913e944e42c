#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open file descriptor, with the few operations Blanco needs, each retrying on EINTR
/// and reporting failure as a `SystemError`.
public struct FileDescriptor: Sendable, Hashable {
    public let raw: Int32

    public init(raw: Int32) {
        self.raw = raw
    }

    /// Opens a file the user named on the command line for reading. Pipes are allowed here
    /// (`--context-file <(...)` is a pipe); the caller limits how much it reads.
    public static func open(readingFrom path: String) -> Result<FileDescriptor, SystemError> {
        let raw = systemOpen(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
        return raw >= 0 ? .success(FileDescriptor(raw: raw)) : .failure(.current)
    }

    public static let standardInput = FileDescriptor(raw: 0)
    public static let standardOutput = FileDescriptor(raw: 1)
    public static let standardError = FileDescriptor(raw: 2)

    /// Reads at most `buffer.count` bytes; 0 at the end. With `retryingOnInterrupt` false a
    /// signal ends the wait with an `isInterrupted` error, so the caller can look at what
    /// the signal changed (a resized window) and read again.
    public func read(into buffer: UnsafeMutableRawBufferPointer, retryingOnInterrupt: Bool = true) -> Result<
        Int, SystemError
    > {
        while true {
            let count = systemRead(raw, buffer.baseAddress, buffer.count)
            if count >= 0 { return .success(count) }
            if errno == EINTR, retryingOnInterrupt { continue }
            return .failure(.current)
        }
    }

    /// Reads one chunk (at most `maximum` bytes) and appends it to `bytes`; 0 at the end.
    public func read(appendingTo bytes: inout [UInt8], maximum: Int) -> Result<Int, SystemError> {
        // Through a scratch buffer: appending `maximum` zeros first and dropping what was not
        // read cost a loop step per byte in debug builds, a megabyte for every file read.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximum) { buffer in
            let result = read(into: UnsafeMutableRawBufferPointer(buffer))
            if case .success(let count) = result {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
            }
            return result
        }
    }

    /// Writes all of `bytes`, however many calls it takes.
    public func write(_ bytes: UnsafeRawBufferPointer) -> Result<Void, SystemError> {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(raw, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return .failure(.current)
            }
            offset += written
        }
        return .success(())
    }

    public func write(_ bytes: [UInt8]) -> Result<Void, SystemError> {
        bytes.withUnsafeBytes { write($0) }
    }

    /// One byte at `offset`, without moving the file position.
    public func byte(at offset: Int) -> UInt8? {
        var value: UInt8 = 0
        return pread(raw, &value, 1, off_t(offset)) == 1 ? value : nil
    }

    /// Up to `count` bytes from `offset`, without moving the file position; fewer at the end
    /// of the file, nil on an error.
    public func bytes(at offset: Int, count: Int) -> [UInt8]? {
        var result = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < count {
            let read = result.withUnsafeMutableBytes {
                pread(raw, $0.baseAddress! + got, count - got, off_t(offset + got))
            }
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { return nil }
            if read == 0 { break }
            got += read
        }
        result.removeLast(count - got)
        return result
    }

    /// Moves the file position to `offset` from the start, for the next `read`.
    public func seek(to offset: Int) -> Result<Void, SystemError> {
        lseek(raw, off_t(offset), SEEK_SET) >= 0 ? .success(()) : .failure(.current)
    }

    public func synchronize() -> Result<Void, SystemError> {
        fsync(raw) == 0 ? .success(()) : .failure(.current)
    }

    /// Closes the descriptor. The result matters only after writing: some file systems
    /// report a failed write first here.
    @discardableResult
    public func close() -> Result<Void, SystemError> {
        systemClose(raw) == 0 ? .success(()) : .failure(.current)
    }

    /// What the descriptor refers to, and its size.
    public func status() -> Result<FileStatus, SystemError> {
        var info = stat()
        guard fstat(raw, &info) == 0 else { return .failure(.current) }
        return .success(FileStatus(info))
    }

    public enum LockKind: Sendable {
        case shared, exclusive
    }

    /// Waits for an advisory whole-file lock (`flock`).
    public func lock(_ kind: LockKind) -> Result<Void, SystemError> {
        while flock(raw, kind == .shared ? LOCK_SH : LOCK_EX) != 0 {
            if errno != EINTR { return .failure(.current) }
        }
        return .success(())
    }

    public func unlock() {
        _ = flock(raw, LOCK_UN)
    }

    /// Waits until the descriptor has input, at most `milliseconds` (-1: no limit).
    public func waitForInput(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: raw, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) > 0
    }
}

/// The kind and size of a file, from `fstat`/`stat`.
public struct FileStatus: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case regular, directory, symbolicLink, fifo, socket, characterDevice, blockDevice, other

        /// In Dutch, for messages that say why a file is refused.
        public var dutch: String {
            switch self {
            case .regular: "een gewoon bestand"
            case .directory: "een map"
            case .symbolicLink: "een symbolische koppeling"
            case .fifo: "een pijp (FIFO)"
            case .socket: "een socket"
            case .characterDevice, .blockDevice: "een apparaat"
            case .other: "geen gewoon bestand"
            }
        }
    }

    public let kind: Kind
    public let size: Int
    /// Changes whenever the file's contents or size change (size and modification time).
    public let modificationStamp: Int
    /// The disk and the file on it: with `size` and `modificationStamp`, what tells
    /// whether a file seen before has been replaced or changed.
    public let device: UInt64
    public let inode: UInt64

    init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        case S_IFIFO: kind = .fifo
        case S_IFSOCK: kind = .socket
        case S_IFCHR: kind = .characterDevice
        case S_IFBLK: kind = .blockDevice
        default: kind = .other
        }
        size = Int(info.st_size)
        device = UInt64(truncatingIfNeeded: info.st_dev)
        inode = UInt64(truncatingIfNeeded: info.st_ino)
        #if os(Linux)
            modificationStamp = Int(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(info.st_mtim.tv_nsec)
        #else
            modificationStamp = Int(info.st_mtimespec.tv_sec) &* 1_000_000_000 &+ Int(info.st_mtimespec.tv_nsec)
        #endif
    }
}

// The C calls under names that do not collide with the methods above.
@inline(__always) private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int
{
    read(descriptor, buffer, count)
}
@inline(__always) private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
@inline(__always) private func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    open(path, flags)
}
@inline(__always) private func systemClose(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}
