/// Where blanco keeps a trainee's journal and line history: `BLANCO_HOME` if set, else
/// `$XDG_DATA_HOME/blanco`, else `~/.local/share/blanco`. The environment is passed in,
/// so the core never reads it itself.
public enum DataDirectory {
    /// The directory, or nil when neither `BLANCO_HOME`, `XDG_DATA_HOME` nor `HOME` is set.
    public static func resolve(environment: [String: String]) -> String? {
        func value(_ name: String) -> String? {
            guard let value = environment[name], !value.isEmpty else { return nil }
            return value
        }
        if let home = value("BLANCO_HOME") { return home }
        if let data = value("XDG_DATA_HOME") { return data + "/blanco" }
        if let home = value("HOME") { return home + "/.local/share/blanco" }
        return nil
    }
}
