import BlancoCore
import Platform

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `blanco practice --hand-in MAP`: keeps the journal records of this practice run and,
/// when the student finishes an exercise, writes that attempt into the hand-in folder as
/// a `blanco.export/1` file, atomically and under a name no other hand-in can have
/// (`HandInName`). The folder is checked at the start, so a student hears about a wrong
/// folder before practising, not after.
final class HandInDelivery {
    let folder: String
    let session: ClassSession?
    /// The name the hand-in carries; nil hands in anonymously.
    let student: String?
    private let catalog: ExerciseCatalog
    private var records: [JournalRecord] = []

    init(folder: String, session: ClassSession?, student: String?, catalog: ExerciseCatalog) {
        self.folder = folder
        self.session = session
        self.student = session?.anonymous == true ? nil : student
        self.catalog = catalog
    }

    /// Reads the session file in `folder` (nil when there is none) and checks that the
    /// folder can take a file; a Dutch message when it cannot.
    static func prepare(folder: String) -> Result<ClassSession?, UsageError> {
        guard case .success(let status) = FileSystem.status(atPath: folder), status.kind == .directory else {
            return .failure(
                UsageError(message: "de inlevermap \(folder) bestaat niet; controleer het pad dat je docent gaf"))
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            return .failure(
                UsageError(
                    message: "je mag niet schrijven in de inlevermap \(folder); vraag je docent om schrijfrechten"))
        }
        let path = (folder.hasSuffix("/") ? folder : folder + "/") + ClassSession.fileName
        guard case .regular = HandInFile.kind(of: path) else { return .success(nil) }
        switch HandInFile.read(path) {
        case .failure(let skipped):
            return .failure(UsageError(message: "het klassessiebestand \(path) is niet te lezen: \(skipped.reason)"))
        case .success(let bytes):
            do throws(ClassSessionError) {
                return .success(try ClassSession.parse(bytes, file: path))
            } catch {
                return .failure(UsageError(message: error.description))
            }
        }
    }

    /// Every record the practice loop saves passes here too.
    func note(_ record: JournalRecord) {
        records.append(record)
    }

    /// Writes the finished attempt, with the profile it was graded with; the Dutch line
    /// to show the student.
    func deliver(attempt: String, profile: Profile) -> String {
        let (attempts, _) = PortfolioBuilder(catalog: catalog.exercises).attempts(
            from: records.filter { $0.attempt == attempt })
        guard var finished = attempts.first(where: { $0.id == attempt && $0.grade != nil }) else {
            return "Inleveren lukte niet: deze poging is niet afgerond."
        }
        finished.profile = profile.id
        let portfolio = Portfolio(
            student: student, generated: JournalRecord.timestamp(Date()), exerciseFilter: nil, since: nil,
            attempts: [finished], goals: [])
        let bytes = ExportDocument(portfolio, generator: "blanco \(BlancoApp.version)").encoded()
        let name = HandInName.fileName(alias: student, attempt: attempt)
        let path = (folder.hasSuffix("/") ? folder : folder + "/") + name
        do {
            try AtomicFile.write(bytes, to: path, overwrite: false)
        } catch {
            return "Inleveren lukte niet: \(error.description). Je poging staat wel in je logboek; "
                + "lever later in met: blanco export --format json --exercise \(finished.exercise.id) -o BESTAND"
        }
        return "Ingeleverd: \(TerminalText.sanitize(path, keepNewlines: false))"
            + (student == nil ? " (zonder naam)" : "")
    }
}
