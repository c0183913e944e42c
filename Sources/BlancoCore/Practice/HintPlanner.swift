/// Chooses the text of the n-th hint: a general reminder first, then the exercise's lures
/// one by one, then the first gap in the film; once the film is complete, the way to close.
public enum HintPlanner {
    public static let general =
        "Stel een open vraag naar de feiten: wat gebeurde er, wie waren erbij, waar en wanneer? Je eigen oordeel, uitleg en advies houd je nog even op het nachtkastje."

    public static func hint(
        number: Int, exercise: Exercise, progress: FilmProgress, missingKeyFact: Fact?, opinionGiven: Bool
    ) -> String {
        if number <= 1 { return general }
        if opinionGiven {
            return
                "De film is compleet en je hebt de mening van \(exercise.client.name) gehoord. Typ /klaar voor de nabespreking."
        }
        if progress.isComplete {
            return
                "Alle kernfeiten zijn bekend. Nu is een meningsvraag op zijn plaats, bijvoorbeeld: 'Wat vindt u daar zelf van?'"
        }
        let lureIndex = number - 2
        if lureIndex < exercise.lures.count {
            let lure = exercise.lures[lureIndex]
            return "Pas op voor een \(lure.category.dutchName): \(lure.hint)"
        }
        guard let fact = missingKeyFact else { return general }
        return "Je weet nog niet \(gap(fact.aspect)). Vraag er open naar, bijvoorbeeld: '\(example(fact.aspect))'"
    }

    private static func gap(_ aspect: Aspect) -> String {
        switch aspect {
        case .wie: "wie erbij betrokken waren"
        case .wat: "precies wat er gebeurde"
        case .waar: "waar het gebeurde"
        case .wanneer: "wanneer het gebeurde"
        case .hoe: "hoe het verder ging"
        case .beleving: "hoe de cliënt het zelf beleefde"
        }
    }

    private static func example(_ aspect: Aspect) -> String {
        switch aspect {
        case .wie: "Wie waren er bij?"
        case .wat: "Wat gebeurde er precies?"
        case .waar: "Waar was dat?"
        case .wanneer: "Wanneer was dat?"
        case .hoe: "Hoe ging het daarna verder?"
        case .beleving: "Hoe was dat voor u?"
        }
    }
}
