/// A small JSON document for the listings `blanco list`, `rules` and `validate` write with
/// `--format json`: keys keep their order, text is escaped by `JSONText`.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// The version of the JSON that `list`, `rules` and `validate` write (`"schemaVersion"`).
    /// It goes up when a field is removed or changes meaning; new fields may appear without.
    public static let listingSchemaVersion = 1

    /// The document as compact JSON text, on one line.
    public var text: String {
        switch self {
        case .string(let value): JSONText.quoted(value)
        case .int(let value): String(value)
        case .number(let value): value.isFinite ? String(value) : "null"
        case .bool(let value): value ? "true" : "false"
        case .null: "null"
        case .array(let values): "[" + values.map(\.text).joined(separator: ",") + "]"
        case .object(let members):
            "{" + members.map { JSONText.quoted($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
        }
    }

    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    public static func == (left: JSONValue, right: JSONValue) -> Bool { left.text == right.text }
}
