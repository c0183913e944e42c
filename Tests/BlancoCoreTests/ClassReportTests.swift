import BlancoCore
import Foundation
import Testing

@Suite("the class report")
struct ClassReportTests {
    func report(_ files: [(String, [UInt8])], anonymous: Bool = false) throws -> ClassReport {
        let folder = try ClassFixtures.folder()
        for (name, bytes) in files { try ClassFixtures.write(bytes, name, in: folder) }
        var collector = HandInCollector()
        let scan = collector.scan([folder])
        return ClassReport.build(
            handIns: scan.handIns, skipped: scan.skipped, catalog: ClassFixtures.catalog, anonymous: anonymous)
    }

    @Test("students, flags per category, frequent phrases and film coverage are counted over all hand-ins")
    func aggregation() throws {
        let report = try self.report([
            ("a.json", ClassFixtures.handIn(student: "Anna", responses: ClassFixtures.hasty)),
            ("b.json", ClassFixtures.handIn(student: "Bram", responses: ClassFixtures.hasty)),
            ("c.json", ClassFixtures.handIn(student: "Cem", responses: ClassFixtures.careful)),
            ("d.json", ClassFixtures.handIn(student: nil, responses: ["Wat vervelend zeg.", "Wat is er gebeurd?"])),
        ])
        let summary = try #require(report.exercises.first)
        #expect(summary.exercise.id == ClassFixtures.exerciseID)
        #expect(summary.students == 4)
        #expect(summary.responses == 11)
        let counts = Dictionary(uniqueKeysWithValues: summary.categories.map { ($0.category, $0) })
        #expect(counts[.judgment]?.flags == 3)
        #expect(counts[.judgment]?.handIns == 3)
        #expect(counts[.whyQuestion]?.flags == 2)
        #expect(counts[.prematureOpinion]?.flags == 2)
        #expect(
            summary.categories.map(\.category) == Category.allCases,
            "every category, zeros included, generic over the enum")
        #expect(summary.phrases.first?.text == "wat vervelend")
        #expect(summary.phrases.first?.count == 3, "case and punctuation are ignored when counting phrases")
        let what = try #require(summary.film.first { $0.aspect == .wat })
        let heard = [
            ClassFixtures.hasty, ClassFixtures.hasty, ClassFixtures.careful,
            ["Wat vervelend zeg.", "Wat is er gebeurd?"],
        ]
        .filter { responses in
            var session = PracticeSession(exercise: ClassFixtures.exercise)
            for response in responses { session.respond(response) }
            return session.knownFacts.contains { $0.aspect == .wat }
        }.count
        #expect(heard >= 1)
        #expect(what.heardBy == heard)
        #expect(summary.examples.first?.analysis.flags.isEmpty == true, "the first example is a strong answer")
        #expect(summary.examples.dropFirst().allSatisfy { !$0.analysis.flags.isEmpty })
        #expect(summary.gradeBook.map(\.student) == ["Anna", "Bram", "Cem", nil])
    }

    @Test("median and quartiles interpolate like a spreadsheet's KWARTIEL.INC")
    func quartiles() throws {
        let spread = try #require(GradeSpread([6.0, 7.0, 8.0, 9.0]))
        #expect(spread.median == 7.5)
        #expect(spread.lowerQuartile == 6.75)
        #expect(spread.upperQuartile == 8.25)
        #expect(spread.passing == 4)
        #expect(spread.bands == [0, 0, 0, 0, 0, 1, 1, 1, 1, 0])
        #expect(GradeSpread([]) == nil)
        #expect(GradeSpread([5.4, 5.5])?.passing == 1)
    }

    @Test("an edited file that raises its own grade is listed, and the grade book keeps the recomputed grade")
    func tampered() throws {
        let honest = ClassFixtures.handIn(student: "Eva", responses: ClassFixtures.hasty)
        let report = try self.report([
            ("eva.json", try ClassFixtures.tampered(honest, grade: 9.8)),
            ("fien.json", ClassFixtures.handIn(student: "Fien", responses: ClassFixtures.careful)),
        ])
        let summary = try #require(report.exercises.first)
        let eva = try #require(summary.gradeBook.first { $0.student == "Eva" })
        #expect(eva.claimedGrade == 9.8)
        #expect(eva.grade < 6)
        #expect(eva.mismatch)
        #expect(summary.mismatches.map(\.student) == ["Eva"])
        #expect(summary.gradeBook.first { $0.student == "Fien" }?.mismatch == false)
        let text = ClassReportText().render(report)
        #expect(text.contains("in het bestand 9,8, herberekend"))
    }

    @Test("anonymous: no student name and no file name in any format, but the figures stay")
    func anonymisation() throws {
        let report = try self.report(
            [
                ("zoe-van-dijk-1.json", ClassFixtures.handIn(student: "Zoë van Dijk", responses: ClassFixtures.hasty)),
                (
                    "zoe-van-dijk-2.json",
                    try ClassFixtures.tampered(
                        ClassFixtures.handIn(student: "Zoë van Dijk", responses: ClassFixtures.hasty), grade: 9.5)
                ),
            ], anonymous: true)
        let summary = try #require(report.exercises.first)
        #expect(summary.gradeBook.isEmpty)
        #expect(summary.mismatches.count == 1)
        let outputs = [
            ClassReportText().render(report),
            String(decoding: ClassReportJSON().render(report, generator: "blanco test"), as: UTF8.self),
            String(decoding: ClassReportCSV().render(report), as: UTF8.self),
            String(decoding: ClassReportHTML().render(report, generated: "2026-12-05T13:00:00Z"), as: UTF8.self),
        ]
        for output in outputs {
            #expect(!output.contains("Zoë"), "\(output.prefix(200))")
            #expect(!output.contains("zoe-van-dijk"))
        }
        for output in outputs where !output.hasPrefix("\u{FEFF}") {
            #expect(output.contains("wat vervelend"), "the figures stay")
        }
        #expect(outputs[2].contains(";1;2;"), "one student (the same name twice), two hand-ins: \(outputs[2])")
    }

    @Test("a hand-in for an exercise this blanco does not know is skipped with a line saying how to add it")
    func unknownExercise() throws {
        var object =
            try JSONSerialization.jsonObject(
                with: Data(ClassFixtures.handIn(student: "Gijs", responses: ClassFixtures.careful))) as! [String: Any]
        var attempts = object["attempts"] as! [[String: Any]]
        attempts[0]["exercise"] = ["id": "eigen-casus"]
        object["attempts"] = attempts
        let report = try self.report([("gijs.json", Array(try JSONSerialization.data(withJSONObject: object)))])
        #expect(report.exercises.isEmpty)
        #expect(report.skipped.first?.reason.contains("onbekende oefening 'eigen-casus'") == true)
        #expect(report.skipped.first?.reason.contains("--exercises") == true)
    }

    @Test("self-assessment beside the coach: the class mean per skill and the gap")
    func selfVersusCoach() throws {
        var generous = SkillRatings()
        generous[.deferJudgment] = 5
        let report = try self.report([
            ("h.json", ClassFixtures.handIn(student: "Hans", responses: ClassFixtures.hasty, selfRatings: generous))
        ])
        let skill = try #require(report.exercises.first?.skills.first)
        #expect(skill.skill == Skill.deferJudgment.rawValue)
        #expect(skill.selfMean == 5)
        #expect(skill.coachMean < 5)
        #expect(skill.gap > 0)
    }

    @Test("JSON gives per exercise the id, the number of students and a count for every category")
    func json() throws {
        let report = try self.report([
            ("a.json", ClassFixtures.handIn(student: "Anna", responses: ClassFixtures.hasty)),
            ("b.json", ClassFixtures.handIn(student: "Bram", responses: ClassFixtures.careful)),
        ])
        let bytes = ClassReportJSON().render(report, generator: "blanco test")
        let object = try JSONSerialization.jsonObject(with: Data(bytes)) as! [String: Any]
        #expect(object["schema"] as? String == "blanco.klasrapport/1")
        let exercise = try #require((object["exercises"] as? [[String: Any]])?.first)
        #expect(exercise["exercise"] as? String == ClassFixtures.exerciseID)
        #expect(exercise["students"] as? Int == 2)
        let categories = try #require(exercise["categories"] as? [String: Int])
        #expect(Set(categories.keys) == Set(Category.allCases.map(\.rawValue)))
        #expect(categories["judgment"] == 1)
        #expect((exercise["gradeBook"] as? [[String: Any]])?.count == 2)
    }

    @Test("CSV grade book: byte-order mark, semicolons, decimal comma, and a name that starts a formula is neutralised")
    func csv() throws {
        let report = try self.report([
            ("x.json", ClassFixtures.handIn(student: "=HYPERLINK(\"http://x\")", responses: ClassFixtures.hasty))
        ])
        let bytes = ClassReportCSV().render(report)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("naam;oefening;cijfer;"))
        #expect(lines[1].hasPrefix("\"'=HYPERLINK(\"\"http://x\"\")\";\(ClassFixtures.exerciseID);"))
        #expect(lines[1].split(separator: ";")[2].contains(","), "grade with a decimal comma: \(lines[1])")
    }

    @Test("HTML escapes every text from a hand-in and needs nothing from outside")
    func htmlEscaping() throws {
        let report = try self.report([
            (
                "x.json",
                ClassFixtures.handIn(student: "<b>Ivo</b>", responses: ["<script>alert(1)</script> Wat vervelend."])
            )
        ])
        let html = String(decoding: ClassReportHTML().render(report, generated: "2026-12-05T13:00:00Z"), as: UTF8.self)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("&lt;b&gt;Ivo&lt;/b&gt;"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("default-src 'none'"))
    }
}

