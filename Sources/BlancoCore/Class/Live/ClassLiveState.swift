/// A key as the live view needs it; the terminal code maps its decoded keys to these.
public enum ClassLiveKey: Sendable, Equatable {
    /// Printable text: a typed character, or a pasted run.
    case text(String)
    case enter
    case backspace
    case left
    case right
    /// Ctrl-W: the word before the cursor.
    case deleteWord
    /// Ctrl-U: the whole typed line.
    case clearLine
    /// Ctrl-C or Ctrl-D.
    case cancel
    case other
}

/// The live view's state and what the keys do, apart from any terminal, so it can be
/// tested as a value. Keys (shown at the bottom of the screen):
///
/// - `a`: show or hide the latest answers;
/// - `→`, `spatie` or `v`: the next answer, one at a time with its analysis; `←` or `w`
///   the previous one;
/// - `t`: type or paste an answer heard in the room; Enter analyses it;
/// - `o`: the next exercise;
/// - `q` (or Ctrl-C, Ctrl-D): quit.
public struct ClassLiveState: Sendable {
    /// What the middle of the screen shows.
    public enum Panel: Sendable, Equatable {
        /// The class figures only.
        case overview
        /// The latest answers, anonymised.
        case answers
        /// One answer with its analysis: the index into the exercise's answers.
        case step(Int)
        /// The lecturer is typing an answer (typed at the end; Backspace, Ctrl-W and Ctrl-U edit).
        case typing(String)
        /// A typed answer's analysis.
        case typed(String, Analysis)
    }

    public var panel: Panel = .overview
    public var exerciseIndex = 0
    /// Names are shown only when the lecturer asked (`--namen`).
    public let showNames: Bool

    public init(showNames: Bool = false) {
        self.showNames = showNames
    }

    /// What the caller should do after a key.
    public enum Outcome: Sendable, Equatable {
        case redraw
        case quit
        case ignored
    }

    /// Applies one decoded key; `answers` is how many answers the current exercise has,
    /// `analyze` analyses a typed answer for the current exercise.
    public mutating func handle(
        _ key: ClassLiveKey, answers: Int, exercises: Int, analyze: (String) -> Analysis
    ) -> Outcome {
        if case .typing(var line) = panel {
            switch key {
            case .text(let text):
                line += text
            case .backspace:
                if !line.isEmpty { line.removeLast() }
            case .deleteWord:
                while line.last?.isWhitespace == true { line.removeLast() }
                while let last = line.last, !last.isWhitespace { line.removeLast() }
            case .clearLine:
                line = ""
            case .cancel:
                panel = .overview
                return .redraw
            case .enter:
                let text = line.trimmingSpaces()
                panel = text.isEmpty ? .overview : .typed(text, analyze(text))
                return .redraw
            default:
                return .ignored
            }
            panel = .typing(line)
            return .redraw
        }
        switch key {
        case .cancel:
            return .quit
        case .right, .enter:
            return step(+1, answers: answers)
        case .left:
            return step(-1, answers: answers)
        case .text(let text):
            // Keys typed quickly arrive as one run of text; the first one counts.
            guard let first = text.lowercased().first else { return .ignored }
            switch first {
            case "q": return .quit
            case "a":
                panel = panel == .answers ? .overview : .answers
            case " ", "v", "n": return step(+1, answers: answers)
            case "w", "p": return step(-1, answers: answers)
            case "t":
                panel = .typing("")
            case "o":
                guard exercises > 1 else { return .ignored }
                exerciseIndex = (exerciseIndex + 1) % exercises
                panel = .overview
            default:
                return .ignored
            }
            return .redraw
        default:
            return .ignored
        }
    }

    private mutating func step(_ delta: Int, answers: Int) -> Outcome {
        guard answers > 0 else { return .ignored }
        if case .step(let index) = panel {
            panel = .step(min(answers - 1, max(0, index + delta)))
        } else {
            panel = .step(delta > 0 ? 0 : answers - 1)
        }
        return .redraw
    }

    /// Keeps the exercise index valid when exercises come and go.
    public mutating func clamp(exercises: Int) {
        if exerciseIndex >= exercises { exerciseIndex = max(0, exercises - 1) }
    }
}
