import Platform

#if LIBFUZZER
    /// libFuzzer's entry: `Tests/Fuzz/libfuzzer TARGET` builds this with
    /// `-sanitize=fuzzer,address` and picks the target with `BLANCO_FUZZ_TARGET`.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        libFuzzerTarget.run(bytes)
        return 0
    }

    nonisolated(unsafe) let libFuzzerTarget: FuzzTarget = {
        let name = Platform.environment()["BLANCO_FUZZ_TARGET"] ?? "exercise"
        _ = Directory.create(FuzzTarget.scratchDirectory)
        return FuzzTarget(rawValue: name) ?? .exercise
    }()
#endif
