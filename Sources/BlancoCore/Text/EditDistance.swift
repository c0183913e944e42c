/// Levenshtein distance, for "bedoelde je ...?" suggestions on mistyped commands.
public enum EditDistance {
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate closest to `word`, if it is close enough to be a plausible typo
    /// (at most a third of its letters differ, and at least one).
    ///
    /// The distance is at least the difference in length, so a candidate whose length is
    /// too far off is skipped unmeasured: a megabyte typed at a prompt costs nothing.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let length = word.count
        let limit = max(2, length / 3)
        let lowered = word.lowercased()
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            guard abs(candidate.count - length) <= limit else { return nil }
            return (candidate, between(lowered, candidate.lowercased()))
        }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= limit ? best.0 : nil
    }
}
