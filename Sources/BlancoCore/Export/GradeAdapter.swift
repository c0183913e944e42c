/// The one place that knows the shape of the exercise score: it turns whatever parts the
/// scoring explains into the journal's and the exports' plain label–points–maximum parts.
/// When the grade formula changes, only this file follows.
public enum GradeAdapter {
    public static func parts(of score: ExerciseScore) -> [JournalGradePart] {
        score.parts.map { JournalGradePart(label: $0.label, points: $0.points, maximum: $0.maximum, detail: $0.detail) }
    }
}
