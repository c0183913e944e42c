/// A half-open range in a response, counted in Unicode scalars (code points) from the
/// start of the original, unnormalised text. That is the unit Python's `str` slicing and
/// Swift's `String.unicodeScalars` use, so `response[start:end]` gives the flagged words.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    public let start: Int
    public let end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span ends after it starts")
        self.start = start
        self.end = end
    }

    public var isEmpty: Bool { start == end }

    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
