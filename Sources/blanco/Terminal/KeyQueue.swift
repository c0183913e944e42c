import LineEditing

/// Decoded keys waiting to be applied, first in first out. A pasted block of many lines
/// leaves thousands of keys queued across `readLine` calls; taking one is O(1) here, where
/// `Array.removeFirst` would make the paste quadratic.
struct KeyQueue {
    private var events: [KeyEvent] = []
    private var head = 0

    mutating func append(_ newEvents: [KeyEvent]) {
        if head > 0, head >= events.count / 2 {
            events.removeFirst(head)
            head = 0
        }
        events.append(contentsOf: newEvents)
    }

    /// The oldest waiting key, left in the queue.
    func peek() -> KeyEvent? {
        head < events.count ? events[head] : nil
    }

    /// The oldest waiting key, or nil when none is left.
    mutating func next() -> KeyEvent? {
        guard head < events.count else { return nil }
        defer { head += 1 }
        return events[head]
    }
}
