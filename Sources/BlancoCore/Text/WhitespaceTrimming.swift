// Trimming and padding as Foundation's `trimmingCharacters(in:)` and `padding(toLength:…)`
// do them, in the standard library only: those two live in full Foundation, which would
// bring the ICU data (tens of megabytes) into the static binary (README, install).

extension StringProtocol {
    /// Without the spaces and tabs at either end, as `trimmingCharacters(in: .whitespaces)`
    /// (the same set: the space separators, the tab and the zero-width space).
    public func trimmingWhitespace() -> String {
        trimming(isWhitespace)
    }

    /// Without the spaces, tabs and line breaks at either end, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    public func trimmingWhitespaceAndNewlines() -> String {
        trimming {
            isWhitespace($0) || ("\n"..."\r").contains($0) || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}"
        }
    }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

/// Foundation's whitespace set (CoreFoundation's table).
private func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
    default: false
    }
}

extension String {
    /// Followed by spaces up to `length` UTF-16 units, as `padding(toLength:withPad: " ",
    /// startingAt: 0)` for a string no longer than `length` (a longer one is returned whole).
    public func padded(toLength length: Int) -> String {
        self + String(repeating: " ", count: Swift.max(0, length - utf16.count))
    }
}
