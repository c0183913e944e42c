/// The spread of a class's grades: lowest, quartiles, median and highest, and how many
/// grades fall in each whole-number band (1 for 1,0–1,9 ... 10 for 10,0).
///
/// Quartiles interpolate linearly between the sorted grades (the method spreadsheets call
/// `PERCENTILE.INC` / `KWARTIEL.INC`): position `p × (n − 1)` from the lowest, so a
/// lecturer can check them in Excel.
public struct GradeSpread: Sendable, Hashable {
    public let count: Int
    public let lowest: Double
    public let lowerQuartile: Double
    public let median: Double
    public let upperQuartile: Double
    public let highest: Double
    /// Index 0 is band 1 (1,0–1,9), index 9 is band 10.
    public let bands: [Int]
    /// How many grades are 5,5 or more, the usual Dutch pass mark.
    public let passing: Int

    /// Nil for no grades.
    public init?(_ grades: [Double]) {
        guard !grades.isEmpty else { return nil }
        let sorted = grades.sorted()
        count = sorted.count
        lowest = sorted[0]
        highest = sorted[sorted.count - 1]
        lowerQuartile = Self.percentile(sorted, 0.25)
        median = Self.percentile(sorted, 0.5)
        upperQuartile = Self.percentile(sorted, 0.75)
        var bands = Array(repeating: 0, count: 10)
        for grade in sorted { bands[min(9, max(0, Int(grade + 1e-9) - 1))] += 1 }
        self.bands = bands
        passing = sorted.filter { $0 >= 5.5 - 1e-9 }.count
    }

    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        let position = fraction * Double(sorted.count - 1)
        let below = Int(position.rounded(.down))
        let above = min(sorted.count - 1, below + 1)
        let value = sorted[below] + (sorted[above] - sorted[below]) * (position - Double(below))
        return (value * 100).rounded() / 100
    }
}
