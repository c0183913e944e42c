/// Cuts a very long response into blocks of whole sentences (about
/// `InputLimits.blockBytes` each),
/// with each block's offset in Unicode scalars. A block ends after a line break or after
/// sentence punctuation followed by a space; a run of text with neither is cut at a space,
/// or as a last resort anywhere.
struct ResponseChunks: Sequence, IteratorProtocol {
    struct Chunk {
        let text: String
        let scalarOffset: Int
    }

    private let response: String
    private var position: String.Index
    private var scalarOffset = 0

    init(_ response: String) {
        self.response = response
        position = response.startIndex
    }

    mutating func next() -> Chunk? {
        guard position < response.endIndex else { return nil }
        let scalars = response.unicodeScalars
        var index = position
        var bytes = 0
        var count = 0
        var lastSentenceEnd: (String.Index, Int)?
        var lastSpace: (String.Index, Int)?
        var previous: Unicode.Scalar?
        while index < scalars.endIndex {
            let scalar = scalars[index]
            bytes += UTF8.width(scalar)
            count += 1
            index = scalars.index(after: index)
            if scalar == "\n" || (scalar == " " && previous.map { ".?!…".unicodeScalars.contains($0) } == true) {
                lastSentenceEnd = (index, count)
            } else if scalar == " " {
                lastSpace = (index, count)
            }
            previous = scalar
            if bytes >= InputLimits.blockBytes * 2 { break }
            if bytes >= InputLimits.blockBytes, lastSentenceEnd != nil { break }
        }
        let (end, scalarCount) =
            index == scalars.endIndex ? (index, count) : (lastSentenceEnd ?? lastSpace ?? (index, count))
        // Cut by scalars, not characters: a cut inside a character must not move offsets.
        let chunk = Chunk(text: String(response.unicodeScalars[position..<end]), scalarOffset: scalarOffset)
        position = end
        scalarOffset += scalarCount
        return chunk
    }
}
