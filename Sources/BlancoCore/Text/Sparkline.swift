/// A small chart of values in one line of text, for `blanco voortgang`: eight block
/// heights (▁…█), or eight ASCII characters (`_.,-=+*#`) for a terminal that cannot show
/// blocks. Values are placed on a fixed scale, so a 5 looks the same in every chart.
public enum Sparkline {
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    public static let ascii: [Character] = ["_", ".", ",", "-", "=", "+", "*", "#"]

    public static func render(_ values: [Double], scale: ClosedRange<Double>, ascii useASCII: Bool) -> String {
        let levels = useASCII ? ascii : blocks
        let span = scale.upperBound - scale.lowerBound
        return String(
            values.map { value in
                let share =
                    span <= 0 ? 1 : (min(scale.upperBound, max(scale.lowerBound, value)) - scale.lowerBound) / span
                return levels[min(levels.count - 1, Int((share * Double(levels.count - 1)).rounded()))]
            })
    }
}
