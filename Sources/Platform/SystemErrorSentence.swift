#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SystemError {
    /// The error in plain Dutch words, for messages that name a file. The C library's own
    /// text (`strerror`) is English, or depends on the locale.
    public var sentence: String {
        switch code {
        case ENOENT: "het bestand of de map bestaat niet"
        case EACCES, EPERM: "geen toegang (de rechten staan het niet toe)"
        case EISDIR: "dit is een map, geen bestand"
        case ENOTDIR: "een deel van het pad is geen map"
        case ENOSPC, EDQUOT: "de schijf is vol"
        case EROFS: "de schijf is alleen te lezen"
        case EIO: "de schijf gaf een lees- of schrijffout"
        case ENAMETOOLONG: "de naam is te lang"
        case ELOOP: "te veel symbolische koppelingen achter elkaar"
        case EMFILE, ENFILE: "er zijn te veel bestanden tegelijk open"
        case EEXIST: "het bestand bestaat al"
        case EBUSY, ETXTBSY: "het bestand is in gebruik"
        case ENOMEM: "te weinig geheugen"
        case EFBIG: "het bestand wordt te groot"
        case ENXIO, ENODEV: "het apparaat is er niet"
        case EPIPE: "de ontvangende kant is gesloten"
        case EAGAIN: "het bestand is even niet beschikbaar"
        default: "systeemfout \(code)"
        }
    }
}
