/// A vague word the client used ("gedoe", "lastig") that the trainee never came back to:
/// a chance to check what the client meant.
public struct MissedChance: Sendable, Hashable {
    /// The client's word, as they said it.
    public let word: String
    /// The turn whose answer held the word; 0 for the opening.
    public let saidInTurn: Int

    /// The chance in Dutch, for the debrief.
    public func text(clientName: String) -> String {
        let moment = saidInTurn == 0 ? "in de opening" : "na beurt \(saidInTurn)"
        return "\(clientName) noemde \u{2018}\(word)\u{2019} (\(moment)); je vroeg niet wat daarmee bedoeld werd."
    }

    /// At most `limit` vague words the client said that no later response mentions.
    public static func find(exercise: Exercise, turns: [PracticeTurn], limit: Int = 3) -> [MissedChance] {
        let said = [(0, exercise.opening)] + turns.map { ($0.number, $0.reply.revealedFact == nil ? "" : $0.replyText) }
        var chances: [MissedChance] = []
        var seen: Set<String> = []
        for (turn, text) in said {
            for word in TopicWords.fold(text) where Words.vagueWords.contains(word) && seen.insert(word).inserted {
                let askedLater = turns.dropFirst(turn).contains { TopicWords.fold($0.response).contains(word) }
                if !askedLater { chances.append(MissedChance(word: word, saidInTurn: turn)) }
            }
        }
        return Array(chances.prefix(limit))
    }
}
