import BlancoCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `blanco reflectie ATTEMPT`: set or change the self-assessment, reflection and learning
/// goal of an earlier attempt. Each answer is a new journal record that supersedes the
/// earlier one; nothing is rewritten.
enum ReflectCommand: Command {
    static let name = "reflect"
    static let aliases = ["reflectie"]
    static let summary = "Beoordeel jezelf en schrijf een reflectie bij een poging"
    static let usage = """
        Gebruik: blanco reflectie POGING [--zelf 4,3,5] [--tekst TEKST] [--leerdoel TEKST]

        POGING is het begin van het id dat 'blanco voortgang' toont, of 'laatste'.
        Zonder opties stelt blanco de vragen: een cijfer van 1 tot 5 voor oordeel
        uitstellen, doorvragen naar de film en de mening op het goede moment, dan wat goed
        ging en wat je volgende keer anders doet, en een leerdoel. Enter slaat een vraag
        over. Met --zelf (drie cijfers, een - slaat er een over), --tekst en --leerdoel zet
        je het in één keer. Je ziet je eigen cijfers naast die van de coach.

        """

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let parsed: ParsedArguments
        var given = ReflectionDialog.Answers()
        do throws(UsageError) {
            parsed = try ArgumentSpec(valueOptions: ["--zelf", "--self", "--tekst", "--text", "--leerdoel", "--goal"])
                .parse(arguments)
            guard parsed.positionals.count == 1 else {
                throw UsageError(
                    message: "'reflectie' verwacht één poging (het id uit 'blanco voortgang', of 'laatste')")
            }
            if let list = parsed.value("--zelf") ?? parsed.value("--self") {
                do {
                    given.ratings = try SkillRatings(parsingList: list)
                } catch {
                    throw UsageError(message: error.description)
                }
            }
            given.reflection = parsed.value("--tekst") ?? parsed.value("--text")
            given.goal = parsed.value("--leerdoel") ?? parsed.value("--goal")
        } catch {
            context.error(error.message)
            return .usage
        }
        guard let journal = JournalPortfolio.load(context) else { return .dataError }
        guard let directory = journal.directory else {
            context.error("er is geen map voor je logboek (HOME en BLANCO_HOME ontbreken)")
            return .failure
        }
        let attempts = journal.builder().attempts(from: journal.records).attempts
        let attempt: PortfolioAttempt
        switch journal.attempt(named: parsed.positionals[0], in: attempts) {
        case .success(let found): attempt = found
        case .failure(let error):
            context.error(error.message)
            return .usage
        }
        let clean = { (text: String) in TerminalText.sanitize(text, keepNewlines: false) }
        context.out.line(
            "Poging \(attempt.shortID): \(clean(attempt.exercise.displayTitle)), \(ExportText.date(attempt.started))"
                + (attempt.grade.map { ", cijfer \(ExportText.grade($0))" } ?? ", niet afgerond"))
        let interactive = given.ratings == nil && given.reflection == nil && given.goal == nil
        var answers = given
        if interactive {
            if let reflection = attempt.reflection { context.out.line("Je reflectie tot nu toe: " + clean(reflection)) }
            let editor = LineEditor(historyFile: nil)
            let dialog = ReflectionDialog(
                read: { prompt in
                    context.out.flush()
                    if case .line(let line) = editor.readLine(prompt: prompt) { return line }
                    return nil
                },
                say: { context.out.line($0) })
            answers = dialog.ask(current: attempt)
        } else if var ratings = given.ratings {
            // --zelf with a skipped skill keeps the earlier rating of that skill.
            for skill in Skill.allCases where ratings[skill] == nil { ratings[skill] = attempt.selfRatings?[skill] }
            answers.ratings = ratings
        }
        let records = ReflectionDialog.records(
            answers, attempt: attempt.id, exercise: attempt.exercise.id, time: Date())
        guard !records.isEmpty else {
            context.out.line("Er is niets veranderd.")
            return .ok
        }
        do {
            for record in records { try Journal(directory: directory).append(record) }
        } catch {
            context.error(error.description)
            return .failure
        }
        context.out.line("Bewaard in je logboek.")
        for line in SelfCoachView.lines(own: answers.ratings ?? attempt.selfRatings, coach: attempt.coachRatings) {
            context.out.line(line)
        }
        return .ok
    }
}
