// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Blanco",
    // Linux is where Blanco is built and tested. Every system call goes through the Platform
    // target (Glibc or Darwin), so macOS is expected to build, but nobody tests it there
    // (README, "Op welke computers").
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "blanco", targets: ["blanco"]),
        .library(name: "BlancoCore", targets: ["BlancoCore"]),
        .library(name: "LineEditing", targets: ["LineEditing"]),
    ],
    targets: [
        // The one layer that calls the operating system (files, descriptors, terminal,
        // signals): no other target names Glibc or Darwin (PlatformLayerTests).
        .target(name: "Platform"),
        // Pure core: text, rules, analyzer, scoring, exercises, sessions, exports. No terminal
        // I/O; files (exercises, the journal) only through Platform.
        .target(name: "BlancoCore", dependencies: ["Platform", "DisplayText"]),
        // How many columns text takes in a terminal, and making untrusted text safe to print
        // there: shared by the core's word wrapper and the line editor.
        .target(name: "DisplayText"),
        // Pure line editing (keys, buffer, history, layout) for the interactive prompt; not part
        // of the coaching core and independent of it.
        .target(name: "LineEditing", dependencies: ["DisplayText"]),
        // The command-line coach: wires terminal I/O to BlancoCore.
        .executableTarget(
            name: "blanco", dependencies: ["BlancoCore", "LineEditing", "DisplayText", "Platform", "BlancoBuildInfo"]),
        // The commit `blanco --version` names, when the build passes it (README, install).
        .target(name: "BlancoBuildInfo"),
        // Benchmarks anyone can run: `swift run -c release blanco-bench`.
        .executableTarget(name: "blanco-bench", dependencies: ["BlancoCore", "LineEditing"]),
        // Fuzzing: `swift run -c release blanco-fuzz` (deterministic mutations), or with
        // libFuzzer through `Tests/Fuzz/libfuzzer`.
        .executableTarget(name: "blanco-fuzz", dependencies: ["BlancoCore", "Platform"]),
        // Regenerates the embedded exercise set and rule book: `swift run blanco-embed`.
        .executableTarget(name: "blanco-embed", dependencies: ["BlancoCore"]),
        .testTarget(name: "BlancoCoreTests", dependencies: ["BlancoCore", "DisplayText", "Platform"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        // End-to-end tests that run the built `blanco` binary.
        .testTarget(name: "BlancoCLITests", dependencies: ["blanco"]),
    ]
)
