import BlancoCore
// exit and write, the C library calls below, come with Foundation.
import Foundation

// Usage: swift run -c release blanco-bench [analyzer|practice|line-editing|progress|class|all]
//        swift run -c release blanco-bench class --keep DIR   (only writes the class hand-ins)
// Each benchmark lives in its own file and prints its figures against its targets.
if CommandLine.arguments.dropFirst().first == "--measure-child" {
    // Internal: the analyzer benchmark measures each spawned program through this.
    exit(AnalyzerBenchmark.measureChild(Array(CommandLine.arguments.dropFirst(2))))
}
let which = CommandLine.arguments.dropFirst().first ?? "all"
if which == "class", CommandLine.arguments.count == 4, CommandLine.arguments[2] == "--keep" {
    // Keeps the class benchmark's hand-ins in a folder, to profile or compare reports.
    exit(ClassReportBenchmark.keep(in: CommandLine.arguments[3]) ? 0 : 1)
}
let benchmarks: [(name: String, run: () -> Bool)] = [
    // Analyzer: median per response, jsonl MB/s, peak memory (AnalyzerBenchmark.swift).
    ("analyzer", AnalyzerBenchmark.run),
    // Practice: start to first prompt and feedback per turn (PracticeBenchmark.swift).
    ("practice", PracticeBenchmark.run),
    // Line editing: a pasted megabyte stays linear (LineEditingBenchmark.swift).
    ("line-editing", LineEditingBenchmark.run),
    // Journal: start-up on a 100 MB journal (JournalBenchmark.swift).
    ("journal", JournalBenchmark.run),
    // Progress and export: blanco voortgang on 10,000 attempts (ProgressBenchmark.swift).
    ("progress", ProgressBenchmark.run),
    // Class report: 500 hand-ins (15,000 responses) in ≤ 1 s (ClassReportBenchmark.swift).
    ("class", ClassReportBenchmark.run),
]
guard which == "all" || benchmarks.contains(where: { $0.name == which }) else {
    print(
        "blanco-bench: unknown benchmark '\(which)'; choose "
            + (benchmarks.map(\.name) + ["all"]).joined(separator: ", "))
    exit(64)
}
print("blanco-bench: benchmarks follow")
var allOK = true
for benchmark in benchmarks where which == "all" || which == benchmark.name {
    allOK = benchmark.run() && allOK
}
exit(allOK ? 0 : 1)
