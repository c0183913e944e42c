/// Word stems that show which category a learning goal is about: "minder waaromvragen"
/// names the why-question, "geen adviezen meer geven" advice. Matched against the folded
/// words of the goal, so "Waarom-vragen" and "oordelen" count too.
enum GoalWords {
    static let stems: [(category: Category, stems: [String])] = [
        (.whyQuestion, ["waarom"]),
        (.prematureOpinion, ["mening", "meningsvra"]),
        (.leadingQuestion, ["suggestie", "suggestiev", "sturend", "gesloten vra"]),
        (.advice, ["advie", "advis", "tips", "tip ", "oplossing", "raad "]),
        (.interpretation, ["interpret", "invul", "aanname", "aannem", "uitleg"]),
        (.judgment, ["oordeel", "oordel", "veroordel", "waardeoordeel"]),
    ]
}
