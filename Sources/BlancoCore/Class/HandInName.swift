/// The file name of a hand-in: `ALIAS-ATTEMPT.json`, where ALIAS is what the student
/// chose to be called (folded to `a-z`, digits and hyphens, at most 24 characters) or
/// `anoniem`, and ATTEMPT is the attempt's random id (a UUID). Two students never get the
/// same name, even with the same alias, because the attempt id is random; and the name
/// carries nothing of the student beyond the alias they gave.
public enum HandInName {
    public static let anonymous = "anoniem"
    public static let maximumAliasLength = 24

    public static func fileName(alias: String?, attempt: String) -> String {
        "\(slug(alias) ?? anonymous)-\(slug(attempt, limit: 64) ?? "poging").json"
    }

    /// The alias as a safe file-name part, or nil when nothing usable is left.
    static func slug(_ text: String?, limit: Int = maximumAliasLength) -> String? {
        guard let text else { return nil }
        var result = ""
        var lastWasHyphen = true
        for scalar in TextFolding.fold(text).unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                result.unicodeScalars.append(scalar)
                lastWasHyphen = false
            default:
                if !lastWasHyphen {
                    result += "-"
                    lastWasHyphen = true
                }
            }
            if result.count >= limit { break }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? nil : result
    }
}
