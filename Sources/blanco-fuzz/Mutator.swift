/// A deterministic mutator: the same seed gives the same inputs, so any finding of a run
/// is reproduced by running again with its `--seed`.
struct Mutator {
    private var state: UInt64
    let seeds: [[UInt8]]
    let tokens: [[UInt8]]
    /// Inputs are kept below this, except for the occasional blow-up that tests limits.
    let maximumSize: Int

    init(seed: UInt64, seeds: [[UInt8]], tokens: [[UInt8]], maximumSize: Int = 64 << 10) {
        state = seed &+ 0x9E37_79B9_7F4A_7C15
        self.seeds = seeds.isEmpty ? [[]] : seeds
        self.tokens = tokens
        self.maximumSize = maximumSize
    }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int {
        bound <= 1 ? 0 : Int(next() % UInt64(bound))
    }

    /// A seed with one to eight mutations.
    mutating func input() -> [UInt8] {
        var bytes = seeds[below(seeds.count)]
        for _ in 0...below(8) { mutate(&bytes) }
        if bytes.count > maximumSize, below(64) != 0 { bytes.removeLast(bytes.count - maximumSize) }
        return bytes
    }

    private mutating func mutate(_ bytes: inout [UInt8]) {
        let position = below(bytes.count + 1)
        switch below(11) {
        case 0 where !bytes.isEmpty:  // flip a bit
            bytes[below(bytes.count)] ^= UInt8(1 << below(8))
        case 1 where !bytes.isEmpty:  // any byte
            bytes[below(bytes.count)] = UInt8(truncatingIfNeeded: next())
        case 2:  // insert a few random bytes
            bytes.insert(contentsOf: (0..<(1 + below(4))).map { _ in UInt8(truncatingIfNeeded: next()) }, at: position)
        case 3 where !bytes.isEmpty:  // delete a range
            let end = min(bytes.count, position + 1 + below(64))
            bytes.removeSubrange(min(position, bytes.count - 1)..<end)
        case 4 where !bytes.isEmpty:  // duplicate a range
            let start = below(bytes.count)
            let chunk = Array(bytes[start..<min(bytes.count, start + 1 + below(256))])
            bytes.insert(contentsOf: chunk, at: position)
        case 5, 6:  // a token the format cares about
            bytes.insert(contentsOf: tokens[below(tokens.count)], at: position)
        case 7:  // a token repeated many times: long fields, deep nesting
            let token = tokens[below(tokens.count)]
            let times = 16 << below(10)
            bytes.insert(contentsOf: Array([[UInt8]](repeating: token, count: times).joined()), at: position)
        case 8:  // splice in part of another seed
            let other = seeds[below(seeds.count)]
            guard !other.isEmpty else { return }
            let start = below(other.count)
            bytes.insert(contentsOf: other[start..<min(other.count, start + 1 + below(512))], at: position)
        case 9 where !bytes.isEmpty:  // cut the input short, as a full disk does
            bytes.removeSubrange(position..<bytes.count)
        default:  // a line break of another kind
            let breaks: [[UInt8]] = [
                [0x0D], [0x0D, 0x0A], [0x0C], [0x0B], [0xC2, 0x85], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9],
                [0x0A, 0x0A],
            ]
            bytes.insert(contentsOf: breaks[below(breaks.count)], at: position)
        }
    }
}
