import Foundation

/// The package's library modules compiled with plain swiftc, the way a user outside
/// SwiftPM would make them importable: one shared library and one `.swiftmodule` per
/// module, all in one cached directory keyed by the hash of every source they are built
/// from. Library programs are then compiled against that directory.
actor LibraryModules {
    static let shared = LibraryModules()

    /// A module: its folder under `Sources/`, the modules it imports, the system
    /// libraries it links, the module-map folders it needs on the include path.
    struct Module: Sendable {
        let name: String
        let uses: [String]
        let links: [String]
        let includes: [String]
    }

    /// Mirrors Package.swift for the modules a notebook can import.
    static let modules: [Module] = [
        Module(name: "Linalg", uses: [], links: ["openblas", "lapacke"], includes: ["Sources/CLapack"]),
        Module(name: "Autodiff", uses: ["Linalg"], links: [], includes: ["Sources/CLapack"]),
        Module(name: "TeX", uses: [], links: [], includes: []),
        Module(name: "Plot", uses: ["TeX", "Linalg"], links: [], includes: ["Sources/CLapack"]),
    ]

    /// What a program needs to be compiled against the built modules.
    struct Build: Sendable {
        let directory: URL
        /// The hash of all sources, part of each program's cache key.
        let key: String
        let modules: [String]

        /// swiftc flags to import and link `modules` (and run without installing them).
        var programFlags: [String] {
            var flags = ["-I", directory.path, "-L", directory.path,
                         "-Xlinker", "-rpath", "-Xlinker", directory.path]
            for include in Set(LibraryModules.modules.filter { modules.contains($0.name) }.flatMap(\.includes)).sorted() {
                flags += ["-I", Corpus.packageRoot.appendingPathComponent(include).path]
            }
            return flags + modules.map { "-l\($0)" }
        }
    }

    private var builds: [String: Task<Build, Error>] = [:]

    /// Builds (or finds in the cache) the modules `imports` names that are library modules,
    /// with everything they use.
    func build(for imports: [String]) async throws -> Build {
        let needed = Self.closure(of: imports)
        let request = needed.joined(separator: ",")
        if let existing = builds[request] { return try await existing.value }
        let task = Task { try await Self.buildNow(needed) }
        builds[request] = task
        return try await task.value
    }

    /// The modules `names` need, dependencies first (the order they must be built in).
    static func closure(of names: [String]) -> [String] {
        var ordered: [String] = []
        func visit(_ name: String) {
            guard !ordered.contains(name), let module = modules.first(where: { $0.name == name }) else { return }
            module.uses.forEach(visit)
            ordered.append(name)
        }
        names.forEach(visit)
        return ordered
    }

    /// The `import X` lines of a program that name one of ``modules``.
    static func libraryImports(of source: String) -> [String] {
        source.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard words.count == 2, words[0] == "import" else { return nil }
            let name = String(words[1])
            return modules.contains { $0.name == name } ? name : nil
        }
    }

    private static func sources(of module: String) -> [URL] {
        let folder = Corpus.packageRoot.appendingPathComponent("Sources").appendingPathComponent(module)
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let file = walker?.nextObject() as? URL {
            if file.pathExtension == "swift" { files.append(file) }
        }
        return files.sorted { $0.path < $1.path }
    }

    private static func buildNow(_ names: [String]) async throws -> Build {
        var parts = [try NativeCompiler.compilerIdentity()] + names
        for name in names {
            for file in sources(of: name) {
                parts.append(file.lastPathComponent)
                parts.append((try? String(contentsOf: file, encoding: .utf8)) ?? "")
            }
        }
        for header in ["Sources/CLapack/module.modulemap", "Sources/CLapack/shim.h"] {
            parts.append((try? String(contentsOf: Corpus.packageRoot.appendingPathComponent(header), encoding: .utf8)) ?? "")
        }
        let key = SourceHash.of(parts)
        let entry = NativeCompiler.cacheDirectory.appendingPathComponent("modules-\(key)")
        let build = Build(directory: entry, key: key, modules: names)
        if FileManager.default.fileExists(atPath: entry.appendingPathComponent("complete").path) { return build }

        let staging = NativeCompiler.cacheDirectory.appendingPathComponent("staging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: staging) }
        for name in names {
            let module = modules.first { $0.name == name }!
            var arguments = ["-emit-library", "-emit-module", "-parse-as-library", "-swift-version", "6",
                             "-Onone", "-module-name", name,
                             "-emit-module-path", staging.appendingPathComponent("\(name).swiftmodule").path,
                             "-o", staging.appendingPathComponent(libraryFileName(name)).path,
                             "-I", staging.path, "-L", staging.path,
                             "-Xlinker", "-rpath", "-Xlinker", entry.path]
            for include in module.includes {
                arguments += ["-I", Corpus.packageRoot.appendingPathComponent(include).path]
            }
            arguments += module.uses.map { "-l\($0)" } + module.links.map { "-l\($0)" }
            arguments += sources(of: name).map(\.path)
            let output = try await ProcessRun.run(try NativeCompiler.swiftc(), arguments, in: staging, timeLimit: 600)
            guard output.status == 0 else {
                throw LibraryBuildError(module: name, diagnostics: output.stderr + output.stdout)
            }
        }
        try Data().write(to: staging.appendingPathComponent("complete"))
        NativeCompiler.publish(staging, as: entry)
        return build
    }

    private static func libraryFileName(_ module: String) -> String {
        #if os(macOS)
        return "lib\(module).dylib"
        #else
        return "lib\(module).so"
        #endif
    }
}

/// A library module that swiftc could not compile (the package is mid-edit, most likely).
struct LibraryBuildError: Error, CustomStringConvertible {
    var module: String
    var diagnostics: String
    var description: String { "swiftc could not build module \(module):\n\(diagnostics)" }
}
