/// The overview a lecturer gets after a class session: per exercise the grades, what was
/// flagged and how often, the phrases that came back most, how much of the film the
/// students heard, self-assessment beside the coach, a few anonymised answers to discuss,
/// and a grade-book row per hand-in (left out when anonymous). Built from hand-ins
/// replayed with the current rules (`HandInReview`), so every figure is the coach's own.
public struct ClassReport: Sendable {
    public var exercises: [ClassExerciseSummary]
    /// Files that could not be used, one line each.
    public var skipped: [SkippedHandIn]
    /// No student names and no file names anywhere in the report.
    public var anonymous: Bool

    public init(exercises: [ClassExerciseSummary], skipped: [SkippedHandIn], anonymous: Bool) {
        self.exercises = exercises
        self.skipped = skipped
        self.anonymous = anonymous
    }

    /// Replays every hand-in against its exercise, graded with the profile it was made
    /// with (`sessionProfile`: the one the class session names, see
    /// `HandInReview.profile`), and summarises per exercise, in the order the exercises
    /// first appear. A
    /// hand-in for an exercise or a profile the catalog does not know cannot be checked,
    /// so it is skipped with a line saying how to add it. `rules` are the rules to replay
    /// with: the bundled ones, or with the lecturer's own added (`--regels`).
    public static func build(
        handIns: [HandIn], skipped: [SkippedHandIn], catalog: ExerciseCatalog, anonymous: Bool,
        sessionProfile: Profile? = nil, rules: RuleBook? = nil
    ) -> ClassReport {
        var order: [String] = []
        var reviewed: [String: [ReviewedHandIn]] = [:]
        var skipped = skipped
        let contexts = ReplayContexts()
        let analyzer = rules.map { Analyzer(rules: $0) } ?? Analyzer()
        for handIn in handIns {
            guard let exercise = catalog.exercise(id: handIn.exercise) else {
                skipped.append(
                    SkippedHandIn(
                        file: handIn.file,
                        reason:
                            "onbekende oefening '\(handIn.exercise)'; geef de map met die oefening mee met --exercises MAP"
                    ))
                continue
            }
            let profile: Profile
            switch HandInReview.profile(for: handIn, exercise: exercise, catalog: catalog, session: sessionProfile) {
            case .success(let chosen): profile = chosen
            case .failure(let problem):
                skipped.append(problem)
                continue
            }
            if reviewed[exercise.id] == nil { order.append(exercise.id) }
            reviewed[exercise.id, default: []].append(
                HandInReview.review(
                    handIn, exercise: exercise, analyzer: analyzer.counting(profile), contexts: contexts))
        }
        let summaries = order.compactMap { id in
            catalog.exercise(id: id).map {
                ClassExerciseSummary(exercise: $0, handIns: reviewed[id] ?? [], anonymous: anonymous)
            }
        }
        return ClassReport(exercises: summaries, skipped: skipped, anonymous: anonymous)
    }
}

/// The class's figures for one exercise.
public struct ClassExerciseSummary: Sendable {
    /// How often one category was flagged: flags in all, and hand-ins with at least one.
    public struct CategoryCount: Sendable, Hashable {
        public let category: Category
        public let flags: Int
        public let handIns: Int
    }

    /// A flagged phrase and how many times it was said (folded: case and accents ignored).
    public struct Phrase: Sendable, Hashable {
        public let text: String
        public let category: Category
        public let count: Int
    }

    /// How many hand-ins heard one fact of the film.
    public struct FactCoverage: Sendable, Hashable {
        public let aspect: Aspect
        public let isKey: Bool
        /// The start of the client's line, to recognise the fact.
        public let excerpt: String
        public let heardBy: Int
    }

    /// The class's mean self-rating and coach rating for one skill (1–5).
    public struct SkillGap: Sendable, Hashable {
        public let skill: String
        /// Hand-ins with both a self-rating and a coach rating for this skill.
        public let rated: Int
        public let selfMean: Double
        public let coachMean: Double
        /// Self minus coach: positive when students rate themselves higher.
        public var gap: Double { ((selfMean - coachMean) * 10).rounded() / 10 }
    }

    /// How many hand-ins were graded with one profile.
    public struct ProfileCount: Sendable, Hashable {
        /// The profile's id: `basis`, `standaard`, `streng` or a lecturer's own.
        public let profile: String
        public let handIns: Int
    }

    /// An answer to discuss, without who gave it.
    public struct Example: Sendable, Hashable {
        public let response: String
        public let analysis: Analysis
        /// Why it was chosen, in Dutch.
        public let note: String
    }

    /// One row of the grade book: the recomputed grade, and whether the file agreed.
    public struct GradeBookRow: Sendable, Hashable {
        /// Nil in an anonymous report or for an anonymous hand-in.
        public let student: String?
        /// Nil in an anonymous report (a file name may carry a name).
        public let file: String?
        public let attempt: String
        public let grade: Double
        public let claimedGrade: Double?
        public let turns: Int
        public let flags: Int
        public let keyFactsFound: Int
        public let keyFactsTotal: Int
        public let hints: Int
        public let finished: String?
        public let generator: String?
        /// The id of the profile the hand-in was graded with.
        public let profile: String

