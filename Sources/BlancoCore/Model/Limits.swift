/// Every size limit Blanco keeps, in one place. Each is chosen from what a user could
/// mean, far beyond any real use, and is checked before the work it guards, so no input
/// (however large, however full of flags) makes Blanco slow or hungry. Each message
/// names the limit in Dutch.
public enum Limits {
    /// One limit: how much of what, and the Dutch words for it.
    public struct Limit: Sendable, Hashable {
        public enum Unit: Sendable, Hashable {
            case bytes, characters
        }

        public let value: Int
        public let unit: Unit
        /// What is limited, in Dutch: "een reactie", "de naam van de cliënt".
        public let subject: String

        /// "10.000 tekens", "1 MB".
        public var dutch: String {
            switch unit {
            case .characters: "\(Self.grouped(value)) tekens"
            case .bytes where value % 1_000_000 == 0: "\(value / 1_000_000) MB"
            case .bytes where value % 1_000 == 0: "\(value / 1_000) kB"
            case .bytes: "\(Self.grouped(value)) bytes"
            }
        }

        /// "een reactie mag hoogstens 4.000 tekens lang zijn"
        public var message: String {
            "\(subject) mag hoogstens \(dutch) \(unit == .characters ? "lang" : "groot") zijn"
        }

        /// Whether `text` is over the limit: counted in the limit's unit, stopping early.
        public func isExceeded(by text: some StringProtocol) -> Bool {
            switch unit {
            case .bytes: text.utf8.count > value
            case .characters: text.utf8.count > value && text.unicodeScalars.dropFirst(value).contains { _ in true }
            }
        }

        static func grouped(_ number: Int) -> String {
            var digits = Array(String(number))
            var index = digits.count - 3
            while index > 0 {
                digits.insert(".", at: index)
                index -= 3
            }
            return String(digits)
        }
    }

    // MARK: Exercise files (a lecturer writes these)

    /// A whole exercise file: the longest bundled one is under 10 kB.
    public static let exerciseFile = Limit(value: 1_000_000, unit: .bytes, subject: "een oefening")
    /// `id`, `titel`, `domein`, `client`: a name or a short title, shown in one table row.
    public static let exerciseName = Limit(value: 100, unit: .characters, subject: "dit veld")
    /// `over` and any one line of a section: a paragraph a client says in one go.
    public static let exerciseLine = Limit(value: 2_000, unit: .characters, subject: "een regel in een oefening")
    /// One section (`## Opening`, `## Film`, ...): the bundled ones are under 2,000.
    public static let exerciseSection = Limit(value: 10_000, unit: .characters, subject: "een onderdeel")

    /// A profile file (`NAAM.profiel.md`): a few weights and rule ids, under 2 kB bundled.
    public static let profileFile = Limit(value: 100_000, unit: .bytes, subject: "een profiel")
    /// One rule or word-list file (`--regels DIR`, `blanco validate Rules`): the largest
    /// bundled one is under 10 kB.
    public static let ruleFile = Limit(value: 1_000_000, unit: .bytes, subject: "een regelbestand")

    // MARK: Practice (a trainee types these)

    /// One line typed in practice: a response, a choice, a slash command. A long spoken
    /// turn is a few hundred characters.
    public static let practiceLine = Limit(value: 4_000, unit: .characters, subject: "een reactie")

    // MARK: blanco analyze (a tool or a lecturer pipes these)

    /// One response to analyze: a whole essay of 150,000 words fits.
    public static let response = Limit(value: 1_000_000, unit: .bytes, subject: "een reactie")
    /// What the client said, for `--context` and `--context-file`.
    public static let context = Limit(value: 1_000_000, unit: .bytes, subject: "de context")
    /// One line of `--format jsonl`: a response and a context at their limits, with room
    /// for JSON escapes.
    public static let jsonlLine = Limit(value: 4_000_000, unit: .bytes, subject: "een jsonl-regel")

    // MARK: Blanco's own files

    /// One journal record: a practice line escaped as JSON (six bytes a character at
    /// worst) and the rest of the record. Longer lines are not records Blanco wrote.
    public static let journalLine = Limit(value: 100_000, unit: .bytes, subject: "een regel van het logboek")
    /// The journal's index (`journal.index`): a summary per exercise, a few kB.
    public static let journalIndex = Limit(value: 1_000_000, unit: .bytes, subject: "de index van het logboek")
    /// The trainee's settings (`instellingen.json`): a name, a few choices.
    public static let settingsFile = Limit(value: 100_000, unit: .bytes, subject: "de instellingen")
    /// The line history: 500 entries of ordinary length. A larger file is read from its end.
    public static let historyFile = Limit(value: 1_000_000, unit: .bytes, subject: "de geschiedenis")

    // MARK: A class session (students hand these in)

    /// One hand-in file (`blanco.export/1`): 30 responses are about 40 kB; this leaves room
    /// for a whole portfolio.
    public static let handInFile = Limit(value: 4_000_000, unit: .bytes, subject: "een inleverbestand")
}
