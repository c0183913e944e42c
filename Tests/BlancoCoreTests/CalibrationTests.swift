import BlancoCore
import Testing

/// The grade means something: over every bundled exercise, scripted students who listen
/// blank pass well, and students who game the grade (only encouragers, questions outside
/// the story, reading the client's words back, judging, one question four times) do not.
@Suite("Calibration: the grade separates listening from not listening, on every bundled exercise")
struct CalibrationTests {
    static let exercises = ExerciseCatalog.bundled().exercises

    private func grade(_ student: ScriptedStudent, _ exercise: Exercise) -> Double {
        student.play(exercise).score.grade
    }

    @Test("there are bundled exercises to calibrate on")
    func exercisesExist() {
        #expect(Self.exercises.count >= 26)
    }

    @Test(
        "a blank listener gets at least an 8 on every exercise", arguments: ScriptedStudent.blankListeners.map(\.name))
    func blankListenerPasses(name: String) {
        let student = ScriptedStudent.blankListeners.first { $0.name == name }!
        for exercise in Self.exercises {
            let session = student.play(exercise)
            #expect(
                session.score.grade >= 8,
                "\(exercise.id): \(session.score.parts.map { "\($0.label) \($0.points)/\($0.maximum) \($0.detail)" })")
        }
    }

    @Test("encouragers only, questions outside the story and parroting each stay at 5 or below")
    func gamingStaysLow() {
        for student in [ScriptedStudent.encouragersOnly, .offTopic, .parroting, .sameQuestion] {
            for exercise in Self.exercises {
                #expect(grade(student, exercise) <= 5, "\(student.name) on \(exercise.id)")
            }
        }
    }

    @Test("a judging student stays at 4 or below")
    func judgingStaysLow() {
        for exercise in Self.exercises {
            #expect(grade(.judging, exercise) <= 4, "\(exercise.id)")
        }
    }

    @Test("no gaming script beats any blank-listening script on any exercise")
    func gamingNeverBeatsListening() {
        for exercise in Self.exercises {
            let lowestBlank = ScriptedStudent.blankListeners.map { grade($0, exercise) }.min()!
            for student in ScriptedStudent.gaming {
                #expect(grade(student, exercise) < lowestBlank, "\(student.name) on \(exercise.id)")
            }
        }
    }

    @Test("closed questions only, one question, or the opinion first all land below a blank listener")
    func otherStudentsLandBelow() {
        for exercise in Self.exercises {
            let lowestBlank = ScriptedStudent.blankListeners.map { grade($0, exercise) }.min()!
            for student in ScriptedStudent.others {
                #expect(grade(student, exercise) < lowestBlank, "\(student.name) on \(exercise.id)")
            }
            #expect(grade(.closedOnly, exercise) <= 5, "\(exercise.id)")
            #expect(grade(.oneQuestion, exercise) <= 5, "\(exercise.id)")
        }
    }

    @Test("the blank listener's grade does not come from one lucky part: every part of it is visible in the score")
    func partsAreVisible() {
        let session = ScriptedStudent.summarisingListener.play(Self.exercises[0])
        #expect(session.score.parts.map(\.id) == ["film", "skills", "blankness", "opinion"])
        #expect(session.score.parts.reduce(0) { $0 + $1.points } == session.score.points)
    }
}