        /// The file claims another grade than its responses give.
        public var mismatch: Bool { claimedGrade.map { abs($0 - grade) >= 0.05 } ?? false }
    }

    public let exercise: Exercise
    /// Distinct students: named hand-ins by name, plus every anonymous hand-in.
    public let students: Int
    public let handIns: Int
    public let responses: Int
    public let grades: GradeSpread?
    /// Every category, in guideline order, zeros included.
    public let categories: [CategoryCount]
    /// The profiles the hand-ins were graded with, most hand-ins first (ties by id).
    public let profiles: [ProfileCount]
    /// Most frequent first, at most `phraseLimit`.
    public let phrases: [Phrase]
    /// In film order.
    public let film: [FactCoverage]
    /// Hand-ins that heard every key fact.
    public let completeFilm: Int
    public let meanKeyFactsFound: Double
    public let skills: [SkillGap]
    /// A strong answer first, then typical pitfalls.
    public let examples: [Example]
    /// By student (or attempt), empty when anonymous.
    public let gradeBook: [GradeBookRow]
    /// Hand-ins whose claimed grade differs from the recomputed one, also when anonymous.
    public let mismatches: [GradeBookRow]

    public static let phraseLimit = 10

    public init(exercise: Exercise, handIns reviewed: [ReviewedHandIn], anonymous: Bool) {
        self.exercise = exercise
        handIns = reviewed.count
        let names = Set(reviewed.compactMap { $0.handIn.student.map(TextFolding.fold) })
        students = names.count + reviewed.filter { $0.handIn.student == nil }.count
        responses = reviewed.reduce(0) { $0 + $1.turns.count }
        grades = GradeSpread(reviewed.map(\.grade))
        var profileCounts: [String: Int] = [:]
        for handIn in reviewed { profileCounts[handIn.profile.id, default: 0] += 1 }
        profiles = profileCounts.map { ProfileCount(profile: $0.key, handIns: $0.value) }.sorted {
            $0.handIns != $1.handIns ? $0.handIns > $1.handIns : $0.profile < $1.profile
        }

        var flagCounts = [Category: Int]()
        var handInCounts = [Category: Int]()
        var phraseCounts: [PhraseKey: (display: String, count: Int, first: Int)] = [:]
        var order = 0
        for handIn in reviewed {
            var seen = Set<Category>()
            for flag in handIn.flags {
                flagCounts[flag.category, default: 0] += 1
                seen.insert(flag.category)
                let key = PhraseKey(text: PhraseKey.normalise(flag.text), category: flag.category)
                guard !key.text.isEmpty else { continue }
                if let entry = phraseCounts[key] {
                    phraseCounts[key] = (entry.display, entry.count + 1, entry.first)
                } else {
                    phraseCounts[key] = (PhraseKey.display(flag.text), 1, order)
                    order += 1
                }
            }
            for category in seen { handInCounts[category, default: 0] += 1 }
        }
        categories = Category.allCases.map {
            CategoryCount(category: $0, flags: flagCounts[$0] ?? 0, handIns: handInCounts[$0] ?? 0)
        }
        phrases = phraseCounts.sorted { lhs, rhs in
            lhs.value.count != rhs.value.count ? lhs.value.count > rhs.value.count : lhs.value.first < rhs.value.first
        }.prefix(Self.phraseLimit).map {
            Phrase(text: $0.value.display, category: $0.key.category, count: $0.value.count)
        }

        var heard = Array(repeating: 0, count: exercise.film.count)
        for handIn in reviewed {
            let lines = Set(handIn.turns.compactMap { $0.reply.revealedFact?.sourceLine })
            for (index, fact) in exercise.film.enumerated() where lines.contains(fact.sourceLine) { heard[index] += 1 }
        }
        film = exercise.film.enumerated().map { index, fact in
            FactCoverage(
                aspect: fact.aspect, isKey: fact.isKey, excerpt: Self.excerpt(fact.line), heardBy: heard[index])
        }
        completeFilm = reviewed.filter { $0.keyFactsFound >= $0.keyFactsTotal }.count
        meanKeyFactsFound =
            reviewed.isEmpty ? 0 : Double(reviewed.reduce(0) { $0 + $1.keyFactsFound }) / Double(reviewed.count)

        var skillIDs: [String] = []
        for handIn in reviewed {
            for id in handIn.coachRatings.keys.sorted() where !skillIDs.contains(id) { skillIDs.append(id) }
        }
        skills = ClassCoachRatings.skillOrder(skillIDs).compactMap { id in
            let pairs = reviewed.compactMap { handIn -> (Int, Int)? in
                guard let own = handIn.handIn.selfRatings[id], let coach = handIn.coachRatings[id] else { return nil }
                return (own, coach)
            }
            guard !pairs.isEmpty else { return nil }
            let count = Double(pairs.count)
            return SkillGap(
                skill: id, rated: pairs.count, selfMean: Double(pairs.reduce(0) { $0 + $1.0 }) / count,
                coachMean: Double(pairs.reduce(0) { $0 + $1.1 }) / count)
        }

        examples = Self.examples(reviewed, categories: categories, phrases: phrases)

        let rows = reviewed.map { handIn in
            GradeBookRow(
                student: anonymous ? nil : handIn.handIn.student, file: anonymous ? nil : handIn.handIn.file,
                attempt: handIn.handIn.attempt, grade: handIn.grade, claimedGrade: handIn.handIn.claimedGrade,
                turns: handIn.turns.count, flags: handIn.flags.count, keyFactsFound: handIn.keyFactsFound,
                keyFactsTotal: handIn.keyFactsTotal, hints: handIn.handIn.hints, finished: handIn.handIn.finished,
                generator: handIn.handIn.generator, profile: handIn.profile.id)
        }
        gradeBook =
            anonymous
            ? []
            : rows.sorted { lhs, rhs in
                let left = lhs.student.map(TextFolding.fold) ?? "\u{10FFFF}"
                let right = rhs.student.map(TextFolding.fold) ?? "\u{10FFFF}"
                return left != right ? left < right : lhs.attempt < rhs.attempt
            }
        mismatches = rows.filter(\.mismatch)
    }

