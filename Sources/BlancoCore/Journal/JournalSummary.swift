/// One line of the journal as read from disk, for `JournalSummary`.
struct JournalLine {
    /// Empty when `isTooLong`.
    let bytes: ArraySlice<UInt8>
    /// 1-based, as editors count.
    let number: Int
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

    /// Lines skipped that are named one by one; the rest are counted.
    public static let namedWarnings = 3

    struct Builder {
        let path: String
        private var progress: [String: ExerciseProgress] = [:]
        private var recordCount = 0
        private var warnings: [String] = []
        private var unnamedSkips = 0

        init(path: String) {
            self.path = path
        }

        /// Takes one line; true when it is a whole record.
        @discardableResult
        mutating func add(_ line: JournalLine) throws(JournalError) -> Bool {
            if line.isTooLong {
                skip(line.number, "is langer dan \(Limits.journalLine.dutch) en dus geen record van Blanco")
                return false
            }
            let body = line.bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if body.isEmpty {
                // A blank line in the middle (an editor, a full disk) carries nothing.
                if !line.bytes.isEmpty || !line.isUnterminated { skip(line.number, "is leeg") }
                return false
            }
            // Blanco writes whole lines that start with '{', so a torn write starts with '{'
            // too; a crash can also leave the file's end as NUL bytes (space allocated, data
            // never written). Anything else is not Blanco's: the file is someone else's and
            // is not appended to. Whether the line is the last one does not matter, so a
            // journal read as usable stays usable once the next record seals that line.
            guard body.first == UInt8(ascii: "{") || body.first == 0 else {
                throw .corrupt(path: path, line: line.number)
            }
            guard let fields = Self.fields(of: line.bytes) else {
                skip(line.number, Self.tornReason)
                return false
            }
            recordCount += 1
            if fields.kind == "finished" {
                let previous = progress[fields.exercise]
                let best = [previous?.bestGrade, fields.grade].compactMap { $0 }.max()
                progress[fields.exercise] = ExerciseProgress(
                    exerciseID: fields.exercise, timesFinished: (previous?.timesFinished ?? 0) + 1, bestGrade: best)
            }
            return true
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
            return JournalSummary(progress: progress, recordCount: recordCount, warnings: all)
        }

        /// The fields a summary needs, read with the byte-level JSON reader; nil when the
        /// line is not one whole record (bad JSON, a known kind or a required field missing).
        private static func fields(of bytes: ArraySlice<UInt8>) -> (kind: String, exercise: String, grade: Double?)? {
            // Blanco writes UTF-8; a line that is not (a disk error) is no record, as the
            // full decoder in `records()` also says.
            guard UTF8Validator.isValid(bytes) else { return nil }
            var reader = JSONReader(bytes: bytes)
            var kind: String?
            var exercise: String?
            var attempt: String?
            var time: String?
            var grade: Double?
            do {
                try reader.readObject { key, reader in
                    switch key {
                    case "kind": kind = try reader.readStringOrNull()
                    case "exercise": exercise = try reader.readStringOrNull()
                    case "attempt": attempt = try reader.readStringOrNull()
                    case "time": time = try reader.readStringOrNull()
                    case "grade" where reader.isAtNumber: grade = try reader.readNumber()
                    default: try reader.skipValue()
                    }
                }
                try reader.expectEnd()
            } catch {
                return nil
            }
            guard let kind, JournalRecord.Kind(rawValue: kind) != nil, let exercise, attempt != nil, time != nil else {
                return nil
            }
            return (kind, exercise, grade)
        }
    }
}
