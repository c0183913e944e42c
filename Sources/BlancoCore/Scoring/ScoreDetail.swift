/// The Dutch explanation behind each part of an exercise grade.
struct ScoreDetail {
    let tally: SkillTally
    let keyFound: Int
    let keyTotal: Int

    func film(experienceHeard: Bool?) -> String {
        var text = "\(keyFound) van de \(keyTotal) kernfeiten"
        switch experienceHeard {
        case true?: text += "; de beleving gehoord"
        case false?: text += "; de beleving niet gehoord"
        case nil: break
        }
        return text
    }

    var skills: String {
        var done: [String] = []
        var missing: [String] = []
        let questions = tally.factQuestions
        if questions > 0 {
            done.append("\(questions) open \(questions == 1 ? "feitvraag" : "feitvragen")")
        } else {
            missing.append("open feitvragen")
        }
        for (count, name) in [
            (tally.experienceQuestions, "vraag naar de beleving"), (tally.summaries, "samenvatting"),
            (tally.meaningChecks, "betekenis checken"),
        ] {
            if count > 0 { done.append(name) } else { missing.append(name) }
        }
        var text = done.isEmpty ? "nog geen" : done.joined(separator: ", ")
        if !missing.isEmpty { text += "; ontbreekt: " + missing.joined(separator: ", ") }
        if tally.encouragers > 0 {
            text +=
                "; \(tally.encouragers) \(tally.encouragers == 1 ? "aanmoediging" : "aanmoedigingen") (steun, geen punten)"
        }
        return text
    }

    func blankness(flags: Int, cost: Int) -> String {
        var text = flags == 0 ? "geen vlaggen" : "\(flags) \(flags == 1 ? "vlag" : "vlaggen"), −\(cost)"
        if keyTotal > 0, keyFound < keyTotal { text += " · naar verhouding: \(keyFound)/\(keyTotal) kernfeiten" }
        return text
    }

    var opinion: String {
        if let turn = tally.opinionTurn { return "gevraagd in beurt \(turn), toen de film compleet was" }
        if let early = tally.prematureOpinionTurns.first {
            return "alleen te vroeg gevraagd (beurt \(early)); vraag opnieuw als de film compleet is"
        }
        return "niet gevraagd: vraag naar de mening als de film compleet is"
    }
}
