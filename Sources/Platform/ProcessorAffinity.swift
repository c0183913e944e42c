/// The processors this process may run on. `taskset`, `docker --cpuset-cpus` and some CI
/// runners allow fewer than the machine has online; more worker threads than allowed
/// processors only take turns. Linux lists them in `/proc/self/status` as
/// `Cpus_allowed_list:	0-3,6`.
public enum ProcessorAffinity {
    /// How many processors a Linux CPU list such as `0-3,6` names; nil when `list` is not one.
    public static func count(inList list: Substring) -> Int? {
        var total = 0
        for part in list.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(bounds.count), let first = Int(bounds[0]), first >= 0 else { return nil }
            let last = bounds.count == 2 ? Int(bounds[1]) : first
            guard let last, last >= first else { return nil }
            total += last - first + 1
        }
        return total > 0 ? total : nil
    }

    /// The processor count in the `Cpus_allowed_list` line of a `/proc/<pid>/status` text.
    public static func allowedCount(inStatus status: Substring) -> Int? {
        for line in status.split(separator: "\n") where line.hasPrefix("Cpus_allowed_list:") {
            let value = line.dropFirst("Cpus_allowed_list:".count).drop { $0 == " " || $0 == "\t" }
            return count(inList: value)
        }
        return nil
    }

    /// The processors this process may run on; nil where the system does not say (not Linux).
    public static var allowedCount: Int? {
        guard case .success(let bytes) = RegularFile.read("/proc/self/status", limit: 1 << 16) else { return nil }
        return allowedCount(inStatus: Substring(decoding: bytes, as: UTF8.self))
    }
}
