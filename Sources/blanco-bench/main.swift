import BlancoCore

print("blanco-bench: benchmarks follow")
