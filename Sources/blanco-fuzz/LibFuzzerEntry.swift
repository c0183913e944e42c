import Platform

#if LIBFUZZER
    /// libFuzzer's entry: `Tests/Fuzz/libfuzzer TARGET` builds this with
    /// `-sanitize=fuzzer,address` and picks the target with `BLANCO_FUZZ_TARGET`.
    /// SwiftPM names an executable's entry point itself, so `main` hands over to libFuzzer's
    /// driver rather than libFuzzer providing `main`.
    @main
    enum BlancoLibFuzzer {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            Platform.exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        }
    }

    // swift-format-ignore: AlwaysUseLowerCamelCase
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    private let fuzzOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32 = { data, size in
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        libFuzzerTarget.run(bytes)
        return 0
    }

    nonisolated(unsafe) let libFuzzerTarget: FuzzTarget = {
        let name = Platform.environment()["BLANCO_FUZZ_TARGET"] ?? "exercise"
        _ = Directory.create(FuzzTarget.scratchDirectory)
        return FuzzTarget(rawValue: name) ?? .exercise
    }()
#endif
