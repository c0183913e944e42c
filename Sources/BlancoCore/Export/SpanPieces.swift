/// A response cut into pieces at its flagged spans, so an export can highlight the exact
/// words: each piece has the categories whose spans cover it (none for plain text).
/// Spans count Unicode scalars, as the analyzer does; spans past the end are clipped.
public enum SpanPieces {
    public struct Piece: Sendable, Hashable {
        public let text: String
        /// Guideline names, in the order the flags came.
        public let categories: [String]
    }

    public static func split(_ response: String, flags: [JournalFlag]) -> [Piece] {
        let scalars = Array(response.unicodeScalars)
        var cuts: Set<Int> = [0, scalars.count]
        for flag in flags {
            cuts.insert(min(max(0, flag.start), scalars.count))
            cuts.insert(min(max(0, flag.end), scalars.count))
        }
        let points = cuts.sorted()
        var pieces: [Piece] = []
        for (from, to) in zip(points, points.dropFirst()) where from < to {
            let categories = flags.filter { $0.start <= from && to <= $0.end }.map(\.category).uniqued()
            let text = String(String.UnicodeScalarView(scalars[from..<to]))
            if let last = pieces.last, last.categories == categories {
                pieces[pieces.count - 1] = Piece(text: last.text + text, categories: categories)
            } else {
                pieces.append(Piece(text: text, categories: categories))
            }
        }
        return pieces
    }
}
