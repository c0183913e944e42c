import BlancoCore

print("blanco-bench: benchmarks follow")

// Practice: start to first prompt and feedback per turn (Sources/blanco-bench/PracticeBenchmark.swift).
_ = PracticeBenchmark.run()
