import BlancoCore
import DisplayText

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `blanco klas rapport MAP|BESTAND... [--format text|html|csv|json] [--anoniem] [-o BESTAND]
/// [--force]`: reads the hand-ins (never changing the folder), replays them with the
/// current rules and writes the class report. Every skipped file gets one line on
/// standard error naming it.
enum ClassReportCommand {
    enum Format: String, CaseIterable {
        case text, html, csv, json
    }

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentSpec(
                valueOptions: ["--format", "-o", "--output"], flagOptions: ["--anoniem", "--anonymous", "--force"]
            ).parse(arguments)
        } catch {
            context.error(error.message)
            return .usage
        }
        guard !parsed.positionals.isEmpty else {
            context.error(
                "'klas rapport' verwacht een map of inleverbestanden, bijvoorbeeld: blanco klas rapport inleveren")
            return .usage
        }
        let output = parsed.value("-o") ?? parsed.value("--output")
        let formatName = parsed.value("--format") ?? output.flatMap(formatFromExtension) ?? "text"
        guard let format = Format(rawValue: formatName.lowercased()) else {
            var message = "--format verwacht text, html, csv of json, niet '\(formatName)'"
            if let close = EditDistance.closest(to: formatName, in: Format.allCases.map(\.rawValue)) {
                message += "; bedoelde je '\(close)'?"
            }
            context.error(message)
            return .usage
        }

        // Profiles (the folder's and the session's own) may name the lecturer's own rules.
        let rules: RuleBook?
        switch RulesOption.resolve(context) {
        case .success(let book): rules = book
        case .failure(let error): return RulesOption.report(error, context)
        }
        var collector = HandInCollector(book: rules ?? .standard)
        let scan = collector.scan(parsed.positionals)
        if let problem = scan.sessionProblem {
            context.warning(
                (scan.session == nil ? "klassessiebestand overgeslagen: " : "profiel van de klassessie: ")
                    + problem.description)
        }
        let anonymous = parsed.has("--anoniem") || parsed.has("--anonymous") || scan.session?.anonymous == true
        let catalog = ExerciseCatalog.load(directory: context.exercisesDirectory, book: rules ?? .standard)
        let report = ClassReport.build(
            handIns: scan.handIns, skipped: scan.skipped, catalog: catalog, anonymous: anonymous,
            sessionProfile: scan.sessionProfile, rules: rules)
        for skipped in report.skipped {
            context.err.line("blanco: " + TerminalText.sanitize(skipped.description, keepNewlines: false))
        }

        let bytes: [UInt8]
        switch format {
        case .text: bytes = Array(ClassReportText().render(report).utf8)
        case .json: bytes = ClassReportJSON().render(report, generator: "blanco \(BlancoApp.version)")
        case .csv: bytes = ClassReportCSV().render(report)
        case .html: bytes = ClassReportHTML().render(report, generated: JournalRecord.timestamp(Date()))
        }
        if let output {
            do {
                try AtomicFile.write(bytes, to: output, overwrite: parsed.has("--force"))
            } catch {
                context.error(error.description)
                return .failure
            }
            context.err.line(
                "blanco: klasrapport geschreven naar \(TerminalText.sanitize(output, keepNewlines: false))")
        } else {
            context.out.writeBytes { $0.append(contentsOf: bytes) }
        }
        if report.exercises.isEmpty && !report.skipped.isEmpty { return .dataError }
        return .ok
    }

    private static func formatFromExtension(_ path: String) -> String? {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return "html" }
        if lower.hasSuffix(".csv") { return "csv" }
        if lower.hasSuffix(".json") { return "json" }
        return nil
    }
}
