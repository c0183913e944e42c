/// The patterns of one good move as its file states them (`Rules/nl/signals/<kind>.md`,
/// format: `Rules/README.md`): patterns still in the textual language, vocabularies still
/// by name. `resolve` turns it into the `SignalRule` the engine runs.
public struct SignalSource: Sendable, Hashable {
    public var kind: Signal.Kind
    public var patterns: [PatternFamily]
    /// Counterexamples that belong to no one pattern.
    public var counterexamples: [RuleExample]

    /// Every example, in file order.
    public var examples: [RuleExample] { patterns.flatMap(\.examples) }

    /// The kinds a pattern may recognise; silence and the late opinion-question are told
    /// from the whole response and the stage.
    public static let patternKinds: [Signal.Kind] = [
        .meaningCheck, .experienceQuestion, .openQuestion, .summary, .encourager,
    ]

    /// The rule the engine runs, with every `@name` looked up in `vocabularies`.
    public func resolve(_ vocabularies: VocabularyTable) -> SignalRule {
        SignalRule(
            kind: kind,
            patterns: patterns.flatMap { family in
                family.lines.map {
                    TokenPattern(
                        vocabularies.elements($0), name: family.name, why: family.why, source: PatternSyntax.render($0))
                }
            },
            examples: examples, counterexamples: counterexamples + patterns.flatMap(\.counterexamples))
    }
}
