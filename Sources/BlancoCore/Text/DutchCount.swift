/// A number with the Dutch noun in the right form: "1 oefening", "2 oefeningen".
public enum DutchCount {
    public static func of(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

    /// "1 oefening", "3 oefeningen".
    public static func exercises(_ count: Int) -> String { of(count, "oefening", "oefeningen") }
}
