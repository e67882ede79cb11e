// swift-tools-version: 6.0
//
// libFuzzer targets for nb's parsers and the cell language (docs/ARCHITECTURE.md,
// "Untrusted notebooks"). Built and run by `fuzz/run.sh TARGET MINUTES`, never by the
// test suite: `swift build --sanitize=fuzzer --sanitize=address` instruments everything.
import PackageDescription

/// Each target: its name and the nb modules it drives.
let fuzzTargets: [(name: String, uses: [String])] = [
    ("FuzzTeX", ["TeX"]),
    ("FuzzMarkdown", ["Notebook", "Report"]),
    ("FuzzFrontMatter", ["Notebook"]),
    ("FuzzCells", ["Cells"]),
]

let package = Package(
    name: "nb-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "nb", path: "..")],
    targets: fuzzTargets.map { target in
        .executableTarget(name: target.name,
                          dependencies: target.uses.map { .product(name: $0, package: "nb") },
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    }
)
