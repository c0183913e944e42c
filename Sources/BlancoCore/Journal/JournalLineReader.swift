#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads one journal line straight from its bytes, ten times faster than Foundation's
/// `JSONDecoder`, so `blanco voortgang` and `blanco export` stay well under a second on a
/// journal of 10,000 attempts. It knows exactly the fields `JournalRecord` writes; a line
/// with anything else (a field added later, a `null`) gives nil, and `wholeRecord` then
/// decodes that line with `JSONDecoder`, so nothing is ever lost.
enum JournalLineReader {
    private struct Unknown: Error {}

    /// The one rule for what a journal line holds, used by the summary and the full read
    /// alike, so they always count the same records: valid UTF-8, one JSON object naming
    /// no key twice (at any depth), that decodes as a `JournalRecord`. Anything else is a
    /// damaged line.
    static func wholeRecord(_ line: ArraySlice<UInt8>, previous: JournalRecord?, decoder: JSONDecoder)
        -> JournalRecord?
    {
        guard UTF8Validator.isValid(line) else { return nil }
        if let record = record(line, previous: previous) { return record }
        // JSONDecoder keeps one of two equal keys, so a repeated key is refused before it.
        var reader = JSONReader(bytes: line)
        guard (try? reader.skipValue(uniqueKeys: true)) != nil, (try? reader.expectEnd()) != nil else { return nil }
        return try? decoder.decode(JournalRecord.self, from: Data(line))
    }

    /// The record on one line, or nil when this reader does not know all of it (or a key
    /// comes twice).
    static func record(_ line: ArraySlice<UInt8>, previous: JournalRecord?) -> JournalRecord? {
        var reader = JSONReader(bytes: line)
        var record = JournalRecord(kind: .turn, attempt: "", exercise: "", time: "")
        var seen = KeySet()
        // Consecutive records mostly share the attempt and exercise: reuse those strings.
        let known = previous.map { [$0.attempt, $0.exercise] } ?? []
        do {
            try reader.readObject { key, reader in
                try seen.insert(key, of: recordKeys)
                switch key {
                case "kind":
                    guard let kind = JournalRecord.Kind(rawValue: try reader.string()) else { throw Unknown() }
                    record.kind = kind
                case "attempt":
                    record.attempt = try reader.string(reusing: known)
                case "exercise":
                    record.exercise = try reader.string(reusing: known)
                case "time":
                    record.time = try reader.string()
                case "turn": record.turn = try reader.int()
                case "response": record.response = try reader.string()
                case "categories": record.categories = try reader.strings()
                case "points": record.points = try reader.int()
                case "revealedFactLine": record.revealedFactLine = try reader.int()
                case "flags": record.flags = try reader.array { try flag(&$0) }
                case "moves": record.moves = try reader.strings()
                case "filmComplete": record.filmComplete = try reader.bool()
                case "grade": record.grade = try reader.double()
                case "turns": record.turns = try reader.int()
                case "keyFactsFound": record.keyFactsFound = try reader.int()
                case "keyFactsTotal": record.keyFactsTotal = try reader.int()
                case "hints": record.hints = try reader.int()
                case "gradePoints": record.gradePoints = try reader.int()
                case "gradeParts": record.gradeParts = try reader.array { try gradePart(&$0) }
                case "selfRatings": record.selfRatings = try ratings(&reader)
                case "text": record.text = try reader.string()
                default: throw Unknown()
                }
            }
            try reader.expectEnd()
        } catch {
            return nil
        }
        // The four fields every record has.
        return seen.containsAll(["kind", "attempt", "exercise", "time"], of: recordKeys) ? record : nil
    }

    /// The keys of one object met so far; meeting one again, or one not in the list, is an error.
    private struct KeySet {
        private var bits: UInt64 = 0
        private(set) var count = 0

        mutating func insert(_ key: String, of keys: [String: Int]) throws {
            guard let number = keys[key] else { throw Unknown() }
            let bit: UInt64 = 1 << UInt64(number)
            guard bits & bit == 0 else { throw Unknown() }
            bits |= bit
            count += 1
        }

        func containsAll(_ required: [String], of keys: [String: Int]) -> Bool {
            required.allSatisfy { keys[$0].map { bits & (1 << UInt64($0)) != 0 } ?? false }
        }
    }

    private static func numbered(_ keys: [String]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
    }

