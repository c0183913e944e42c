/// Fits a flag's blank alternative to the conversation it is shown in: an example question
/// that names something this story does not have ("Wat zei de monteur toen?" where there is
/// no monteur) becomes case-neutral, and the example follows the trainee's own je or u.
/// Only the quoted example changes; the advice around it speaks to the trainee as before.
public enum BlankAlternative {
    /// The case-neutral example: it names nothing, so it fits every story and register.
    static let neutral = "Wat gebeurde er toen precies?"

    public static func fit(_ suggestion: String, story: StoryVocabulary, register: Register?) -> String {
        var result = ""
        var quote: String?
        for character in suggestion {
            if character == "\"" || character == "\u{201C}" || character == "\u{201D}" {
                if let open = quote {
                    result += fitQuote(open, story: story, register: register) + String(character)
                    quote = nil
                } else {
                    result.append(character)
                    quote = ""
                }
            } else if quote != nil {
                quote!.append(character)
            } else {
                result.append(character)
            }
        }
        return result + (quote ?? "")
    }

    private static func fitQuote(_ quote: String, story: StoryVocabulary, register: Register?) -> String {
        let fitted = story.strangers(in: quote).isEmpty ? quote : neutral
        guard let register, let own = Register.of(fitted), own != register else { return fitted }
        return swap(fitted, to: register)
    }

    /// Second-person words and the verb before them, from u to je or back:
    /// "Wat vindt u?" ↔ "Wat vind je?".
    private static let verbForms: [(u: String, je: String)] = [
        ("vindt", "vind"), ("hebt", "heb"), ("heeft", "heb"), ("bent", "ben"), ("wilt", "wil"), ("kunt", "kun"),
        ("zult", "zul"), ("gaat", "ga"), ("doet", "doe"), ("ziet", "zie"), ("merkt", "merk"), ("bedoelt", "bedoel"),
        ("denkt", "denk"), ("voelt", "voel"), ("zegt", "zeg"), ("komt", "kom"), ("staat", "sta"), ("wist", "wist"),
    ]

    static func swap(_ text: String, to register: Register) -> String {
        var current = ""
        var pieces: [String] = []
        for character in text {
            if character.isLetter {
                current.append(character)
            } else {
                if !current.isEmpty { pieces.append(current) }
                current = ""
                pieces.append(String(character))
            }
        }
        if !current.isEmpty { pieces.append(current) }
        var output = pieces
        for index in output.indices {
            let word = output[index]
            let lower = word.lowercased()
            let replacement: String?
            switch (register, lower) {
            case (.je, "u"): replacement = "je"
            case (.je, "uw"): replacement = "je"
            case (.u, "je"), (.u, "jij"), (.u, "jou"): replacement = "u"
            case (.u, "jouw"): replacement = "uw"
            default: replacement = nil
            }
            guard let replacement else { continue }
            output[index] =
                word.first?.isUppercase == true
                ? replacement.prefix(1).uppercased() + replacement.dropFirst() : replacement
            // The verb just before an inverted pronoun: "vindt u" ↔ "vind je".
            if index >= 2, output[index - 1] == " " {
                let verb = output[index - 2].lowercased()
                let form =
                    register == .je
                    ? verbForms.first { $0.u == verb }?.je : verbForms.first { $0.je == verb && $0.u != "heeft" }?.u
                if let form {
                    let capital = output[index - 2].first?.isUppercase == true
                    output[index - 2] = capital ? form.prefix(1).uppercased() + form.dropFirst() : form
                }
            }
        }
        return output.joined()
    }
}
