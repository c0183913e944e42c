import BlancoCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The self-assessment questions at `/klaar`, `/reflectie` and `blanco reflectie`: a
/// rating 1–5 per skill, one line on what went well and what next time, and a learning
/// goal. Every question can be skipped with Enter, which keeps what was there.
struct ReflectionDialog {
    /// What the trainee answered; nil where they skipped.
    struct Answers {
        var ratings: SkillRatings?
        var reflection: String?
        var goal: String?
        /// A slash command typed instead of an answer: the questions stop and the
        /// session runs it.
        var command: String?
    }

    /// Reads one line after a prompt; nil at the end of input or on Ctrl-C.
    let read: (String) -> String?
    let say: (String) -> Void

    /// Whether an answer is a slash command rather than an answer.
    private static func isCommand(_ line: String) -> Bool {
        line.drop(while: { $0 == " " }).first == "/"
    }

    func ask(current: PortfolioAttempt?, askGoal: Bool = true) -> Answers {
        var answers = Answers()
        say(
            "Hoe ging het volgens jou? Geef jezelf per vaardigheid een cijfer van 1 (nog lastig) tot 5 (ging goed). Enter slaat over."
        )
        var ratings = current?.selfRatings ?? SkillRatings()
        var changed = false
        skills: for skill in Skill.allCases {
            let now = current?.selfRatings?[skill].map { " [nu \($0)]" } ?? ""
            for _ in 0..<3 {
                guard let line = read("  \(skill.dutchName) (\(skill.dutchExplanation))\(now): ") else {
                    if changed { answers.ratings = ratings }
                    return answers
                }
                if Self.isCommand(line) {
                    answers.command = line
                    break skills
                }
                switch SkillRatings.parseRating(line) {
                case .success(let value?):
                    ratings[skill] = value
                    changed = true
                    continue skills
                case .success(nil):
                    continue skills
                case .failure(let error):
                    say("  " + error.description)
                }
            }
        }
        if changed { answers.ratings = ratings }
        guard answers.command == nil else { return answers }
        say("Wat ging goed, en wat doe je de volgende keer anders? Eén regel; Enter slaat over.")
        guard let reflection = read("reflectie> ") else { return answers }
        if Self.isCommand(reflection) {
            answers.command = reflection
            return answers
        }
        if !reflection.allSatisfy(\.isWhitespace) { answers.reflection = reflection }
        guard askGoal else { return answers }
        say("Wil je een leerdoel voor de volgende keer, zoals 'minder waaromvragen'? Enter slaat over.")
        guard let goal = read("leerdoel> ") else { return answers }
        if Self.isCommand(goal) {
            answers.command = goal
        } else if !goal.allSatisfy(\.isWhitespace) {
            answers.goal = goal
        }
        return answers
    }

    /// The journal records for the answers, for one attempt.
    static func records(_ answers: Answers, attempt: String, exercise: String, time: Date) -> [JournalRecord] {
        var records: [JournalRecord] = []
        if let ratings = answers.ratings {
            records.append(.selfAssessment(ratings, attempt: attempt, exercise: exercise, time: time))
        }
        if let text = answers.reflection {
            records.append(.reflection(text, attempt: attempt, exercise: exercise, time: time))
        }
        if let text = answers.goal { records.append(.goal(text, attempt: attempt, exercise: exercise, time: time)) }
        return records
    }
}

/// Self and coach side by side, with a kind word where they differ by two or more.
enum SelfCoachView {
    static func lines(own: SkillRatings?, coach: SkillRatings) -> [String] {
        let width = Skill.allCases.map { DisplayWidth.of($0.dutchName) }.max() ?? 0
        var lines = ["  " + "".padded(toLength: width) + "  zelf  coach"]
        var notes: [String] = []
        for skill in Skill.allCases {
            let name = skill.dutchName.padded(toLength: width)
            lines.append(
                "  \(name)  \(ExportText.rating(own?[skill]).padded(toLength: 4))  \(ExportText.rating(coach[skill]))"
            )
            if let note = ExportText.gapNote(self: own?[skill], coach: coach[skill]) {
                notes.append("  Bij \(skill.dutchName): \(note).")
            }
        }
        if own == nil { lines.append("  (Je hebt jezelf nog niet beoordeeld; dat kan met /reflectie.)") }
        return lines + notes
    }
}
