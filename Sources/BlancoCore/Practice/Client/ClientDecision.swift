/// How the simulated client answers a move. Questions steer the story: the question word
/// picks the aspect, topic words pick the fact, and only then does the client fall back to
/// the order of the file. Encouragers bring a little, then a waiting client; key facts need
/// a question, summary or meaning-check. Level 3 clients tell key facts only to targeted
/// questions and stay guarded for two turns after a judgment, silence or not; a level 2
/// client who hears agreement with their anger stays in it for a turn.
extension PracticeSession {
    /// The facts not told yet, in file order.
    var unrevealedFacts: [Fact] {
        unrevealedFactIndices.map { exercise.film[$0] }
    }

    /// The indices in `exercise.film` of the facts not told yet, in file order.
    var unrevealedFactIndices: [Int] {
        exercise.film.indices.filter { !revealedFactIndices.contains($0) }
    }

    /// `words` is the response folded (`TopicWords.fold`).
    mutating func decideReply(to move: ListenerMove, response: String, words: [String], analysis: Analysis)
        -> ClientReply
    {
        switch move {
        case .flagged(let category):
            return react(to: category, analysis: analysis)
        case .opinionQuestion:
            return progress.isComplete ? .givesOpinion : .reacts(to: .prematureOpinion)
        case .repeated:
            return .alreadyTold
        case .parroted:
            return .hearsOwnWords
        case .offTopic:
            return .puzzled
        case .statement:
            return .waits
        case .encourager:
            return encouraged()
        case .factQuestion, .experienceQuestion, .summary, .meaningCheck, .closedQuestion:
            if guardedTurns > 0 {
                guardedTurns -= 1
                return .holdsBack
            }
            return answer(move, words: words)
        }
    }

    private mutating func react(to category: Category, analysis: Analysis) -> ClientReply {
        let closesUp = exercise.level >= 3 && (category == .judgment || category == .interpretation)
        if category == .judgment, !judgesTheClient(analysis) {
            guardedTurns = max(guardedTurns, exercise.level - 1)
            // The author's own reaction knows this client; without one, the client agrees.
            return exercise.reactions[.judgment] == nil ? .agrees : .reacts(to: .judgment)
        }
        if closesUp { guardedTurns = 2 }
        return .reacts(to: category)
    }

    /// Whether the judgment speaks to the client ("u had ...", "je bent ..."); one without
    /// "u" or "je" judges someone or something else.
    private func judgesTheClient(_ analysis: Analysis) -> Bool {
        Register.speaksAboutTheClient(analysis.response)
    }

    /// The first encourager in a row may bring a side fact of the film; more bring less and
    /// then a client who waits. A guarded or level 3 client does not open up at "…".
    private func encouraged() -> ClientReply {
        let streak = turns.reversed().prefix { $0.move == .encourager }.count + 1
        if streak == 1, guardedTurns == 0, exercise.level < 3, let side = unrevealedFacts.first(where: { !$0.isKey }) {
            return .reveals(side)
        }
        return .waits
    }

    private func answer(_ move: ListenerMove, words: [String]) -> ClientReply {
        let film = exercise.film
        let open = unrevealedFactIndices
        guard !open.isEmpty else { return .hasNothingToAdd }
        let touched = mostTouched(open, by: words)
        let aimed: [Aspect]
        switch move {
        case .factQuestion(let aspect?): aimed = QuestionAim.preference(for: aspect)
        case .experienceQuestion: aimed = [.beleving]
        default: aimed = QuestionAim.aspect(ofWords: words).map(QuestionAim.preference(for:)) ?? []
        }
        for aspect in aimed {
            let candidates = open.filter { film[$0].aspect == aspect }
            if let fact = mostTouched(candidates, by: words) ?? candidates.first(where: { film[$0].isKey })
                ?? candidates.first
            {
                return .reveals(film[fact])
            }
        }
        if let touched, move != .closedQuestion || exercise.level < 3 { return .reveals(film[touched]) }
        if move == .closedQuestion { return .answersBriefly }
        let fallback =
            exercise.level >= 3
            ? open.filter { !film[$0].isKey } : open.filter { film[$0].isKey } + open.filter { !film[$0].isKey }
        return fallback.first.map { .reveals(film[$0]) } ?? .waits
    }

    /// The fact (by its index in the film) whose topic words the (folded) response touches
    /// most; earlier facts win a tie.
    private func mostTouched(_ facts: [Int], by words: [String]) -> Int? {
        var best: (fact: Int, matches: Int)?
        for fact in facts {
            let matches = classifier.topicMatches(words, factAt: fact)
            if matches > (best?.matches ?? 0) { best = (fact, matches) }
        }
        return best?.fact
    }

    /// Whether every word the interpretation was flagged for is one the client already
    /// used: "U was dus boos" after "ik was zo boos".
    private func namesOwnWords(_ analysis: Analysis) -> Bool {
        let flagged = analysis.flags.filter { $0.category == .interpretation }
            .flatMap { TopicWords.fold($0.text) }.filter(ContentWords.isContentWord)
        guard !flagged.isEmpty else { return false }
        return flagged.allSatisfy(clientStory.contains)
    }

    /// The words of a reply, varied so the same line does not come twice in a row.
    func replyText(for reply: ClientReply, analysis: Analysis) -> String {
        let said = turns.map(\.replyText)
        let lines: [String]
        switch reply {
        case .reveals(let fact): return fact.line
        case .givesOpinion: return exercise.opinion
        case .reacts(let category):
            if category == .judgment, judgesTheClient(analysis), exercise.reactions[.judgment] == nil {
                lines = ClientLines.defends
            } else if category == .interpretation, namesOwnWords(analysis) {
                lines = ClientLines.recognises
            } else {
                let own = exercise.reactions[category].map { [$0] } ?? []
                let agreeing = category == .judgment && !judgesTheClient(analysis) ? ClientLines.agrees : []
                let builtIn =
                    agreeing + [DefaultReactions.reaction(to: category)] + (ClientLines.moreReactions[category] ?? [])
                lines = own + builtIn.map { ClientLines.adapt($0, to: register) }
            }
        case .agrees: lines = ClientLines.agrees
        case .hasNothingToAdd: lines = ClientLines.hasNothingToAdd
        case .waits:
            let streak = turns.reversed().prefix { $0.move == .encourager }.count
            if analysis.signals.contains(where: { $0.kind == .encourager || $0.kind == .silence }) {
                lines = streak >= 1 ? ClientLines.waitsLonger : ClientLines.waitsAfterEncourager
            } else {
                lines = ClientLines.waits
            }
        case .puzzled: lines = ClientLines.puzzled
        case .alreadyTold: lines = ClientLines.alreadyTold
        case .hearsOwnWords: lines = ClientLines.hearsOwnWords
        case .answersBriefly: lines = ClientLines.answersBriefly
        case .holdsBack: lines = ClientLines.holdsBack
        }
        return ClientLines.choose(lines.map { ClientLines.fill($0, register: register) }, said: said)
    }
}
