#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The width of the terminal, for wrapping text and laying out the edited line.
public enum TerminalSize {
    /// Columns of the window standard output is shown in (TIOCGWINSZ), else `COLUMNS`,
    /// else 80.
    public static var columns: Int {
        if let columns = windowColumns(fileDescriptor: 1) { return columns }
        if let value = getenv("COLUMNS"), let columns = Int(String(cString: value)), columns > 0 { return columns }
        return 80
    }

    /// The same, with `COLUMNS` taken from an environment that was passed in.
    public static func columns(environment: [String: String]) -> Int {
        if let columns = windowColumns(fileDescriptor: 1) { return columns }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        return 80
    }

    /// The window width of the terminal on `fileDescriptor`, or nil when it is not one.
    public static func windowColumns(fileDescriptor: Int32) -> Int? {
        guard let size = windowSize(fileDescriptor), size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Columns and rows of the window the terminal on `fileDescriptor` is shown in, or nil
    /// when it is not a terminal or does not say.
    public static func window(fileDescriptor: Int32) -> (columns: Int, rows: Int)? {
        guard let size = windowSize(fileDescriptor), size.ws_col > 0, size.ws_row > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    private static func windowSize(_ fileDescriptor: Int32) -> winsize? {
        var size = winsize()
        let result = withUnsafeMutablePointer(to: &size) { ioctl(fileDescriptor, UInt(TIOCGWINSZ), $0) }
        return result == 0 ? size : nil
    }
}
