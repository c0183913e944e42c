/// The transparent score of one response: 0–100 points, a Dutch grade 1,0–10,0, and every
/// deduction and bonus that led there.
public struct ResponseScore: Sendable, Hashable, Codable {
    /// One line of the explanation: a Dutch label and its points (negative for a deduction).
    public struct Line: Sendable, Hashable, Codable {
        public let label: String
        public let points: Int
        public init(label: String, points: Int) {
            self.label = label
            self.points = points
        }
    }

    public let points: Int
    public let grade: Double
    public let lines: [Line]

    public init(points: Int, grade: Double, lines: [Line]) {
        self.points = points
        self.grade = grade
        self.lines = lines
    }
}
