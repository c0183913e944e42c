// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Blanco",
    // Linux is where Blanco is built and tested. On macOS, `Mutex` (Synchronization) needs
    // macOS 15; the terminal and file calls are not yet kept apart from Glibc (README,
    // "Op welke computers").
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "blanco", targets: ["blanco"]),
        .library(name: "BlancoCore", targets: ["BlancoCore"]),
        .library(name: "LineEditing", targets: ["LineEditing"]),
    ],
    targets: [
        // Pure core: text, rules, analyzer, scoring, exercises, practice sessions, the journal.
        // No terminal I/O.
        .target(name: "BlancoCore"),
        // Pure line editing (keys, buffer, history, layout) for the interactive prompt; not part
        // of the coaching core, it only borrows the core's display width and terminal escaping.
        .target(name: "LineEditing", dependencies: ["BlancoCore"]),
        // The command-line coach: wires terminal I/O to BlancoCore.
        .executableTarget(name: "blanco", dependencies: ["BlancoCore", "LineEditing", "BlancoBuildInfo"]),
        // The commit `blanco --version` names, when the build passes it (README, install).
        .target(name: "BlancoBuildInfo"),
        // Benchmarks anyone can run: `swift run -c release blanco-bench`.
        .executableTarget(name: "blanco-bench", dependencies: ["BlancoCore", "LineEditing"]),
        // Regenerates the embedded exercise set and rule book: `swift run blanco-embed`.
        .executableTarget(name: "blanco-embed", dependencies: ["BlancoCore"]),
        .testTarget(name: "BlancoCoreTests", dependencies: ["BlancoCore"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        // End-to-end tests that run the built `blanco` binary.
        .testTarget(name: "BlancoCLITests", dependencies: ["blanco"]),
    ]
)
