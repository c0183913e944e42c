/// The sizes the analyzer works in, with why each is what it is: blocks, caches, nesting.
/// These shape the work, not what a user may give; the limits on input (a response, a
/// context, a jsonl line) are in `Limits`, with every other limit.
public enum InputLimits {
    /// A long response is analyzed in blocks of whole sentences of about this size, so the
    /// working memory stays that of one block.
    public static let blockBytes = 32 << 10
    /// A response longer than this (two blocks) is long: it is analyzed a block at a time
    /// and its analysis is kept compact, as offsets rather than strings.
    public static let longResponseBytes = 2 * blockBytes

    /// A jsonl context up to this size is kept prepared for the lines after it (which
    /// often repeat it); a longer one is prepared for its own line only.
    public static let recentContextBytes = 16 << 10
    /// How many recent jsonl contexts are kept prepared.
    public static let recentContextCount = 16

    /// How deep JSON arrays and objects in a jsonl line may nest, so a hostile line cannot
    /// exhaust the stack.
    public static let jsonDepth = 64
}