@Suite("replaying hand-ins")
struct HandInReplayTests {
    @Test("a replay with shared, incrementally prepared contexts analyses every turn exactly as practice did")
    func replayMatchesPractice() {
        let contexts = ReplayContexts()
        let responses = [
            "Wat is er gebeurd?", "U zegt dat het er nog steeds staat. Wat bedoelt u met 'er'?",
            "Wat vervelend voor u.",
            "Dus u heeft gebeld en niemand nam op?", "Waarom heeft u dat niet eerder gemeld?", "Hoe was dat voor u?",
            "Mm.", "Als ik het goed begrijp, heeft u gewacht. Klopt dat?", "Wat vindt u ervan?",
        ]
        for exercise in ClassFixtures.catalog.exercises {
            var practice = PracticeSession(exercise: exercise)
            for response in responses { practice.respond(response) }
            let handIn = HandIn(
                file: "x.json", student: nil, attempt: exercise.id, exercise: exercise.id, responses: responses,
                hints: 0,
                claimedGrade: practice.score.grade)
            for _ in 0..<2 {
                let replay = HandInReview.review(handIn, exercise: exercise, contexts: contexts)
                #expect(replay.turns == practice.turns, "\(exercise.id)")
                #expect(replay.claimMatches == true, "\(exercise.id)")
            }
        }
    }
}

