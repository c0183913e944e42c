#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One line of the journal as read from disk, for `JournalSummary`.
struct JournalLine {
    /// Empty when `isTooLong`.
    let bytes: ArraySlice<UInt8>
    /// 1-based, as editors count.
    let number: Int
    /// Where the line starts in the file.
    let offset: Int
    /// The last line, with no newline after it: what a killed writer leaves.
    let isUnterminated: Bool
    /// Longer than `Limits.journalLine`: skipped unread.
    let isTooLong: Bool
}

/// What the journal says, summarised while it streams by: progress per exercise, how
/// many records there are, and a Dutch warning for the lines skipped. Memory stays the
/// size of the summary, whatever the size of the journal.
public struct JournalSummary: Sendable {
    /// Per exercise id: how often it was finished and the best grade.
    public let progress: [String: ExerciseProgress]
    /// Whole records read.
    public let recordCount: Int
    /// Dutch, at most a few: the first lines skipped, then how many more.
    public let warnings: [String]
    /// Where the records are that practice needs at start-up.
    public let digest: JournalDigest

    /// Lines skipped that are named one by one; the rest are counted.
    public static let namedWarnings = 3

    struct Builder {
        let path: String
        private var progress: [String: ExerciseProgress] = [:]
        private var recordCount = 0
        private var warnings: [String] = []
        private var unnamedSkips = 0
        private var previous: JournalRecord?
        private var digest = JournalDigest()
        private let decoder = JSONDecoder()

        init(path: String) {
            self.path = path
        }

        /// Everything the summary holds, to keep in `JournalIndex` and go on from later.
        struct Snapshot: Codable, Equatable {
            struct Progress: Codable, Equatable {
                let exercise: String
                let timesFinished: Int
                let bestGrade: Double?
            }

            var progress: [Progress]
            var recordCount: Int
            var warnings: [String]
            var unnamedSkips: Int
            var digest: JournalDigest
        }

        var snapshot: Snapshot {
            Snapshot(
                progress: progress.values.sorted { $0.exerciseID < $1.exerciseID }.map {
                    Snapshot.Progress(exercise: $0.exerciseID, timesFinished: $0.timesFinished, bestGrade: $0.bestGrade)
                },
                recordCount: recordCount, warnings: warnings, unnamedSkips: unnamedSkips, digest: digest)
        }

        /// Goes on from a snapshot taken of the same journal.
        init(path: String, snapshot: Snapshot) {
            self.path = path
            for entry in snapshot.progress {
                progress[entry.exercise] = ExerciseProgress(
                    exerciseID: entry.exercise, timesFinished: entry.timesFinished, bestGrade: entry.bestGrade)
            }
            recordCount = snapshot.recordCount
            warnings = snapshot.warnings
            unnamedSkips = snapshot.unnamedSkips
            digest = snapshot.digest
        }

        /// Takes one line; its record when it is a whole one (`JournalLineReader.wholeRecord`,
        /// the same rule for the summary and the full read).
        @discardableResult
        mutating func add(_ line: JournalLine) throws(JournalError) -> JournalRecord? {
            if line.isTooLong {
                skip(line.number, "is langer dan \(Limits.journalLine.dutch) en dus geen record van Blanco")
                return nil
            }
            let body = line.bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if body.isEmpty {
                // A blank line in the middle (an editor, a full disk) carries nothing.
                if !line.bytes.isEmpty || !line.isUnterminated { skip(line.number, "is leeg") }
                return nil
            }
            // Blanco writes whole lines that start with '{', so a torn write starts with '{'
            // too; a crash can also leave the file's end as NUL bytes (space allocated, data
            // never written). Anything else is not Blanco's: the file is someone else's and
            // is not appended to. Whether the line is the last one does not matter, so a
            // journal read as usable stays usable once the next record seals that line.
            guard body.first == UInt8(ascii: "{") || body.first == 0 else {
                throw .corrupt(path: path, line: line.number)
            }
            guard let record = JournalLineReader.wholeRecord(line.bytes, previous: previous, decoder: decoder) else {
                skip(line.number, Self.tornReason)
                return nil
            }
            previous = record
            recordCount += 1
            digest.add(record, at: line.offset)
            if record.kind == .finished {
                let earlier = progress[record.exercise]
                let best = [earlier?.bestGrade, record.grade].compactMap { $0 }.max()
                progress[record.exercise] = ExerciseProgress(
                    exerciseID: record.exercise, timesFinished: (earlier?.timesFinished ?? 0) + 1, bestGrade: best)
            }
            return record
        }

        static let tornReason = "is onvolledig (waarschijnlijk afgebroken tijdens het schrijven)"

        private mutating func skip(_ number: Int, _ reason: String) {
            if warnings.count < JournalSummary.namedWarnings {
                warnings.append("regel \(number) van het logboek \(path) \(reason) en is overgeslagen")
            } else {
                unnamedSkips += 1
            }
        }

        func finish() -> JournalSummary {
            var all = warnings
            if unnamedSkips > 0 {
                all.append(
                    "nog \(unnamedSkips) \(unnamedSkips == 1 ? "regel" : "regels") van het logboek \(path) overgeslagen"
                )
            }
            return JournalSummary(progress: progress, recordCount: recordCount, warnings: all, digest: digest)
        }
    }
}
