/// Why the journal could not be read or written, in words a trainee can act on. A journal
/// that cannot be read is never written to or replaced.
public enum JournalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file or its folder cannot be opened (permissions, not a file).
    case unreadable(path: String, reason: String)
    /// A line in the middle of the file is not a journal record.
    case corrupt(path: String, line: Int)
    /// The folder for the journal could not be made.
    case cannotCreateDirectory(path: String, reason: String)
    /// The disk is full or failing (ENOSPC, EDQUOT, EIO).
    case diskFull(path: String, reason: String)
    /// Any other failure to write.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "het logboek \(path) kan niet worden gelezen (\(reason)). Controleer de rechten, of kies een andere map met BLANCO_HOME."
        case .corrupt(let path, let line):
            "het logboek \(path) is beschadigd: regel \(line) is geen blanco-record. Blanco laat het bestand ongemoeid en bewaart deze sessie niet; verplaats of herstel het bestand om weer voortgang te bewaren."
        case .cannotCreateDirectory(let path, let reason):
            "de map \(path) voor je voortgang kan niet worden gemaakt (\(reason)). Kies een andere map met BLANCO_HOME."
        case .diskFull(let path, let reason):
            "je voortgang kon niet worden bewaard in \(path): de schijf is vol of geeft een fout (\(reason)). Je kunt gewoon verder oefenen."
        case .writeFailed(let path, let reason):
            "je voortgang kon niet worden bewaard in \(path) (\(reason)). Je kunt gewoon verder oefenen."
        }
    }
}
