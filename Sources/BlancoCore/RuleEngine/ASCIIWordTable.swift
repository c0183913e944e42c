/// Numbers for ASCII words, looked up by their bytes with a cheap hash (FNV-1a) and
/// `memcmp`, for the one lookup every token of every response makes: its vocabulary
/// number. A `Dictionary<String, _>` hashes with SipHash and checks Unicode
/// normalization, which cost more than all the rest of reading a token.
///
/// Only ASCII keys and ASCII queries: for those, byte equality is exactly `String`
/// equality. Whoever asks with a word that is not ASCII asks a dictionary instead.
struct ASCIIWordTable: Sendable {
    /// What a lookup found.
    enum Lookup: Equatable {
        case found(Int32)
        case absent
        /// The word is not ASCII: this table cannot tell.
        case notASCII
    }

    /// All keys' bytes, one after the other; key `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var values: [Int32] = []
    /// Open addressing with linear probing: a key index, or -1 for an empty slot. The
    /// count is a power of two, at least twice the number of keys.
    private var slots = [Int32](repeating: -1, count: 64)

    var count: Int { values.count }

    init() {}

    /// A table with room for `capacity` keys before it grows.
    init(capacity: Int) {
        var slotCount = 64
        while slotCount < capacity * 2 { slotCount *= 2 }
        slots = [Int32](repeating: -1, count: slotCount)
        values.reserveCapacity(capacity)
        starts.reserveCapacity(capacity + 1)
        bytes.reserveCapacity(capacity * 10)
    }

    /// Whether a word holds a scalar canonically equal to an ASCII one (U+037E is ";",
    /// U+1FEF is "`", the Kelvin sign U+212A is "K"): then an ASCII word can equal it as a
    /// `String` while their bytes differ, and this table cannot stand in for a set.
    static func hasASCIIEquivalent(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.value == 0x037E || $0.value == 0x1FEF || $0.value == 0x212A }
    }

    /// Adds an ASCII word (a word already in the table keeps its number).
    mutating func insert(_ word: String, value: Int32) {
        var word = word
        word.withUTF8 { insert(ascii: $0, value: value) }
    }

    /// Adds an ASCII word given as its bytes (a word already in the table keeps its number).
    mutating func insert(ascii key: UnsafeBufferPointer<UInt8>, value: Int32) {
        precondition(key.allSatisfy { $0 < 0x80 }, "only ASCII words")
        if case .found = lookup(key) { return }
        if (values.count + 1) * 2 > slots.count { grow() }
        bytes.append(contentsOf: key)
        starts.append(bytes.count)
        values.append(value)
        place(values.count - 1, hash: Self.hash(key).hash)
    }

    func lookup(_ word: String) -> Lookup {
        // The bytes of a native string are read where they are: `withUTF8` mutates, so it
        // would copy (retain and release) the string at each of the dozens of lookups a
        // response makes.
        if let found = word.utf8.withContiguousStorageIfAvailable({ lookup($0) }) { return found }
        var word = word
        return word.withUTF8 { lookup($0) }
    }

    func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Lookup {
        let (hash, bits) = Self.hash(key)
        guard bits < 0x80 else { return .notASCII }
        // The tables are read without bounds checks (`starts` and `slots` hold only valid
        // indexes): every token of every response is looked up here several times.
        return slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                bytes.withUnsafeBufferPointer { bytes in
                    let mask = slots.count &- 1
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let index = Int(slots[slot])
                        if index < 0 { return .absent }
                        let start = starts[index]
                        if starts[index &+ 1] &- start == key.count {
                            var offset = 0
                            while offset < key.count, bytes[start &+ offset] == key[offset] { offset &+= 1 }
                            if offset == key.count { return .found(values[index]) }
                        }
                        slot = (slot &+ 1) & mask
                    }
                }
            }
        }
    }

    /// The FNV-1a hash of the bytes, and all their bits or-ed (below 0x80 for ASCII).
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, bits: UInt8) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var bits: UInt8 = 0
        for byte in key {
            bits |= byte
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return (hash, bits)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        // Hashed in place, not copied out key by key: a copied table that grows (a client's
        // words extended by a reply) rehashes every key.
        let hashes = bytes.withUnsafeBufferPointer { all in
            values.indices.map { Self.hash(UnsafeBufferPointer(rebasing: all[starts[$0]..<starts[$0 + 1]])).hash }
        }
        for (index, hash) in hashes.enumerated() { place(index, hash: hash) }
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }
}
