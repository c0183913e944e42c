/// What a client says back when the exercise file gives no reaction of its own.
public enum DefaultReactions {
    public static func reaction(to category: Category) -> String {
        switch category {
        case .judgment:
            "Tja... zo had ik het eigenlijk nog niet bekeken. Ik wilde vooral vertellen wat er gebeurd is."
        case .interpretation:
            "Nou, dat heb ik niet gezegd. Zo zit het eigenlijk niet helemaal."
        case .prematureOpinion:
            "Wat ik ervan vind? Dat weet ik eerlijk gezegd nog niet zo goed. U weet het hele verhaal ook nog niet."
        case .advice:
            "Ja... misschien. Maar ik was nog niet klaar met vertellen."
        case .whyQuestion:
            "Waarom? Ik weet het niet... Moet ik me nu verdedigen?"
        case .leadingQuestion:
            "Eh... als u het zo vraagt, moet ik wel ja zeggen, denk ik."
        case .systemLanguage:
            "Geval? Dossier? Ik ben gewoon iemand met een probleem, hoor. Mag ik eerst vertellen wat er gebeurd is?"
        }
    }
}
