/// Something in a valid exercise file that probably does not do what its author meant,
/// e.g. a topic word that matches every question. `blanco validate` shows it without
/// failing.
public struct ExerciseWarning: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: waarschuwing: message`, beside the parser's `FILE:LINE: fout: message`.
    public var description: String { "\(file):\(line): waarschuwing: \(message)" }

    /// The silent mistakes seen in lecturers' first exercises, in the film's topic words.
    public static func check(_ exercise: Exercise) -> [ExerciseWarning] {
        var warnings: [ExerciseWarning] = []
        var firstFact: [String: Fact] = [:]
        for fact in exercise.film {
            func warn(_ message: String) {
                warnings.append(ExerciseWarning(file: exercise.source, line: fact.sourceLine, message: message))
            }
            for word in fact.topicWords {
                if word.contains(";") {
                    warn("'\(word)' is nu één onderwerpwoord; scheid onderwerpwoorden met komma's, niet met ';'")
                    continue
                }
                guard let folded = TopicWords.fold(word).first else { continue }
                if Words.commonWords.contains(folded) {
                    warn(
                        "het onderwerpwoord '\(word)' komt in bijna elke vraag voor, dus bijna elke vraag haalt dit feit naar boven; kies een woord dat bij dit feit hoort"
                    )
                }
                if let earlier = firstFact[folded], earlier != fact {
                    warn(
                        "het onderwerpwoord '\(word)' staat ook bij het feit op regel \(earlier.sourceLine); welk feit een vraag met dit woord oplevert, hangt dan af van de volgorde"
                    )
                } else {
                    firstFact[folded] = fact
                }
            }
        }
        return warnings
    }

    /// A file given by name that `--exercises` and `list` would skip: only `.md` files in a
    /// folder are exercises.
    public static func ignoredByFolders(_ path: String) -> ExerciseWarning? {
        guard !path.lowercased().hasSuffix(".md"), !path.hasSuffix("/") else { return nil }
        return ExerciseWarning(
            file: path, line: 1,
            message: "dit bestand eindigt niet op .md; in een map met --exercises slaat blanco het over. Noem het '…md'"
        )
    }

    /// An exercise that replaces a bundled one with the same id (and other content).
    public static func replacesBundled(_ exercise: Exercise, bundled: ExerciseCatalog) -> ExerciseWarning? {
        guard let original = bundled.exercise(id: exercise.id), !sameContent(exercise, original) else { return nil }
        return ExerciseWarning(
            file: exercise.source, line: exercise.idLine,
            message:
                "het id '\(exercise.id)' heeft ook een meegeleverde oefening; met --exercises vervangt deze oefening die. Kies een ander id als je dat niet wilt"
        )
    }

    private static func sameContent(_ one: Exercise, _ other: Exercise) -> Bool {
        one.title == other.title && one.opening == other.opening && one.film == other.film
            && one.opinion == other.opinion && one.debrief == other.debrief
    }
}
