/// A new exercise file for `blanco nieuw ID`: the template of `Exercises/README.md` with
/// the lecturer's id, valid as it stands, to be filled in.
public enum ExerciseSkeleton {
    /// The template's own id, replaced by the new one.
    static let templateID = "paaltjes-voor-de-deur"

    public static var template: String { ExerciseTemplateText.text }

    /// The template with `id` in its `id:` line.
    public static func text(id: String) -> String {
        var lines = template.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let index = lines.firstIndex(where: { $0.hasPrefix("id:") }) {
            lines[index] = lines[index].replacingFirst(templateID, with: id)
        }
        return lines.joined(separator: "\n")
    }

    /// Whether `id` is lowercase letters, digits and single hyphens, as the format asks.
    public static func isValidID(_ id: String) -> Bool {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        var result = self
        result.replaceSubrange(range, with: replacement)
        return result
    }
}
