/// Up to two word sets per pattern that every match of it needs, besides the word a match
/// starts from: where no token of a response may match one of them, the pattern matches
/// nowhere in it, and the runner does not try it. Most patterns need a word most responses
/// lack ("bezwaar", "schuld", "gelijk"), so a response is tried against a handful of
/// patterns instead of a hundred and more filed under its "je", "dat" and "is".
struct PatternAnchors: Sendable {
    /// Two slots per pattern, `2 * pattern` and `2 * pattern + 1`: true where the slot holds
    /// no anchor, false where it waits for a word of its anchor.
    private let unanchored: [Bool]
    /// Per vocabulary number, the slots whose anchor holds the word:
    /// `slots[starts[id]..<starts[id + 1]]`.
    private let starts: [Int32]
    private let slots: [Int32]

    /// The largest word set that serves as an anchor: each of its words files the slot.
    static let largestAnchor = 128

    /// `patterns` in the order the rule book numbers them, with whether each is filed under
    /// the words it starts with; `vocabulary` numbers every word they mention.
    init(_ patterns: [(pattern: TokenPattern, filedByStart: Bool)], vocabulary: Vocabulary) {
        var unanchored: [Bool] = []
        unanchored.reserveCapacity(2 * patterns.count)
        var byWord = [[Int32]](repeating: [], count: vocabulary.count)
        for (index, entry) in patterns.enumerated() {
            let anchors = Self.anchors(of: entry.pattern, filedByStart: entry.filedByStart)
            for slot in 0..<2 {
                unanchored.append(slot >= anchors.count)
                guard slot < anchors.count else { continue }
                for word in anchors[slot] {
                    let id = vocabulary.id(of: word)
                    if id >= 0 { byWord[Int(id)].append(Int32(2 * index + slot)) }
                }
            }
        }
        var starts: [Int32] = [0]
        starts.reserveCapacity(byWord.count + 1)
        var slots: [Int32] = []
        for wordSlots in byWord {
            slots += wordSlots
            starts.append(Int32(slots.count))
        }
        self.unanchored = unanchored
        self.starts = starts
        self.slots = slots
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

    /// Per slot, whether its anchor is absent or has a word among the tokens a pattern may
    /// match (`ids` and `flags` as `PatternMatcher` holds them).
    func present(ids: [Int32], flags: [PatternMatcher.TokenFlags]) -> [Bool] {
        var present = unanchored
        for index in ids.indices where ids[index] >= 0 && flags[index].contains(.matchable) {
            let id = Int(ids[index])
            for slot in Int(starts[id])..<Int(starts[id + 1]) { present[Int(slots[slot])] = true }
        }
        return present
    }
}
