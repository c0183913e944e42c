import Platform

/// Client contexts prepared recently, by their text. Lines often share a context (all
/// responses to one client turn) or alternate between a few; each is prepared once.
/// Only short contexts are kept, and only a few, so memory stays flat. A context is
/// found by its exact bytes, compared with `memcmp`: hashing or comparing texts as
/// Unicode (canonical equivalence) would cost more than the line's analysis.
public struct RecentContexts {
    private var last: ClientContext
    private var known: [ClientContext] = []
    private var knownTexts: [String] = []
    private var lastIsKnown = false

    /// The texts of the contexts prepared: what the next line most likely repeats.
    public var texts: [String] { lastIsKnown ? knownTexts : [last.text] + knownTexts }

    public init(_ first: ClientContext) {
        last = first
    }

    /// The prepared context for `text`: a recent one with the same bytes, or a new one.
    public mutating func prepared(_ text: String) -> ClientContext {
        if Self.sameBytes(text, last.text) { return last }
        if let context = known.first(where: { Self.sameBytes(text, $0.text) }) {
            last = context
            lastIsKnown = true
            return context
        }
        last = ClientContext(text)
        lastIsKnown = text.utf8.count <= InputLimits.recentContextBytes
        if lastIsKnown {
            if known.count >= InputLimits.recentContextCount {
                known.removeAll(keepingCapacity: true)
                knownTexts.removeAll(keepingCapacity: true)
            }
            known.append(last)
            knownTexts.append(text)
        }
        return last
    }

    private static func sameBytes(_ left: String, _ right: String) -> Bool {
        guard left.utf8.count == right.utf8.count else { return false }
        var left = left
        var right = right
        return left.withUTF8 { a in
            right.withUTF8 { b in Platform.bytesEqual(UnsafeRawBufferPointer(a), UnsafeRawBufferPointer(b)) }
        }
    }
}
