extension Array {
    /// `count` copies of `value`, as `Array(repeating:count:)` gives. That initializer is
    /// not specialized into its caller: against the shared Swift runtime each call looks
    /// up the array's type in the runtime's metadata cache (several hundred instructions),
    /// which the analyzer paid a few times per response. Appending to a reserved array is
    /// specialized and looks up nothing.
    init(filledWith value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(value) }
    }
}
