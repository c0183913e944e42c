/// Up to two word sets per pattern that every match of it needs, besides the word a match
/// starts from: where no token of a response may match one of them, the pattern matches
/// nowhere in it, and the runner does not try it. Most patterns need a word most responses
/// lack ("bezwaar", "schuld", "gelijk"), so a response is tried against a handful of
/// patterns instead of a hundred and more filed under its "je", "dat" and "is".
struct PatternAnchors: Sendable {
    /// Two anchor numbers per pattern, at `2 * pattern` and `2 * pattern + 1`; anchor 0
    /// stands for none and is always present. Patterns that need the same words share
    /// their anchor, so a response marks each word set once.
    let ofPattern: [Int32]
    /// How many anchors there are, the empty one included.
    private let count: Int
    /// Per vocabulary number, the anchors that hold the word:
    /// `anchors[starts[id]..<starts[id + 1]]`.
    private let starts: [Int32]
    private let anchors: [Int32]

    /// The largest word set that serves as an anchor: each of its words files it.
    static let largestAnchor = 128

    /// `patterns` in the order the rule book numbers them, with whether each is filed under
    /// the words it starts with; `vocabulary` numbers every word they mention.
    init(_ patterns: [(pattern: TokenPattern, filedByStart: Bool)], vocabulary: Vocabulary) {
        // Filed by set without hashing the long lists at every pattern that names them.
        var numbers = WordSetTable<Int32>()
        var ofPattern: [Int32] = []
        ofPattern.reserveCapacity(2 * patterns.count)
        var byWord = [[Int32]](repeating: [], count: vocabulary.count)
        var count: Int32 = 1
        for entry in patterns {
            let needed = Self.anchors(of: entry.pattern, filedByStart: entry.filedByStart)
            for slot in 0..<2 {
                guard slot < needed.count else {
                    ofPattern.append(0)
                    continue
                }
                if let number = numbers[needed[slot]] {
                    ofPattern.append(number)
                    continue
                }
                numbers[needed[slot]] = count
                ofPattern.append(count)
                for word in needed[slot] {
                    let id = vocabulary.id(of: word)
                    if id >= 0 { byWord[Int(id)].append(count) }
                }
                count += 1
            }
        }
        var starts: [Int32] = [0]
        starts.reserveCapacity(byWord.count + 1)
        var anchors: [Int32] = []
        for wordAnchors in byWord {
            anchors += wordAnchors
            starts.append(Int32(anchors.count))
        }
        self.ofPattern = ofPattern
        self.count = Int(count)
        self.starts = starts
        self.anchors = anchors
    }

    /// The two smallest word sets among the words a match needs (optional ones aside). A
    /// pattern filed under its start words is tried at one of them, so its first needed set
    /// is left out: it is there wherever the pattern is tried.
    static func anchors(of pattern: TokenPattern, filedByStart: Bool) -> [Set<String>] {
        var needed: [Set<String>] = []
        var skipsFirst = filedByStart
        for element in pattern.elements {
            let words: Set<String>
            switch element {
            case .word(let set): words = set
            case .lexicon(let lexicon): words = lexicon.matchForms
            default: continue
            }
            if skipsFirst {
                skipsFirst = false
                continue
            }
            if words.count <= largestAnchor { needed.append(words) }
        }
        return Array(needed.sorted { $0.count < $1.count }.prefix(2))
    }

    /// Per anchor, whether it has a word among the tokens a pattern may match (`ids` and
    /// `flags` as `PatternMatcher` holds them); the empty anchor always does.
    func present(ids: [Int32], flags: [PatternMatcher.TokenFlags]) -> [Bool] {
        var present = [Bool](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.initialize(repeating: false)
            initialized = count
        }
        present[0] = true
        for index in ids.indices where ids[index] >= 0 && flags[index].contains(.matchable) {
            let id = Int(ids[index])
            for slot in Int(starts[id])..<Int(starts[id + 1]) { present[Int(anchors[slot])] = true }
        }
        return present
    }

    /// Whether both anchors of `pattern` are `present` (from `present(ids:flags:)`).
    func isViable(_ pattern: Int, present: [Bool]) -> Bool {
        present[Int(ofPattern[2 * pattern])] && present[Int(ofPattern[2 * pattern + 1])]
    }

    /// The patterns of `list` whose anchors are both `present` (from `present(ids:flags:)`),
    /// appended to `out` in their order. The runner asks this of every pattern filed under
    /// every word of a response, hundreds per response, and nine in ten fail: read without
    /// bounds checks, a test costs a third of what it did.
    func appendViable(_ list: [Int], present: [Bool], to out: inout [Int]) {
        present.withUnsafeBufferPointer { present in
            ofPattern.withUnsafeBufferPointer { anchors in
                for pattern in list
                where present[Int(anchors[2 &* pattern])] && present[Int(anchors[2 &* pattern &+ 1])] {
                    out.append(pattern)
                }
            }
        }
    }
}
