import Platform
import Testing

/// `blanco analyze --format jsonl` starts one worker per processor it may use; under
/// `taskset` or a container's cpuset that is fewer than the machine has online.
@Suite("The processors a process may run on")
struct ProcessorAffinityTests {
    @Test("a Linux CPU list counts every processor in its ranges and single numbers")
    func countsRangesAndSingles() {
        #expect(ProcessorAffinity.count(inList: "0") == 1)
        #expect(ProcessorAffinity.count(inList: "0-3") == 4)
        #expect(ProcessorAffinity.count(inList: "0-3,6,8-9") == 7)
    }

    @Test("a list that is not a CPU list gives no count, so the processors online are used")
    func rejectsWhatIsNotAList() {
        for text in ["", "x", "3-1", "0-", "-2", "0,,2", "0-1-2", "a-b"] {
            #expect(ProcessorAffinity.count(inList: Substring(text)) == nil, "\(text)")
        }
    }

    @Test("the count comes from the Cpus_allowed_list line of a status text, not Cpus_allowed")
    func readsTheStatusLine() {
        let status = "Name:\tblanco\nCpus_allowed:\tff\nCpus_allowed_list:\t0-1,4\nMems_allowed:\t1\n"
        #expect(ProcessorAffinity.allowedCount(inStatus: Substring(status)) == 3)
        #expect(ProcessorAffinity.allowedCount(inStatus: "Name:\tblanco\n") == nil)
    }

    @Test("the worker count is at least one and never more than the processors this process may use")
    func activeCountIsWithinTheAllowedSet() {
        let active = Platform.activeProcessorCount
        #expect(active >= 1)
        if let allowed = ProcessorAffinity.allowedCount { #expect(active <= allowed) }
    }
}