@Suite("hand-ins graded with their own profile")
struct HandInProfileTests {
    /// Responses whose grade differs between the profiles: one leading question, which
    /// basis does not count, standaard counts as minor and streng as major.
    static let responses = [
        "Wat is er gebeurd?", "Vond u dat niet vreemd?", "Hoe was dat voor u?", "Wanneer was dat?",
    ]

    static func expectedGrade(_ profile: Profile) -> Double {
        var session = PracticeSession(exercise: ClassFixtures.exercise, profile: profile)
        for response in responses { session.respond(response) }
        return session.score.grade
    }

    static func report(_ files: [(String, [UInt8])], catalog: ExerciseCatalog = ClassFixtures.catalog) throws
        -> ClassReport
    {
        let folder = try ClassFixtures.folder()
        for (name, bytes) in files { try ClassFixtures.write(bytes, name, in: folder) }
        var collector = HandInCollector()
        let scan = collector.scan([folder])
        return ClassReport.build(handIns: scan.handIns, skipped: scan.skipped, catalog: catalog, anonymous: false)
    }

    @Test("a hand-in made with --profiel streng or basis is re-graded with that profile, and its grade matches")
    func regradedWithItsProfile() throws {
        #expect(Self.expectedGrade(.strict) != Self.expectedGrade(.standard), "the responses tell the profiles apart")
        #expect(Self.expectedGrade(.basic) != Self.expectedGrade(.standard))
        let report = try Self.report([
            ("a.json", ClassFixtures.handIn(student: "Anna", responses: Self.responses, profile: .strict)),
            ("b.json", ClassFixtures.handIn(student: "Bram", responses: Self.responses, profile: .basic)),
            ("c.json", ClassFixtures.handIn(student: "Cas", responses: Self.responses, profile: .strict)),
        ])
        let summary = try #require(report.exercises.first)
        let rows = Dictionary(uniqueKeysWithValues: summary.gradeBook.map { ($0.student!, $0) })
        #expect(rows["Anna"]?.grade == Self.expectedGrade(.strict))
        #expect(rows["Anna"]?.profile == "streng")
        #expect(rows["Bram"]?.grade == Self.expectedGrade(.basic))
        #expect(rows["Bram"]?.profile == "basis")
        #expect(summary.mismatches.isEmpty, "each file's own grade is the one its profile gives")
        #expect(summary.profiles.map(\.profile) == ["streng", "basis"])
        #expect(summary.profiles.map(\.handIns) == [2, 1])

        let text = ClassReportText().render(report)
        #expect(text.contains("Profielen: streng ×2, basis ×1."))
        #expect(text.contains("niet helemaal vergelijkbaar"))
        let html = String(decoding: ClassReportHTML().render(report, generated: "2026-12-05T13:00:00Z"), as: UTF8.self)
        #expect(html.contains("<p>Profielen: streng ×2, basis ×1."))
        let csv = String(decoding: ClassReportCSV().render(report), as: UTF8.self)
        #expect(csv.contains(";profiel\r\n"))
        #expect(csv.contains(";streng\r\n") && csv.contains(";basis\r\n"))
        let json =
            try JSONSerialization.jsonObject(
                with: Data(ClassReportJSON().render(report, generator: "blanco test"))) as! [String: Any]
        let exercise = try #require((json["exercises"] as? [[String: Any]])?.first)
        #expect(exercise["profiles"] as? [String: Int] == ["streng": 2, "basis": 1])
    }

