/// Which rules count and how heavily: a lecturer's choice for a group of students. A
/// profile switches rules or whole categories off (or on again) and changes a severity;
/// the analyzer still reads every response the same way, it only leaves out the flags the
/// profile does not count, and weighs the rest at the profile's severity. `analyze`,
/// `practice` and the grade all go by it.
///
/// Three profiles are built in (`basis`, `standaard`, `streng`); a lecturer writes more as
/// small Markdown files (format: `Exercises/README.md`, section *Profielen*).
public struct Profile: Sendable, Hashable {
    /// What an adjustment is about: a whole category or one rule (by its id).
    public enum Target: Sendable, Hashable {
        case category(Category)
        case rule(String)
    }

    /// One layer of changes: the built-in profile a file starts from is one, the file's own
    /// sections the next.
    public struct Adjustments: Sendable, Hashable {
        public var off: Set<Target> = []
        public var on: Set<Target> = []
        public var severity: [Target: Severity] = [:]

        public init(off: Set<Target> = [], on: Set<Target> = [], severity: [Target: Severity] = [:]) {
            self.off = off
            self.on = on
            self.severity = severity
        }

        /// A rule's severity after this layer, or nil when it is off. A rule named by its id
        /// wins over its category; `on` wins over `off` at the same level.
        func apply(to rule: Rule, after current: Severity?) -> Severity? {
            var counted = current != nil
            if off.contains(.category(rule.category)) { counted = false }
            if on.contains(.category(rule.category)) { counted = true }
            if off.contains(.rule(rule.id)) { counted = false }
            if on.contains(.rule(rule.id)) { counted = true }
            guard counted else { return nil }
            return severity[.rule(rule.id)] ?? severity[.category(rule.category)] ?? current ?? rule.severity
        }
    }

    /// `basis`, `standaard`, `streng`, or a lecturer's own kebab-case id.
    public let id: String
    /// A short Dutch description for messages and lists.
    public let title: String
    let layers: [Adjustments]

    public init(id: String, title: String, layers: [Adjustments]) {
        self.id = id
        self.title = title
        self.layers = layers
    }

    /// The severity a rule's flags count with under this profile, or nil when the profile
    /// does not count the rule.
    public func severity(of rule: Rule) -> Severity? {
        layers.reduce(rule.severity) { current, layer in layer.apply(to: rule, after: current) }
    }

    /// Whether the profile counts any rule of `category`.
    public func counts(_ category: Category, in book: RuleBook = .standard) -> Bool {
        book.rules.contains { $0.category == category && severity(of: $0) != nil }
    }
}

extension Profile {
    /// Every rule at its own severity: Blanco's default.
    public static let standard = Profile(
        id: "standaard", title: "alle categorieën, elke regel met zijn eigen zwaarte", layers: [])

    /// For first-years: leading questions are left out, so a beginner learns the clearest
    /// habits first (judging, interpreting, advising, why-questions, asking for an opinion
    /// too early) before the subtler steering of a question.
    public static let basic = Profile(
        id: "basis", title: "zonder suggestieve vragen, voor eerstejaars",
        layers: [Adjustments(off: [.category(.leadingQuestion)])])

    /// Every category, and every flag weighs as a major one.
    public static let strict = Profile(
        id: "streng", title: "alle categorieën, elke vondst telt zwaar",
        layers: [
            Adjustments(severity: Dictionary(uniqueKeysWithValues: Category.allCases.map { (.category($0), .major) }))
        ])

    /// The built-in profiles, mildest first.
    public static let builtIn: [Profile] = [.basic, .standard, .strict]

    /// A built-in profile by its name.
    public static func builtIn(named name: String) -> Profile? {
        builtIn.first { $0.id == name.lowercased() }
    }
}
