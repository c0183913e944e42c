#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The one place Blanco talks to the operating system (files, descriptors, terminal modes,
// signals, the process). Everything outside this module uses these names only, so the
// rest of the code builds wherever this file does: Linux (Glibc, tested) and macOS
// (Darwin, by construction). No public declaration here exposes a C type, so the other
// modules cannot reach Glibc or Darwin through this one.

/// A failed system call: the `errno` it left, with a short Dutch reason for messages.
public struct SystemError: Error, Sendable, Hashable, CustomStringConvertible {
    public let code: Int32

    public init(code: Int32) {
        self.code = code
    }

    /// What opening a symbolic link with `O_NOFOLLOW` gives.
    public static var symbolicLink: SystemError { SystemError(code: ELOOP) }

    /// The current `errno`.
    static var current: SystemError { SystemError(code: errno) }

    public var isNotFound: Bool { code == ENOENT }
    public var isDiskFull: Bool { code == ENOSPC || code == EDQUOT || code == EIO }
    public var isBrokenPipe: Bool { code == EPIPE }
    public var isPermission: Bool { code == EACCES || code == EPERM || code == EROFS }
    /// The path (or a folder on it) is a symbolic link that Blanco refuses to follow.
    public var isSymbolicLink: Bool { code == ELOOP }
    /// A signal arrived during the call.
    public var isInterrupted: Bool { code == EINTR }
    /// A non-blocking descriptor has nothing to read yet.
    public var isWouldBlock: Bool { code == EAGAIN || code == EWOULDBLOCK }
    /// Something is already at the path (`O_EXCL`, `link`, `mkdir`).
    public var isAlreadyExists: Bool { code == EEXIST }
    /// A folder on the path is missing or is not a folder.
    public var isMissingFolder: Bool { code == ENOENT || code == ENOTDIR }
    /// The path is a folder where a file was expected.
    public var isDirectory: Bool { code == EISDIR }
    /// The disk or the file-size limit has no room for what was written (ENOSPC, EDQUOT,
    /// EFBIG); unlike `isDiskFull`, a read/write error of the disk (EIO) is not included.
    public var isOutOfSpace: Bool { code == ENOSPC || code == EDQUOT || code == EFBIG }

    /// Short Dutch words for the common cases, else the longer Dutch `sentence` (never the
    /// C library's English `strerror`).
    public var description: String {
        switch code {
        case ENOENT: "bestaat niet"
        case EACCES, EPERM: "geen toegang"
        case EROFS: "alleen-lezen bestandssysteem"
        case ENOSPC, EDQUOT: "de schijf is vol"
        case EIO: "invoer-/uitvoerfout van de schijf"
        case EISDIR: "is een map"
        case ENOTDIR: "een deel van het pad is geen map"
        case ELOOP: "is een symbolische koppeling; die volgt Blanco hier niet"
        case EPIPE: "de lezer is gestopt"
        default: sentence
        }
    }
}

/// Namespace for process-wide calls, like swift-argument-parser's `Platform`.
public enum Platform {
    /// The process environment as a dictionary.
    public static func environment() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let pair = String(cString: entry)
            if let equals = pair.firstIndex(of: "=") {
                result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }

    /// Ends the process with `status`.
    public static func exit(_ status: Int32) -> Never {
        endProcess(status)
    }

    /// A closed pipe becomes a write error (EPIPE) instead of killing the process.
    public static func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Writing past the process's file-size limit fails with an error (EFBIG) instead of
    /// ending the process (SIGXFSZ).
    public static func ignoreFileSizeLimitSignal() {
        signal(SIGXFSZ, SIG_IGN)
    }

    public static var processID: Int32 { getpid() }

    /// How many threads can usefully work at once (at least 1): the processors online, or
    /// fewer when this process may run only on some of them (`ProcessorAffinity`).
    public static var activeProcessorCount: Int {
        let online = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        return max(1, min(online, ProcessorAffinity.allowedCount ?? online))
    }

    /// Milliseconds on a clock that only moves forward (not the wall clock), for intervals.
    public static func monotonicMilliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }

    /// Whether `descriptor` is a terminal.
    public static func isTerminal(_ descriptor: FileDescriptor) -> Bool {
        isatty(descriptor.raw) == 1
    }

    /// Whether `bytes` of two buffers are equal, compared with `memcmp`.
    public static func bytesEqual(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer) -> Bool {
        left.count == right.count && (left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
    }

    /// The index of the first `byte` in `buffer` at or after `start`, found with `memchr`.
    public static func firstIndex(of byte: UInt8, in buffer: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard start < buffer.count else { return nil }
        guard let found = memchr(buffer.baseAddress! + start, Int32(byte), buffer.count - start) else { return nil }
        return buffer.baseAddress!.distance(to: UnsafeRawPointer(found))
    }
}

private func endProcess(_ status: Int32) -> Never {
    exit(status)
}