    @Test("one profile for the whole class is named once; the standard one is not mentioned")
    func oneProfile() throws {
        let strict = try Self.report([
            ("a.json", ClassFixtures.handIn(student: "Anna", responses: Self.responses, profile: .strict))
        ])
        #expect(ClassReportText().render(strict).contains("Profiel: streng (waarmee de studenten oefenden)"))
        let standard = try Self.report([
            ("a.json", ClassFixtures.handIn(student: "Anna", responses: Self.responses, profile: .standard)),
            ("b.json", ClassFixtures.handIn(student: "Bram", responses: Self.responses)),
        ])
        #expect(!ClassReportText().render(standard).contains("Profiel"))
        #expect(standard.exercises.first?.profiles.map(\.handIns) == [2])
    }

    @Test("a file from before the profile field reads as before: the exercise's profile, else standaard")
    func fileWithoutProfile() throws {
        let bytes = ClassFixtures.handIn(student: "Anna", responses: Self.responses)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("\"profile\""), "no field written when not known")
        let document = try ExportDocument.decode(Data(bytes))
        #expect(document.attempts.first?.profile == nil)
        let report = try Self.report([("a.json", bytes)])
        let row = try #require(report.exercises.first?.gradeBook.first)
        #expect(row.profile == "standaard")
        #expect(row.grade == Self.expectedGrade(.standard))
        #expect(!row.mismatch)
    }

    @Test("a hand-in made with a profile this blanco does not know is skipped with one line saying how to add it")
    func unknownProfile() throws {
        var object =
            try JSONSerialization.jsonObject(
                with: Data(ClassFixtures.handIn(student: "Anna", responses: Self.responses))) as! [String: Any]
        var attempts = object["attempts"] as! [[String: Any]]
        attempts[0]["profile"] = "eigen-groep-2"
        object["attempts"] = attempts
        let report = try Self.report([
            ("a.json", Array(try JSONSerialization.data(withJSONObject: object))),
            ("b.json", ClassFixtures.handIn(student: "Bram", responses: Self.responses)),
        ])
        #expect(report.exercises.first?.handIns == 1)
        let skipped = try #require(report.skipped.first)
        #expect(skipped.file.hasSuffix("a.json"))
        #expect(skipped.description.contains("profiel 'eigen-groep-2'"))
        #expect(skipped.description.contains("--exercises MAP"))
    }
}
