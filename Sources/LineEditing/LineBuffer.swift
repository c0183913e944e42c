/// The line being edited and the cursor in it, counted in grapheme clusters so that one
/// Backspace removes a whole "ë" or "👍🏽", never half of one.
///
/// Every edit is proportional to the text it touches plus the text after the cursor, so
/// typing at the end of a long line or pasting a megabyte at once stays linear.
public struct LineBuffer: Sendable, Equatable {
    /// The characters of the line.
    public private(set) var characters: [Character] = []
    /// The cursor: how many characters stand before it (0...characters.count).
    public private(set) var cursor = 0

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Inserts `text` at the cursor and moves the cursor past it. A combining mark typed
    /// after a letter joins that letter, as it does on screen.
    public mutating func insert(_ text: String) {
        guard !text.isEmpty else { return }
        if cursor > 0 {
            let joined = Array(String(characters[cursor - 1]) + text)
            characters.replaceSubrange((cursor - 1)..<cursor, with: joined)
            cursor += joined.count - 1
        } else {
            let inserted = Array(text)
            characters.insert(contentsOf: inserted, at: cursor)
            cursor += inserted.count
        }
    }

    /// Replaces the whole line (a history entry) and puts the cursor at its end.
    public mutating func replace(with text: String) {
        self = LineBuffer(text)
    }

    /// Whether the cursor moved.
    @discardableResult public mutating func moveLeft() -> Bool { move(to: cursor - 1) }
    @discardableResult public mutating func moveRight() -> Bool { move(to: cursor + 1) }
    @discardableResult public mutating func moveToStart() -> Bool { move(to: 0) }
    @discardableResult public mutating func moveToEnd() -> Bool { move(to: characters.count) }
    @discardableResult public mutating func moveWordLeft() -> Bool { move(to: startOfWord(before: cursor)) }

    @discardableResult public mutating func moveWordRight() -> Bool {
        var index = cursor
        while index < characters.count, !Self.isWordCharacter(characters[index]) { index += 1 }
        while index < characters.count, Self.isWordCharacter(characters[index]) { index += 1 }
        return move(to: index)
    }

    /// Backspace. Whether anything was deleted.
    @discardableResult public mutating func deleteBackward() -> Bool {
        guard cursor > 0 else { return false }
        characters.remove(at: cursor - 1)
        cursor -= 1
        return true
    }

    /// Delete: the character under the cursor.
    @discardableResult public mutating func deleteForward() -> Bool {
        guard cursor < characters.count else { return false }
        characters.remove(at: cursor)
        return true
    }

    /// Ctrl-K.
    @discardableResult public mutating func deleteToEnd() -> Bool {
        guard cursor < characters.count else { return false }
        characters.removeSubrange(cursor...)
        return true
    }

    /// Ctrl-U.
    @discardableResult public mutating func deleteToStart() -> Bool {
        guard cursor > 0 else { return false }
        characters.removeSubrange(..<cursor)
        cursor = 0
        return true
    }

    /// Ctrl-W: the word before the cursor and the spaces after it.
    @discardableResult public mutating func deleteWordBackward() -> Bool {
        let start = startOfWord(before: cursor)
        guard start < cursor else { return false }
        characters.removeSubrange(start..<cursor)
        cursor = start
        return true
    }

    /// Empties the line.
    public mutating func clear() {
        characters.removeAll()
        cursor = 0
    }

    private mutating func move(to index: Int) -> Bool {
        let clamped = min(max(index, 0), characters.count)
        guard clamped != cursor else { return false }
        cursor = clamped
        return true
    }

    private func startOfWord(before index: Int) -> Int {
        var start = index
        while start > 0, !Self.isWordCharacter(characters[start - 1]) { start -= 1 }
        while start > 0, Self.isWordCharacter(characters[start - 1]) { start -= 1 }
        return start
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        !(character.isWhitespace || character.isPunctuation)
    }
}
