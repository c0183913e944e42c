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
        var size = winsize()
        let result = withUnsafeMutablePointer(to: &size) { ioctl(fileDescriptor, UInt(TIOCGWINSZ), $0) }
        guard result == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
