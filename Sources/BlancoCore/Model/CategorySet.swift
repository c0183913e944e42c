/// A set of categories as bits, for the per-sentence and per-response bookkeeping of the
/// analyzer, where a `Set<Category>` would hash and allocate for every sentence.
struct CategorySet: Sendable, Equatable {
    private var bits: UInt8 = 0

    init() {}

    func contains(_ category: Category) -> Bool { bits & (1 << category.bitIndex) != 0 }

    mutating func insert(_ category: Category) { bits |= 1 << category.bitIndex }

    var isEmpty: Bool { bits == 0 }
}

/// One value per category, in a fixed-size array instead of a dictionary.
struct CategoryTable<Value> {
    private var values: [Value]

    init(repeating value: Value) {
        values = Array(filledWith: value, count: Category.allCases.count)
    }

    subscript(category: Category) -> Value {
        get { values[category.bitIndex] }
        set { values[category.bitIndex] = newValue }
    }
}

extension Category {
    /// The category's place in `allCases`, from 0.
    var bitIndex: Int {
        switch self {
        case .judgment: 0
        case .interpretation: 1
        case .prematureOpinion: 2
        case .advice: 3
        case .whyQuestion: 4
        case .leadingQuestion: 5
        case .systemLanguage: 6
        }
    }
}
