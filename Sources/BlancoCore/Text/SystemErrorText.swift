import Platform

/// An operating-system error (`errno`) in plain Dutch words, for messages that name a file
/// (the table is `SystemError.sentence` in the Platform layer, which knows the numbers).
public enum SystemErrorText {
    public static func dutch(_ code: Int32) -> String {
        SystemError(code: code).sentence
    }
}
