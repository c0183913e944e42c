/// Notices a trainee who mixes "je" and "u" with one client, so the feedback can name it
/// once, at the turn where the mixing starts.
public enum RegisterNote {
    /// The first turn that addresses the client in the other register than the turns
    /// before it, with a Dutch note naming both forms and the one this client expects.
    public static func mixing(in turns: [PracticeTurn], register: Register) -> (turn: Int, text: String)? {
        var first: Register?
        for turn in turns {
            guard let used = Register.of(turn.response) else { continue }
            guard let earlier = first else {
                first = used
                continue
            }
            if used != earlier {
                return (
                    turn.number,
                    "Je sprak de cliënt eerst met \u{2018}\(earlier.word)\u{2019} aan en nu met \u{2018}\(used.word)\u{2019}. Houd één aanspreekvorm vast; bij deze cliënt past \u{2018}\(register.word)\u{2019}."
                )
            }
        }
        return nil
    }
}
