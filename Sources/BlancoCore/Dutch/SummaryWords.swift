/// Dutch words that open a summary or a conclusion ("dus", "kortom", "met andere woorden")
/// and words that turn a summary into the listener's own conclusion ("eigenlijk",
/// "gewoon"). Folded; written by hand for this project.
enum SummaryWords {
    /// Words that make a summary the listener's conclusion when the client did not use them.
    static let concludingWords: Set<String> = [
        "eigenlijk", "gewoon", "helemaal", "echt", "blijkbaar", "kennelijk", "duidelijk", "nooit", "niemand", "altijd",
    ]

    /// Words that open a summary or conclusion, as folded word sequences, tried in this order.
    static let openers: [[String]] = [
        ["dus"], ["kortom"], ["oftewel"], ["ofwel"], ["samengevat"], ["met", "andere", "woorden"],
        ["anders", "gezegd"], ["kort", "gezegd"], ["samenvattend"], ["dat", "betekent"], ["dat", "wil", "zeggen"],
    ]

    /// Openers that often lead into a plain summary ("dus u belde twee keer") rather than
    /// announce a conclusion.
    static let summaryOpeners: Set<String> = ["dus", "samengevat", "samenvattend"]
}
