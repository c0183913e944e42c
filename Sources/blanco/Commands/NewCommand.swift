import BlancoCore
import Platform

/// `blanco nieuw ID [MAP]`: writes a new exercise file from the template in
/// `Exercises/README.md`, valid as it stands, for a lecturer to fill in.
enum NewCommand: Command {
    static let name = "new"
    static let aliases = ["nieuw"]
    static let summary = "Maak een nieuw oefenbestand ID.md vanuit het sjabloon"
    static let usage = """
        Gebruik: blanco nieuw ID [MAP]   (of: blanco new ID [MAP])

        Schrijft MAP/ID.md (zonder MAP: in de huidige map; een nieuwe map wordt gemaakt) met het sjabloon uit
        Exercises/README.md: een geldige oefening die je daarna invult. ID bestaat uit kleine
        letters, cijfers en koppeltekens, zoals 'brief-van-de-woningcorporatie'. Een bestaand
        bestand wordt nooit overschreven. Controleer je werk met 'blanco validate MAP'.

        """

    static func run(_ arguments: [String], _ context: AppContext) -> ExitCode {
        let positionals: [String]
        do {
            positionals = try ArgumentSpec().parse(arguments).positionals
        } catch {
            context.error(error.message)
            return .usage
        }
        guard (1...2).contains(positionals.count), let id = positionals.first else {
            context.error("geef een id, bijvoorbeeld: blanco nieuw brief-van-de-woningcorporatie")
            return .usage
        }
        guard ExerciseSkeleton.isValidID(id) else {
            context.error(
                "id '\(id)' moet uit kleine letters, cijfers en koppeltekens bestaan, zoals 'brief-van-de-woningcorporatie'"
            )
            return .usage
        }
        let directory = positionals.count == 2 ? positionals[1] : "."
        let path = (directory.hasSuffix("/") ? directory : directory + "/") + id + ".md"
        // A lecturer's first exercise often goes into a folder that does not exist yet.
        if case .failure(let error) = Directory.create(directory, permissions: 0o755) {
            context.error("kan de map '\(directory)' niet maken: \(error.sentence)")
            return .failure
        }
        let descriptor: FileDescriptor
        switch FileDescriptor.create(exclusive: path, permissions: 0o644) {
        case .success(let created): descriptor = created
        case .failure(let error):
            context.error("kan '\(path)' niet maken: \(error.sentence)")
            return .failure
        }
        let written = descriptor.write(Array(ExerciseSkeleton.text(id: id).utf8))
        let closed = descriptor.close()
        if case .failure(let error) = written.flatMap({ closed }) {
            FileSystem.remove(path)
            context.error("kan '\(path)' niet schrijven: \(error.sentence)")
            return .failure
        }
        context.out.line("\(path) gemaakt. Vul het in en controleer het met: blanco validate \(path)")
        if ExerciseCatalog.bundled().exercise(id: id) != nil {
            context.warning(
                "'\(id)' is ook het id van een meegeleverde oefening; met --exercises vervangt jouw oefening die")
        }
        return .ok
    }
}
