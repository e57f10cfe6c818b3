// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Gloss",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gloss", targets: ["gloss"]),
        .library(name: "GlossCore", targets: ["GlossCore"]),
        .library(name: "GlossReports", targets: ["GlossReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "CByteSearch"),
        .target(name: "CSHA1"),
        .target(name: "GlossCore", dependencies: ["CYAML", "CByteSearch", "CSHA1"]),
        .target(name: "GlossReports", dependencies: ["GlossCore", .product(name: "Ink", package: "Ink")]),
        .target(name: "GlossLSP", dependencies: ["GlossCore", "GlossReports"]),
        .executableTarget(
            name: "gloss",
            dependencies: [
                "GlossCore",
                "GlossReports",
                "GlossLSP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc takes over malloc for the whole process, libyaml's included: a check
            // allocates millions of small objects on both cores (README, Performance). Linked
            // before the C library, it is what the dynamic linker binds `malloc` to;
            // Benchmarks/Scale/run.sh says so when it is not.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        // Seeded input: what the benchmarks measure, and the cases some tests draw.
        .target(name: "BenchmarkSupport", path: "Benchmarks/BenchmarkSupport"),
        .executableTarget(name: "gloss-benchmarks", dependencies: ["GlossCore", "BenchmarkSupport"], path: "Benchmarks/GlossBenchmarks"),
        .executableTarget(
            name: "gloss-anchor-benchmark",
            dependencies: ["GlossCore", "BenchmarkSupport"],
            path: "Benchmarks/AnchorBenchmark",
            exclude: ["peers.py"]
        ),
        .testTarget(name: "GlossCoreTests", dependencies: ["GlossCore", "BenchmarkSupport"], exclude: ["Suggest/Fixtures"]),
        .testTarget(name: "GlossReportsTests", dependencies: ["GlossReports", "BenchmarkSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "GlossCLITests", dependencies: ["gloss"]),
        .executableTarget(name: "gloss-lsp-benchmark", dependencies: ["GlossLSP", "GlossCore"], path: "Benchmarks/LSPBenchmark"),
        .testTarget(name: "GlossLSPTests", dependencies: ["GlossLSP", "GlossReports"]),
    ],
    swiftLanguageModes: [.v6]
)
