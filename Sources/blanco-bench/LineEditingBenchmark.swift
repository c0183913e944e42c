import BlancoCore
import LineEditing

/// The line editor's paste path must stay linear: a pasted 1 MB line is decoded, inserted
/// and laid out once (the editor draws after the input is drained), and four times the
/// text should take about four times as long, not sixteen.
enum LineEditingBenchmark {
    static let pasteTarget = 250.0
    static let maximumGrowth = 6.0

    /// Prints the figures; returns false when a target is missed.
    static func run() -> Bool {
        print("line-editing: a pasted line decoded, inserted mid-line and laid out (in-process)")
        let oneMegabyte = milliseconds(pasting: 1 << 20)
        let fourMegabytes = milliseconds(pasting: 4 << 20)
        let growth = fourMegabytes / oneMegabyte
        let pasteOK = oneMegabyte <= pasteTarget
        let growthOK = growth <= maximumGrowth
        print("  1 MB: \(format(oneMegabyte)) ms (target ≤ \(Int(pasteTarget)) ms) \(pasteOK ? "ok" : "MISSED")")
        print(
            "  4 MB: \(format(fourMegabytes)) ms, \(format(growth))× the 1 MB time (linear ≈ 4, target ≤ \(Int(maximumGrowth))) \(growthOK ? "ok" : "MISSED")"
        )
        return pasteOK && growthOK
    }

    /// The best of three runs of: bytes arriving in 64 KiB reads, decoded to keys, applied
    /// to a line with the cursor in the middle, then one layout for the redraw.
    private static func milliseconds(pasting size: Int) -> Double {
        let word = Array("blanco luisteren ë 👍🏽 ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size + word.count)
        while bytes.count < size { bytes.append(contentsOf: word) }
        let clock = ContinuousClock()
        var best = Double.infinity
        for _ in 0..<3 {
            let start = clock.now
            var decoder = KeyDecoder()
            var buffer = LineBuffer("begin einde")
            for _ in 0..<6 { buffer.moveLeft() }
            var offset = 0
            while offset < bytes.count {
                let end = min(bytes.count, offset + (1 << 16))
                for case .text(let text) in decoder.decode(bytes[offset..<end]) { buffer.insert(text) }
                offset = end
            }
            let layout = LineLayout.of(prompt: "jij> ", buffer: buffer, columns: 80)
            precondition(layout.rows > 1)
            let (seconds, attoseconds) = (clock.now - start).components
            best = min(best, Double(seconds) * 1000 + Double(attoseconds) / 1e15)
        }
        return best
    }

    private static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