    /// One strong answer (no flag, the most good moves, revealing a fact) and, for each of
    /// the three most flagged categories, the answer that holds its most frequent phrase.
    static func examples(_ reviewed: [ReviewedHandIn], categories: [CategoryCount], phrases: [Phrase]) -> [Example] {
        var result: [Example] = []
        var strongest: (turn: PracticeTurn, rank: (Int, Int, Int))?
        for handIn in reviewed {
            for turn in handIn.turns where turn.analysis.flags.isEmpty {
                let kinds = Set(turn.analysis.signals.map(\.kind))
                let rank = (turn.points, kinds.count, turn.reply.revealedFact == nil ? 0 : 1)
                if strongest == nil || rank > strongest!.rank { strongest = (turn, rank) }
            }
        }
        if let strongest {
            result.append(
                Example(
                    response: strongest.turn.response, analysis: strongest.turn.analysis,
                    note: "sterk: geen vlag, \(strongest.turn.points) punten"))
        }
        let ranked = categories.filter { $0.flags > 0 }.sorted { $0.flags > $1.flags }.prefix(3)
        for count in ranked {
            let phrase = phrases.first { $0.category == count.category }
            let wanted = phrase.map { PhraseKey.normalise($0.text) }
            var chosen: PracticeTurn?
            search: for handIn in reviewed {
                for turn in handIn.turns {
                    let matching = turn.analysis.flags.contains {
                        $0.category == count.category && (wanted == nil || PhraseKey.normalise($0.text) == wanted)
                    }
                    if matching {
                        chosen = turn
                        break search
                    }
                }
            }
            if let chosen {
                result.append(
                    Example(
                        response: chosen.response, analysis: chosen.analysis,
                        note: "valkuil: \(count.category.dutchName) (\(count.flags)× in de klas)"))
            }
        }
        return result
    }

    static func excerpt(_ line: String, words: Int = 8) -> String {
        let parts = line.split(separator: " ")
        return parts.prefix(words).joined(separator: " ") + (parts.count > words ? " …" : "")
    }
}

/// A flagged phrase compared without case, accents and surrounding punctuation.
struct PhraseKey: Hashable {
    let text: String
    let category: Category

    static func normalise(_ text: String) -> String {
        TextFolding.fold(display(text))
    }

    /// Lower case, single spaces, no punctuation at either end.
    static func display(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return displayASCII(text) }
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace })
        var joined = words.joined(separator: " ")
        while let first = joined.unicodeScalars.first, !first.properties.isAlphabetic, !("0"..."9").contains(first) {
            joined.unicodeScalars.removeFirst()
        }
        while let last = joined.unicodeScalars.last, !last.properties.isAlphabetic, !("0"..."9").contains(last) {
            joined.unicodeScalars.removeLast()
        }
        return joined
    }

    /// `display` for ASCII text, on its bytes (where a character is a byte, white space is
    /// a tab, line break or space, and a letter is a–z): most flagged phrases are ASCII,
    /// and the report displays every flag's.
    private static func displayASCII(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                if let last = bytes.last, last != 0x20 { bytes.append(0x20) }
            } else {
                bytes.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
            }
        }
        let isLetterOrDigit = { (byte: UInt8) in (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) }
        guard let first = bytes.firstIndex(where: isLetterOrDigit), let last = bytes.lastIndex(where: isLetterOrDigit)
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
