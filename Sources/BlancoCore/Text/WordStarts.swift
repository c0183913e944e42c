/// Words filed by their first bytes, for finding the few words that start alike without
/// walking every word: each entry holds a word's first bytes in its high half and the
/// word's index in its own list in the low half, and the entries are kept sorted.
enum WordStarts {
    /// The entry of the word at `index` of its list: nil for a word shorter than `count`
    /// bytes (at most four).
    static func entry(_ word: String, count: Int, index: Int) -> UInt64? {
        start(of: word, count: count).map { UInt64($0) << 32 | UInt64(index) }
    }

    /// The first `count` bytes (at most four) of `word` as one number; nil for a shorter word.
    static func start(of word: String, count: Int) -> UInt32? {
        var start: UInt32 = 0
        var taken = 0
        for byte in word.utf8.prefix(count) {
            start = start << 8 | UInt32(byte)
            taken += 1
        }
        return taken == count ? start : nil
    }

    /// Whether `matches` holds for the list index of any word filed under `start` in the
    /// sorted `entries`.
    static func any(startingWith start: UInt32, in entries: [UInt64], where matches: (Int) -> Bool) -> Bool {
        let key = UInt64(start) << 32
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle] < key { low = middle + 1 } else { high = middle }
        }
        while low < entries.count, entries[low] >> 32 == key >> 32 {
            if matches(Int(entries[low] & 0xFFFF_FFFF)) { return true }
            low += 1
        }
        return false
    }
}
