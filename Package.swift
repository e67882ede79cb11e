// swift-tools-version: 6.2
//
// nb: a literate notebook engine. One library module per concern (see README
// "Architecture"); `nb` is a thin command-line front end over `Render`.
//
// Working on one module: `NB_ONLY=TeX swift test --scratch-path .build-tex`
// declares only that module, its tests and what they need, so a module can be
// built and tested while the rest of the package is in flux.
import PackageDescription

let syntax: [Target.Dependency] = [
    .product(name: "SwiftSyntax", package: "swift-syntax"),
    .product(name: "SwiftParser", package: "swift-syntax"),
    .product(name: "SwiftOperators", package: "swift-syntax"),
    .product(name: "SwiftDiagnostics", package: "swift-syntax"),
    .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
]

/// Every module: name, the modules it uses, the external products it uses.
let modules: [(name: String, uses: [String], external: [Target.Dependency])] = [
    // Escaping and the URL policy shared by every module that writes markup.
    ("Markup", [], []),
    // SHA-256, for data files' hashes and the results cache's keys.
    ("Digest", [], []),
    // A notebook's data files: confined to its folder, size-limited, hashed; CSV through SwiftCSV.
    ("DataFiles", ["Digest"], [.product(name: "SwiftCSV", package: "SwiftCSV")]),
    ("TeX", ["Markup"], []),
    ("Linalg", ["CLapack"], []),
    ("Autodiff", ["Linalg"], []),
    ("Plot", ["TeX", "Linalg", "Markup"], []),
    ("Notebook", ["CCMark"], [.product(name: "Yams", package: "Yams")]),
    // The interpreter's values and frames, apart from `Cells` so that their
    // `@inlinable` accessors are inlined into the interpreter's closures in
    // every build mode (without whole-module optimization, Swift inlines
    // across modules but not across the files of one module).
    ("CellValues", ["Linalg", "Plot"], []),
    ("Cells", ["CellValues", "Linalg", "Autodiff", "Plot", "DataFiles"], syntax),
    ("Diagnostics", ["TeX", "Notebook", "Linalg", "Autodiff", "Plot", "Cells", "DataFiles"], syntax),
    ("Report", ["Notebook", "TeX", "Plot", "Linalg", "Cells", "Diagnostics", "Markup", "DataFiles"],
     [.product(name: "SwiftIDEUtils", package: "swift-syntax")] + syntax),
    ("Render", ["Notebook", "Cells", "Report", "Diagnostics", "TeX", "Plot", "Digest", "HeadlessBrowser", "DataFiles"], []),
    // `nb preview`: the live report over HTTP (FlyingFox: a small server with no dependencies).
    ("Preview", ["Render", "Report", "Notebook", "Diagnostics", "DataFiles"], [.product(name: "FlyingFox", package: "FlyingFox")]),
    // Headless Chromium: prints PDFs for `nb render --to pdf`, and drives pages in the browser tests.
    ("HeadlessBrowser", [], []),
]

/// Modules a test target uses beyond its own module and that module's dependencies.
let testUses: [String: [String]] = [
    "Plot": ["HeadlessBrowser"],
    "TeX": ["HeadlessBrowser"],
    "Report": ["HeadlessBrowser"],
    "Render": ["HeadlessBrowser"],
    "Preview": ["HeadlessBrowser"],
]

let systemLibraries: [Target] = [
    .systemLibrary(name: "CCMark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
    .systemLibrary(name: "CLapack", providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]),
]

/// Optimized even in debug builds: the numerical core, the figures and the readers of
/// untrusted input, where notebooks, their tests and the hostile-input suite spend their
/// time (-Onone makes their loops ten times slower).
let alwaysOptimized: Set<String> = ["Linalg", "Autodiff", "Digest", "Plot", "Markup", "TeX", "Notebook", "DataFiles"]

/// Modules whose folder has a README.md (a map for newcomers, not a resource).
let documented: Set<String> = ["Cells"]

/// Debian's single-threaded OpenBLAS (`libopenblas0-serial`, which .ci/setup installs) comes
/// before the default threaded one for everything that links Linalg: an rpath (DT_RPATH, which
/// also serves liblapacke's own lookup of liblapack.so.3) to its folder. The threaded library's
/// constructor starts worker threads before `main`, which spin in `sched_yield` for about 0.08 s
/// of CPU at every start, even for a render that takes every result from the cache. Without the
/// package the loader falls back to the threaded library, which Linalg sets to one thread.
let serialBLAS: [LinkerSetting] = [.unsafeFlags(
    ["-Xlinker", "--disable-new-dtags"]
        + ["x86_64", "aarch64"].flatMap { ["-Xlinker", "-rpath", "-Xlinker", "/usr/lib/\($0)-linux-gnu/openblas-serial"] },
    .when(platforms: [.linux]))]

var targets: [Target] = systemLibraries
for module in modules {
    targets.append(.target(
        name: module.name,
        dependencies: module.uses.map { .target(name: $0) } + module.external,
        exclude: documented.contains(module.name) ? ["README.md"] : [],
        swiftSettings: alwaysOptimized.contains(module.name)
            ? [.unsafeFlags(["-O"], .when(configuration: .debug))] : [],
        linkerSettings: module.name == "Linalg" ? serialBLAS : []))
    targets.append(.testTarget(
        name: "\(module.name)Tests",
        dependencies: ([module.name] + module.uses + testUses[module.name, default: []]).map { .target(name: $0) },
        resources: [.copy("Fixtures")]))
}
targets.append(.executableTarget(
    name: "nb",
    dependencies: ["Render", "Report", "Preview", "Notebook", "Diagnostics", .product(name: "ArgumentParser", package: "swift-argument-parser")]))
targets.append(.testTarget(
    name: "nbTests",
    dependencies: ["nb", "Render", "Notebook", "Cells", "Linalg", "Autodiff", "Plot"],
    resources: [.copy("Fixtures")]))

// NB_ONLY=Module[,Module…]: keep those modules, their tests and their dependencies.
if let only = Context.environment["NB_ONLY"], !only.isEmpty {
    var keep = Set<String>()
    func include(_ name: String) {
        guard keep.insert(name).inserted else { return }
        modules.first { $0.name == name }?.uses.forEach(include)
    }
    for name in only.split(separator: ",").map(String.init) {
        include(name)
        testUses[name, default: []].forEach(include)
    }
    let tests = Set(only.split(separator: ",").map { "\($0)Tests" })
    targets = targets.filter { keep.contains($0.name) || tests.contains($0.name) }
}

let package = Package(
    name: "nb",
    platforms: [.macOS(.v15)],
    products: (targets.contains { $0.name == "nb" } ? [.executable(name: "nb", targets: ["nb"])] : [])
        // The library modules, for packages that build on nb (the fuzz targets in fuzz/, a cell's
        // code compiled natively against Linalg, Autodiff and Plot).
        + modules.map(\.name).filter { name in name != "HeadlessBrowser" && targets.contains { $0.name == name } }
            .map { .library(name: $0, targets: [$0]) },
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // RFC 4180 CSV for data files (DataFiles); chosen over CSV.swift in docs/ARCHITECTURE.md, "Data files".
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: targets,
    swiftLanguageModes: [.v6]
)
