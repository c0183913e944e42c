/// Patterns for the good moves of blank listening that a word sequence shows: checking
/// what the client means and asking openly about the client's own experience. Open
/// questions, summaries, encouragers and silence are recognised from the sentence as a
/// whole (see `SignalDetector`).
public struct SignalRule: Sendable {
    public let kind: Signal.Kind
    public let patterns: [TokenPattern]
    /// Responses that show the move.
    public let examples: [String]

    public init(kind: Signal.Kind, patterns: [[TokenPattern.Element]], examples: [String]) {
        self.kind = kind
        self.patterns = patterns.map { TokenPattern($0) }
        self.examples = examples
    }

    public static let standard: [SignalRule] = [
        SignalRule(
            kind: .meaningCheck,
            patterns: [
                [P.w("bedoel", "bedoelt"), P.you],
                [P.you, P.w("bedoelt", "bedoel")],
                [P.w("heb"), P.w("ik"), .optional(.word(["het", "dat", "je", "u"])), P.w("goed")],
                [P.w("begrijp", "snap", "hoor"), P.w("ik"), .optional(.word(["het", "je", "u", "dat"])), P.w("goed")],
                [
                    P.w("als"), P.w("ik"), .optional(.word(["het", "je", "u"])), P.w("goed"),
                    P.w("begrijp", "hoor", "snap"),
                ],
                [P.start, P.w("klopt"), P.w("dat", "het"), P.end],
                [P.start, P.w("klopt"), P.w("dat", "het"), P.w("zo")],
                [P.w("goed"), P.w("begrijpen", "begrepen", "heb")],
            ],
            examples: ["Bedoel je de brief van maart?", "Heb ik goed begrepen dat je zes uur hebt gewacht?"]),
        SignalRule(
            kind: .experienceQuestion,
            patterns: [
                [
                    P.w("hoe"), P.w("was", "is", "voelde", "voelt", "ging"), P.w("dat", "het"), P.w("voor", "met"),
                    P.w("je", "jou", "u", "jullie"),
                ],
                [P.w("hoe"), P.w("voelde", "voel", "voelt", "voelden"), P.you],
                [P.w("wat"), P.w("ging", "gaat", "gebeurde"), P.w("er"), P.w("door", "in", "met"), P.you],
                [P.w("wat"), P.w("dacht", "dachten", "voelde", "merkte"), P.you],
                [P.w("hoe"), P.w("beleefde", "beleef", "beleeft", "ervoer", "ervaart", "reageerde")],
                [P.w("hoe"), P.w("heb", "hebt", "heeft"), P.you, P.skip(3), P.w("beleefd", "ervaren")],
                [P.w("hoe"), P.w("gaat", "ging"), P.w("het"), P.skip(2), P.w("met")],
            ],
            examples: [
                "Hoe was dat voor jou?", "Wat ging er door je heen?", "Hoe voelde je je toen de deurwaarder belde?",
            ]),
    ]
}
