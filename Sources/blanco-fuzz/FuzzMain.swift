import BlancoCore
import Foundation
import Platform

#if !LIBFUZZER
    /// `swift run -c release blanco-fuzz [TARGET...] [--seconds N | --iterations N] [--seed N]`
    ///
    /// The deterministic mutation fuzzer: runs each target (exercise, jsonl, journal, rules,
    /// export; all by default) on mutations of its seeds. A finding stops the process with
    /// the message of the property that failed; the input is in `.build/fuzz/TARGET.last`,
    /// and the same `--seed` makes the same inputs again.
    @main
    enum BlancoFuzz {
        static func main() {
            var targets: [FuzzTarget] = []
            var seconds: Double?
            var iterations: Int?
            var seed: UInt64 = 1
            var arguments = CommandLine.arguments.dropFirst()
            while let argument = arguments.popFirst() {
                switch argument {
                case "--seconds": seconds = arguments.popFirst().flatMap(Double.init)
                case "--iterations": iterations = arguments.popFirst().flatMap(Int.init)
                case "--seed": seed = arguments.popFirst().flatMap(UInt64.init) ?? 1
                default:
                    guard let target = FuzzTarget(rawValue: argument) else {
                        print(
                            "blanco-fuzz: unknown target '\(argument)'; choose "
                                + FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))
                        Platform.exit(64)
                    }
                    targets.append(target)
                }
            }
            if targets.isEmpty { targets = FuzzTarget.allCases }
            // The seeds are read from Exercises/ and Tests/ relative to the working directory;
            // started elsewhere, a run would mutate almost nothing and still say "no finding".
            guard RegularFile.kind(atPath: "Package.swift") != nil else {
                print("blanco-fuzz: start me in the package root: the seeds are read from Exercises/ and Tests/ there")
                Platform.exit(64)
            }
            if seconds == nil, iterations == nil { seconds = 20 }
            _ = Directory.create(FuzzTarget.scratchDirectory)
            _ = Directory.create(".build/fuzz")
            for target in targets {
                let perTarget = seconds.map { $0 / Double(targets.count) }
                run(target, seconds: perTarget, iterations: iterations, seed: seed)
            }
        }

        static func run(_ target: FuzzTarget, seconds: Double?, iterations: Int?, seed: UInt64) {
            let seeds = Seeds.inputs(for: target, root: ".")
            var mutator = Mutator(seed: seed, seeds: seeds, tokens: Seeds.tokens(for: target))
            let last = ".build/fuzz/\(target.rawValue).last"
            let start = Date()
            var count = 0
            // Every seed as it is first, then mutations.
            for input in seeds {
                keep(input, at: last)
                target.run(input)
            }
            while true {
                if let iterations, count >= iterations { break }
                if let seconds, count % 64 == 0, Date().timeIntervalSince(start) >= seconds { break }
                let input = mutator.input()
                keep(input, at: last)
                target.run(input)
                count += 1
            }
            let elapsed = Date().timeIntervalSince(start)
            report(
                "blanco-fuzz: \(target.rawValue): \(count) mutated inputs from \(seeds.count) seeds in \(String(format: "%.1f", elapsed)) s (seed \(seed)): no finding"
            )
        }

        /// A line on standard output at once, so a long run's log is current.
        static func report(_ line: String) {
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }

        /// Keeps the input about to run, so a crash leaves it behind.
        static func keep(_ input: [UInt8], at path: String) {
            try? Data(input).write(to: URL(fileURLWithPath: path))
        }
    }
#endif