    private static let recordKeys = numbered([
        "kind", "attempt", "exercise", "time", "turn", "response", "categories", "points", "revealedFactLine", "flags",
        "moves", "filmComplete", "grade", "turns", "keyFactsFound", "keyFactsTotal", "hints", "gradePoints",
        "gradeParts",
        "selfRatings", "text",
    ])
    private static let flagKeys = numbered(["category", "rule", "severity", "text", "start", "end"])
    private static let gradePartKeys = numbered(["label", "detail", "points", "maximum"])
    private static let skillKeys = numbered(Skill.allCases.map(\.rawValue))

    private static func flag(_ reader: inout JSONReader) throws -> JournalFlag {
        var category = ""
        var rule = ""
        var severity = ""
        var text = ""
        var start = 0
        var end = 0
        var seen = KeySet()
        try reader.readObject { key, reader in
            try seen.insert(key, of: flagKeys)
            switch key {
            case "category": category = try reader.string()
            case "rule": rule = try reader.string()
            case "severity": severity = try reader.string()
            case "text": text = try reader.string()
            case "start": start = try reader.int()
            case "end": end = try reader.int()
            default: throw Unknown()
            }
        }
        guard seen.count == flagKeys.count else { throw Unknown() }
        return JournalFlag(category: category, rule: rule, severity: severity, start: start, end: end, text: text)
    }

    private static func gradePart(_ reader: inout JSONReader) throws -> JournalGradePart {
        var label = ""
        var detail = ""
        var points = 0
        var maximum = 0
        var seen = KeySet()
        try reader.readObject { key, reader in
            try seen.insert(key, of: gradePartKeys)
            switch key {
            case "label": label = try reader.string()
            case "detail": detail = try reader.string()
            case "points": points = try reader.int()
            case "maximum": maximum = try reader.int()
            default: throw Unknown()
            }
        }
        guard seen.count == gradePartKeys.count else { throw Unknown() }
        return JournalGradePart(label: label, points: points, maximum: maximum, detail: detail)
    }

    private static func ratings(_ reader: inout JSONReader) throws -> SkillRatings {
        var ratings = SkillRatings()
        var seen = KeySet()
        try reader.readObject { key, reader in
            guard let skill = Skill(rawValue: key) else { throw Unknown() }
            try seen.insert(key, of: skillKeys)
            ratings[skill] = try reader.int()
        }
        return ratings
    }
}

extension JSONReader {
    /// A string value; anything else (a `null`, a number) is an error.
    fileprivate mutating func string(reusing known: [String] = []) throws -> String {
        guard position < bytes.endIndex, bytes[position] == UInt8(ascii: "\"") else {
            throw Failure(message: "tekst verwacht")
        }
        return try readString(reusing: known)
    }

    fileprivate mutating func int() throws -> Int {
        guard let value = Int(try numberText()) else { throw Failure(message: "geheel getal verwacht") }
        return value
    }

    fileprivate mutating func double() throws -> Double {
        guard let value = Double(try numberText()) else { throw Failure(message: "getal verwacht") }
        return value
    }

    fileprivate mutating func bool() throws -> Bool {
        guard position < bytes.endIndex else { throw Failure(message: "true of false verwacht") }
        let first = bytes[position]
        guard first == UInt8(ascii: "t") || first == UInt8(ascii: "f") else {
            throw Failure(message: "true of false verwacht")
        }
        try skipValue()
        return first == UInt8(ascii: "t")
    }

    fileprivate mutating func strings() throws -> [String] {
        try array { try $0.string() }
    }

    /// An array, each element read by `element`.
    fileprivate mutating func array<Element>(_ element: (inout JSONReader) throws -> Element) throws -> [Element] {
        guard position < bytes.endIndex, bytes[position] == UInt8(ascii: "[") else {
            throw Failure(message: "lijst verwacht")
        }
        position += 1
        var result: [Element] = []
        skipBlanks()
        if position < bytes.endIndex, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return result
        }
        while true {
            skipBlanks()
            result.append(try element(&self))
            skipBlanks()
            guard position < bytes.endIndex else { throw Failure(message: "']' verwacht") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return result
            } else {
                throw Failure(message: "',' of ']' verwacht")
            }
        }
    }

    private mutating func numberText() throws -> String {
        guard position < bytes.endIndex, bytes[position] == UInt8(ascii: "-") || (0x30...0x39).contains(bytes[position])
        else {
            throw Failure(message: "getal verwacht")
        }
        let start = position
        try skipValue()
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func skipBlanks() {
        while position < bytes.endIndex {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }
}
