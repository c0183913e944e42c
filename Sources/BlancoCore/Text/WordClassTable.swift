/// Several fixed word lists in one table: each word with the classes (bits) of the lists
/// that hold it, so a token is looked up once for all of them instead of once per list.
/// ASCII words are looked up by their bytes (`ASCIIWordTable`); others, and all of them
/// should a list word equal an ASCII word only canonically, in a dictionary, which
/// answers as each list's set would.
struct WordClassTable<Classes: OptionSet & Sendable>: Sendable where Classes.RawValue: FixedWidthInteger {
    private let classes: [String: Classes]
    private let ascii: ASCIIWordTable
    private let asciiIsExact: Bool

    /// Each list with the class it stands for (at most 32 bits); lists may share a class.
    init(_ lists: [(Classes, Set<String>)]) {
        var classes: [String: Classes] = [:]
        classes.reserveCapacity(lists.reduce(0) { $0 + $1.1.count })
        for (list, words) in lists {
            for word in words { classes[word, default: []].formUnion(list) }
        }
        var ascii = ASCIIWordTable()
        for (word, value) in classes where word.utf8.allSatisfy({ $0 < 0x80 }) {
            ascii.insert(word, value: Int32(truncatingIfNeeded: value.rawValue))
        }
        self.classes = classes
        self.ascii = ascii
        asciiIsExact = !classes.keys.contains(where: ASCIIWordTable.hasASCIIEquivalent)
    }

    /// The classes of every list that holds `word`.
    func classes(of word: String) -> Classes {
        if asciiIsExact {
            switch ascii.lookup(word) {
            case .found(let value):
                return Classes(rawValue: Classes.RawValue(truncatingIfNeeded: UInt32(bitPattern: value)))
            case .absent: return []
            case .notASCII: break
            }
        }
        return classes[word] ?? []
    }

    /// Per token (of any kind), the classes of the lists that hold its folded form.
    func classes(of tokens: [Token]) -> [Classes] {
        var perToken: [Classes] = []
        perToken.reserveCapacity(tokens.count)
        for token in tokens { perToken.append(classes(of: token.folded)) }
        return perToken
    }
}
