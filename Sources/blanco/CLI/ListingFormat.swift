import BlancoCore

/// `--format text|json` of `list`, `rules` and `validate`: a table for people, or one
/// JSON object (with `"schemaVersion"`) for scripts.
enum ListingFormat: String {
    case text, json

    static let option = "--format"

    /// The chosen format, or a usage error naming the choices.
    static func chosen(in parsed: ParsedArguments) throws(UsageError) -> ListingFormat {
        guard let value = parsed.value(option) else { return .text }
        guard let format = ListingFormat(rawValue: value) else {
            throw UsageError(message: "--format verwacht text of json, niet '\(value)'")
        }
        return format
    }

    /// Writes `members` after the schema version as one line of JSON.
    static func write(_ members: [(String, JSONValue)], to context: AppContext) {
        let document = JSONValue.object([("schemaVersion", .int(JSONValue.listingSchemaVersion))] + members)
        context.out.line(document.text)
    }
}
