import BlancoCore
import DisplayText

/// Turns a practice session into the Dutch text the trainee reads: the scene, the
/// feedback on each response, the client's answer, the film, the score and the debrief.
/// Everything from files or the keyboard is sanitized; long text wraps to the width.
struct PracticeView {
    let colors: Bool
    let width: Int

    // MARK: - Styling

    private func style(_ code: String, _ text: String) -> String { colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    private func bold(_ text: String) -> String { style("1", text) }
    private func dim(_ text: String) -> String { style("2", text) }
    private func bad(_ text: String) -> String { style("1;31", text) }
    private func good(_ text: String) -> String { style("32", text) }
    private func clientStyle(_ text: String) -> String { style("36", text) }

    private func clean(_ text: String) -> String { TerminalText.sanitize(text) }

    /// `text` wrapped to the width, every line after the first under the text after `lead`.
    private func wrapped(_ text: String, lead: String = "", indent: String = "", sanitized: Bool = false) -> String {
        let hanging = String(repeating: " ", count: DisplayWidth.of(lead))
        let body = TextWrap.wrap(sanitized ? text : clean(text), width: max(20, width - DisplayWidth.of(indent + lead)))
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { index, line in
            indent + (index == 0 ? lead : (line.isEmpty ? "" : hanging)) + line
        }.joined(separator: "\n")
    }

    private func firstName(_ exercise: Exercise) -> String {
        clean(exercise.client.name)
    }

    // MARK: - Scene

    func scene(_ session: PracticeSession) -> String {
        let exercise = session.exercise
        var lines = [
            bold("== " + clean(exercise.title) + " ==") + dim(" (niveau \(exercise.level), \(clean(exercise.domain)))"),
            wrapped(exercise.client.about, lead: firstName(exercise) + ": "),
            "",
            clientSays(exercise, exercise.opening),
            "",
            wrapped(
                "Luister blanco: verzamel eerst de film en houd je eigen oordeel, uitleg en advies nog even op het nachtkastje. Typ /hint voor een tip en /hulp voor alle commando's."
            ),
            progress(session.progress),
        ]
        if exercise.film.isEmpty { lines.append("(Deze oefening heeft geen film.)") }
        return lines.joined(separator: "\n")
    }

    private func clientSays(_ exercise: Exercise, _ text: String) -> String {
        clientStyle(wrapped(text, lead: firstName(exercise) + ": "))
    }

    func progress(_ progress: FilmProgress) -> String {
        dim(progress.summary)
    }

    // MARK: - A turn

    /// Feedback first, then the client's answer, then the film's progress.
    func turn(_ turn: PracticeTurn, session: PracticeSession, filmJustCompleted: Bool) -> String {
        var lines: [String] = []
        let analysis = turn.analysis
        if !analysis.flags.isEmpty {
            let (open, close) = colors ? ("\u{1B}[1;31m", "\u{1B}[0m") : ("[[", "]]")
            let marked = ResponseHighlight.mark(
                turn.response, spans: analysis.flags.map(\.span), open: open, close: close)
            lines.append(wrapped(marked, lead: "  jij: ", sanitized: true))
            for flag in analysis.flags {
                lines.append(
                    wrapped(
                        "\(flag.category.dutchName) – \"\(flag.text)\": \(flag.message)", lead: bad("✗") + " ",
                        indent: "  "))
                let fitted = BlankAlternative.fit(
                    flag.suggestion, story: session.classifier.vocabulary, register: Register.of(turn.response))
                lines.append(wrapped("blanco alternatief: " + fitted, indent: "    "))
            }
        }
        if let note = moveNote(turn.move) {
            lines.append(wrapped(note, lead: "  " + dim("· "), sanitized: false))
        } else {
            for kind in uniqueKinds(analysis.signals) {
                lines.append("  " + good("✓ " + kind.dutchName))
            }
        }
        if let mixing = RegisterNote.mixing(in: session.turns, register: session.register), mixing.turn == turn.number {
            lines.append(wrapped(mixing.text, lead: "  " + dim("· ")))
        }
        lines.append(clientSays(session.exercise, turn.replyText))
        switch turn.reply {
        case .givesOpinion:
            lines.append(wrapped("(Je hebt de hele film en de mening gehoord. Typ /klaar voor de nabespreking.)"))
        case .hasNothingToAdd where session.progress.isComplete:
            lines.append(wrapped("(De film is compleet. Vraag nu naar de mening, of typ /klaar.)"))
        default:
            if filmJustCompleted {
                lines.append(wrapped("(Alle kernfeiten zijn bekend: nu past een vraag naar de mening van de cliënt.)"))
            }
        }
        lines.append(progress(session.progress))
        return lines.joined(separator: "\n")
    }

    /// A word on a move that earns nothing, so a good-looking question outside the story
    /// or a repeat is not mistaken for a skill.
    private func moveNote(_ move: ListenerMove) -> String? {
        switch move {
        case .repeated(let turn): "Dezelfde vraag als in beurt \(turn): de cliënt heeft er niets nieuws op."
        case .parroted:
            "Je leest de woorden van de cliënt terug. Een samenvatting vat samen, in je eigen woorden: 'Heb ik het goed dat …?'"
        case .offTopic: "Deze vraag gaat niet over het verhaal van de cliënt: die weet niet wat je bedoelt."
        case .closedQuestion:
            "Een gesloten vraag: je krijgt ja of nee, geen beelden. Probeer wie, wat, waar, wanneer of hoe."
        case .encourager:
            "Een aanmoediging steunt, maar de film komt van vragen, samenvattingen en checken wat de cliënt bedoelt."
        default: nil
        }
    }

    private func uniqueKinds(_ signals: [Signal]) -> [Signal.Kind] {
        var seen: [Signal.Kind] = []
        for signal in signals where !seen.contains(signal.kind) { seen.append(signal.kind) }
        return seen
    }

    // MARK: - Commands

    func film(_ session: PracticeSession) -> String {
        let known = session.knownFacts
        guard !known.isEmpty else {
            return wrapped(
                "Je weet nog niets van de film behalve de openingswoorden. Stel een open vraag: wat gebeurde er?")
        }
        var lines = [bold("Wat je tot nu toe weet") + " " + dim("(" + session.progress.summary + ")")]
        for fact in known {
            lines.append(wrapped(fact.line, lead: "- \(fact.aspect.rawValue): "))
        }
        return lines.joined(separator: "\n")
    }

    /// The offer to continue an unfinished attempt, with how far it got.
    func resumeOffer(_ resumed: PracticeSession) -> String {
        let turns = resumed.turns.count
        return wrapped(
            "Je was al bezig met \u{2018}\(resumed.exercise.title)\u{2019}: \(turns) \(turns == 1 ? "beurt" : "beurten"), \(resumed.progress.summary). Wil je verdergaan waar je was? Typ ja of nee (nee begint opnieuw)."
        )
    }

    /// The question before leaving a conversation that has turns.
    func leaveQuestion(_ session: PracticeSession) -> String {
        wrapped(
            "Je bent nog bezig met \u{2018}\(session.exercise.title)\u{2019}. Wil je deze oefening verlaten? Je beurten blijven bewaard; als je haar later weer kiest, kun je verdergaan. Typ ja of nee."
        )
    }

    /// An empty Enter is not a turn; silence is typed.
    func emptyLine() -> String {
        dim(wrapped("(Een lege regel telt niet als beurt. Wil je even stil zijn? Typ dan … of (stilte).)"))
    }

    func hint(_ text: String, number: Int) -> String {
        wrapped(text, lead: bold("Hint \(number): "))
    }

    func score(_ score: ExerciseScore, turns: Int) -> String {
        var lines = [
            bold("Cijfer tot nu toe: \(ExerciseScore.dutch(score.grade))")
                + dim(" (\(score.points)/100 punten na \(turns) \(turns == 1 ? "beurt" : "beurten"))")
        ]
        lines += parts(score)
        return lines.joined(separator: "\n")
    }

    private func parts(_ score: ExerciseScore) -> [String] {
        let labelWidth = score.parts.map { DisplayWidth.of($0.label) }.max() ?? 0
        return score.parts.map { part in
            let label = part.label + String(repeating: " ", count: labelWidth - DisplayWidth.of(part.label))
            let points =
                String(part.points).leftPadded(to: 3) + (part.maximum == 0 ? "   " : "/" + String(part.maximum))
            return wrapped("(\(part.detail))", lead: "  \(label)  \(points)  ")
        }
    }

    func help() -> String {
        var lines = [bold("Commando's") + " (typ ze in plaats van een reactie):"]
        for entry in SlashCommand.catalog {
            var name = "/" + entry.names[0]
            if let argument = entry.argument { name += " " + argument }
            let aliases = entry.names.dropFirst().map { "/" + $0 }.joined(separator: ", ")
            let title = name + (aliases.isEmpty ? "" : " (\(aliases))")
            lines.append(wrapped(entry.summary, lead: "  " + title.padded(to: 24) + " "))
        }
        lines.append(
            wrapped("Al het andere is je reactie aan de cliënt. Ctrl-D of /stop: stoppen; je voortgang is bewaard."))
        return lines.joined(separator: "\n")
    }

    /// The exercises, numbered, with the best grade of those done; the title is cut to the
    /// width, so every line fits the window and the columns stay aligned.
    func exerciseList(_ exercises: [Exercise], progress: [String: ExerciseProgress]) -> String {
        let idWidth = exercises.map { DisplayWidth.of(clean($0.id)) }.max() ?? 0
        let numberWidth = String(exercises.count).count
        var lines: [String] = []
        for (index, exercise) in exercises.enumerated() {
            let number = String(index + 1).leftPadded(to: numberWidth)
            var status = "      "
            if let done = progress[exercise.id], done.isDone {
                status = good("✓") + " " + DisplayWidth.padLeft(done.bestGrade.map(ExerciseScore.dutch) ?? "", to: 4)
            }
            let lead =
                "\(number). \(status)  \(DisplayWidth.pad(clean(exercise.id), to: idWidth))  niveau \(exercise.level)  "
            let leadWidth = numberWidth + 2 + 6 + 2 + idWidth + 2 + 8 + 2
            lines.append(lead + DisplayWidth.truncate(clean(exercise.title), to: max(8, width - leadWidth)))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Debrief

    func debrief(_ debrief: Debrief) -> String {
        let exercise = debrief.exercise
        var lines = ["", bold("== Nabespreking: " + clean(exercise.title) + " ==")]
        if debrief.turns.isEmpty {
            lines.append("Je hebt nog niets tegen de cliënt gezegd.")
        }
        for note in debrief.notes {
            lines.append(wrapped("\"\(note.response)\"", lead: "\(String(note.number).leftPadded(to: 2)). "))
            if note.flags.isEmpty {
                let verdict =
                    note.move.isListeningSkill || note.move == .opinionQuestion
                    ? good(note.move.dutchName) : dim(note.move.dutchName)
                let heard = note.revealed.map { " · hoorde: " + $0.aspect.rawValue + ($0.isKey ? " (kern)" : "") } ?? ""
                lines.append("    " + verdict + dim(heard))
            }
            for flag in note.flags {
                lines.append(
                    wrapped(
                        "\(flag.category.dutchName): \u{201C}\(flag.text)\u{201D}", lead: bad("✗") + " ", indent: "    "
                    ))
            }
        }
        lines.append("")
        lines.append(
            bold("Cijfer: \(ExerciseScore.dutch(debrief.score.grade))") + dim(" (\(debrief.score.points)/100 punten)"))
        lines += parts(debrief.score)
        lines.append("")
        lines.append(wrapped(opinionLine(debrief), lead: bold("Mening") + ": "))
        if !debrief.missedChances.isEmpty {
            lines.append("")
            lines.append(bold("Gemiste kansen"))
            lines += debrief.missedChances.map { wrapped($0.text(clientName: exercise.client.name), lead: "- ") }
        }
        lines.append("")
        lines.append(bold("De hele film"))
        for line in debrief.film {
            let mark = line.wasRevealed ? good("✓") : dim("·")
            let key = line.fact.isKey ? " (kern)" : ""
            let heard = line.revealedInTurn.map { dim(" – gehoord in beurt \($0)") } ?? dim(" – niet gehoord")
            lines.append("\(mark) \(line.fact.aspect.rawValue)\(key)" + heard)
            lines.append(wrapped(line.fact.line, indent: "    "))
        }
        if !debrief.summary.isEmpty {
            lines.append("")
            lines.append(wrapped(debrief.summary))
        }
        if !debrief.modelResponses.isEmpty {
            lines.append("")
            lines.append(bold("Zo had het ook gekund"))
            lines += debrief.modelResponses.map { wrapped($0, lead: "- ") }
        }
        if !debrief.reflectionQuestions.isEmpty {
            lines.append("")
            lines.append(bold("Om over na te denken"))
            lines += debrief.reflectionQuestions.map { wrapped($0, lead: "- ") }
        }
        return lines.joined(separator: "\n")
    }

    private func opinionLine(_ debrief: Debrief) -> String {
        switch debrief.opinion {
        case .askedWhenFilmComplete(let turn): "gevraagd in beurt \(turn), toen de film compleet was."
        case .onlyTooEarly(let turns):
            "alleen gevraagd voordat de film compleet was (beurt \(turns.map(String.init).joined(separator: ", "))). Vraag het opnieuw als je alle kernfeiten kent."
        case .notAsked: "niet gevraagd. Als de film compleet is, hoort de vraag naar de mening van de cliënt erbij."
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
