import BlancoCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What the export, progress and reflection commands share: the journal read once, with
/// torn lines reported as warnings, and the exercise catalog for titles and vignettes.
struct JournalPortfolio {
    let directory: String?
    let records: [JournalRecord]
    let catalog: ExerciseCatalog

    /// Reads the journal; a journal that cannot be read is reported and gives nil.
    static func load(_ context: AppContext) -> JournalPortfolio? {
        let catalog = ExerciseCatalog.load(directory: context.exercisesDirectory)
        guard let directory = DataDirectory.resolve(environment: context.environment) else {
            return JournalPortfolio(directory: nil, records: [], catalog: catalog)
        }
        do {
            let contents = try Journal(directory: directory).records()
            for warning in contents.warnings { context.warning(warning) }
            return JournalPortfolio(directory: directory, records: contents.records, catalog: catalog)
        } catch {
            context.error(error.description)
            return nil
        }
    }

    func builder(exercise: String? = nil, since: String? = nil) -> PortfolioBuilder {
        PortfolioBuilder(catalog: catalog.exercises, exerciseFilter: exercise, since: since)
    }

    /// The attempt a trainee names: `laatste`/`last`, or the start of its id.
    func attempt(named name: String, in attempts: [PortfolioAttempt]) -> Result<PortfolioAttempt, UsageError> {
        let key = name.lowercased()
        if key == "laatste" || key == "last" {
            guard let last = attempts.last(where: { $0.finished != nil }) ?? attempts.last else {
                return .failure(
                    UsageError(message: "er is nog geen poging in je logboek; oefen eerst met 'blanco practice'"))
            }
            return .success(last)
        }
        let matches = attempts.filter { $0.id.hasPrefix(key) }
        switch matches.count {
        case 1: return .success(matches[0])
        case 0:
            return .failure(
                UsageError(
                    message:
                        "geen poging '\(name)' in je logboek; 'blanco voortgang' toont de ids, of gebruik 'laatste'"))
        default:
            return .failure(
                UsageError(message: "'\(name)' past bij \(matches.count) pogingen; typ meer tekens van het id"))
        }
    }

    static func now() -> String { JournalRecord.timestamp(Date()) }
}
