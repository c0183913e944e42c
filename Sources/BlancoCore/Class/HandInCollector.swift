/// Gathers the hand-ins from folders and files for the class report and the live view.
/// Only regular `.json` files are read; hidden files, the session file and its profile
/// file are passed over; everything else (a symlink, a folder, a broken or foreign file, a second copy of
/// an attempt) is skipped with one line naming the file. Nothing is ever written.
///
/// The collector remembers each file by its fingerprint (device, inode, size, change
/// time), so the live view's polling reads and replays only new or changed files.
public struct HandInCollector: Sendable {
    /// What one scan found.
    public struct Scan: Sendable {
        /// Every usable attempt, in file-name order; each attempt once.
        public var handIns: [HandIn] = []
        public var skipped: [SkippedHandIn] = []
        /// The session file of the first folder that has one.
        public var session: ClassSession?
        /// The profile the session names (its `profiel:`), found; nil when it names none
        /// or the profile could not be read.
        public var sessionProfile: Profile?
        /// A session file that could not be read, or the profile it names that could not
        /// be found or read (`session` is then still set).
        public var sessionProblem: ClassSessionError?
    }

    private var cache: [String: (HandInFile.Fingerprint, Result<[HandIn], SkippedHandIn>)] = [:]

    /// Rule ids in the session's own profile are checked against this book.
    private let book: RuleBook

    public init(book: RuleBook = .standard) {
        self.book = book
    }

    /// Reads every path: a folder's files (not its subfolders), or a file itself.
    public mutating func scan(_ paths: [String]) -> Scan {
        var scan = Scan()
        var files: [(path: String, shown: String)] = []
        for path in paths {
            switch HandInFile.kind(of: path) {
            case .directory:
                switch HandInFile.names(in: path) {
                case .failure(let problem): scan.skipped.append(problem)
                case .success(let names):
                    let folder = path.hasSuffix("/") ? path : path + "/"
                    for name in names where !name.hasPrefix(".") {
                        if name == ClassSession.fileName {
                            readSession(folder + name, into: &scan)
                        } else if name != ClassSession.profileFileName {
                            files.append((folder + name, folder + name))
                        }
                    }
                }
            case .missing(let reason):
                scan.skipped.append(SkippedHandIn(file: path, reason: "bestaat niet of is niet te lezen (\(reason))"))
            default:
                if (path as String).hasSuffix("/" + ClassSession.fileName) || path == ClassSession.fileName {
                    readSession(path, into: &scan)
                } else if !(path.hasSuffix("/" + ClassSession.profileFileName) || path == ClassSession.profileFileName)
                {
                    files.append((path, path))
                }
            }
        }
        var seen: [String: String] = [:]
        var live: Set<String> = []
        for (path, shown) in files {
            live.insert(path)
            switch load(path) {
            case .failure(let skipped):
                scan.skipped.append(skipped)
            case .success(let handIns):
                for handIn in handIns {
                    if let first = seen[handIn.attempt] {
                        scan.skipped.append(
                            SkippedHandIn(
                                file: shown, reason: "dubbel: dezelfde poging (\(handIn.shortAttempt)) als in \(first)")
                        )
                        continue
                    }
                    seen[handIn.attempt] = shown
                    scan.handIns.append(handIn)
                }
            }
        }
        cache = cache.filter { live.contains($0.key) }
        return scan
    }

    private mutating func load(_ path: String) -> Result<[HandIn], SkippedHandIn> {
        let fingerprint: HandInFile.Fingerprint
        switch HandInFile.kind(of: path) {
        case .regular(let current): fingerprint = current
        case .symbolicLink:
            return .failure(
                SkippedHandIn(file: path, reason: "een symbolische link; alleen gewone bestanden worden gelezen"))
        case .directory:
            return .failure(
                SkippedHandIn(file: path, reason: "een map; alleen bestanden in de map zelf worden gelezen"))
        case .other: return .failure(SkippedHandIn(file: path, reason: "geen gewoon bestand"))
        case .missing(let reason):
            return .failure(SkippedHandIn(file: path, reason: "verdwenen of niet te lezen (\(reason))"))
        }
        if let (known, result) = cache[path], known == fingerprint { return result }
        let result: Result<[HandIn], SkippedHandIn>
        if !path.lowercased().hasSuffix(".json") {
            result = .failure(SkippedHandIn(file: path, reason: "geen .json-bestand"))
        } else {
            switch HandInFile.read(path) {
            case .failure(let skipped): result = .failure(skipped)
            case .success(let bytes):
                result = HandInDecoding.handIns(from: bytes, file: path).mapError {
                    SkippedHandIn(file: path, reason: $0.reason)
                }
            }
        }
        cache[path] = (fingerprint, result)
        return result
    }

    private func readSession(_ path: String, into scan: inout Scan) {
        guard scan.session == nil, scan.sessionProblem == nil else { return }
        switch HandInFile.kind(of: path) {
        case .regular:
            break
        default:
            scan.sessionProblem = ClassSessionError(
                file: path, line: 0, message: "geen gewoon bestand; het wordt niet gelezen")
            return
        }
        switch HandInFile.read(path) {
        case .failure(let skipped):
            scan.sessionProblem = ClassSessionError(file: path, line: 0, message: skipped.reason)
        case .success(let bytes):
            let session: ClassSession
            do throws(ClassSessionError) {
                session = try ClassSession.parse(bytes, file: path)
            } catch {
                scan.sessionProblem = error
                return
            }
            scan.session = session
            let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) + "/" : "./"
            switch session.resolvedProfile(folder: folder, book: book) {
            case .success(let profile): scan.sessionProfile = profile
            case .failure(let error):
                scan.sessionProblem = error.problems.first.map {
                    ClassSessionError(file: $0.file, line: $0.line, message: $0.message)
                }
            }
        }
    }
}

/// Why a file's bytes are not a usable hand-in, in Dutch.
public struct HandInDecodingProblem: Error, Sendable {
    public let reason: String
}
