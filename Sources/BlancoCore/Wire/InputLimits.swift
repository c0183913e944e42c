/// Every size limit on what `blanco analyze` reads, in one place, with why each is what
/// it is. The executable reads and rejects input by these; the analyzer cuts long
/// responses by them.
public enum InputLimits {
    /// The largest response, context file or jsonl line analyzed. Analysis holds the text
    /// and its offsets next to the program itself (about 22 MB), so this limit is what
    /// keeps the peak memory under 50 MB whatever is piped in; 12 MB is far beyond any
    /// real response and leaves room for the 10 MB the analyzer promises to handle.
    public static let maximumBytes = 12 << 20
    /// `maximumBytes` as the Dutch messages name it.
    public static let maximumDescription = "12 MB"

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
