// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Blanco",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "blanco", targets: ["blanco"]),
        .library(name: "BlancoCore", targets: ["BlancoCore"]),
    ],
    targets: [
        // Pure core: text, rules, analyzer, scoring, exercises, sessions, exports. No terminal I/O.
        .target(name: "BlancoCore"),
        // The command-line coach: wires terminal I/O to BlancoCore.
        .executableTarget(name: "blanco", dependencies: ["BlancoCore"]),
        // Benchmarks anyone can run: `swift run -c release blanco-bench`.
        .executableTarget(name: "blanco-bench", dependencies: ["BlancoCore"]),
        // Regenerates the embedded exercise set and rule book: `swift run blanco-embed`.
        .executableTarget(name: "blanco-embed", dependencies: ["BlancoCore"]),
        .testTarget(name: "BlancoCoreTests", dependencies: ["BlancoCore"]),
        // End-to-end tests that run the built `blanco` binary.
        .testTarget(name: "BlancoCLITests", dependencies: ["blanco"]),
    ]
)
