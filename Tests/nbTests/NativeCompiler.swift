import Foundation

/// What swiftc made of a program: an executable, or its error output.
enum Compilation: Sendable {
    case executable(URL)
    case rejected(diagnostics: String)

    var executable: URL? {
        if case .executable(let url) = self { return url }
        return nil
    }

    var diagnostics: String? {
        if case .rejected(let text) = self { return text }
        return nil
    }
}

/// Compiles corpus programs with the machine's swiftc, the way a user would compile a
/// notebook's cells as one `main.swift`, caching the results in a temporary directory
/// keyed by the source, the flags and the compiler binary, so reruns are fast.
enum NativeCompiler {
    /// The flags every program is compiled with.
    ///
    /// - Swift 5 language mode (swiftc's default): in Swift 6 mode top-level variables
    ///   are main-actor isolated, so a top-level function could not even read one,
    ///   which no notebook would accept.
    /// - `-module-name main`: what `swiftc file.swift` picks; it shows in output, since
    ///   `print([p])` writes `[main.Point(x: 1, y: 2)]`.
    /// - `-lm`: at `-Onone`, `Double.squareRoot()` and `rounded()` call libm's `sqrt`
    ///   and `round`, which swiftc does not link unless Foundation is imported.
    /// - `-diagnostic-style llvm`: one `file:line:col: error: message` line per error.
    static let programFlags = ["-Onone", "-module-name", "main", "-lm", "-diagnostic-style", "llvm"]

    /// The cache of compiled programs and library modules.
    static let cacheDirectory: URL = FileManager.default.temporaryDirectory
        .appendingPathComponent("nb-corpus-cache")

    /// swiftc: `$SWIFTC`, else the first `swiftc` on `$PATH`.
    static func swiftc() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["SWIFTC"], FileManager.default.isExecutableFile(atPath: explicit) {
            return URL(fileURLWithPath: explicit)
        }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("swiftc")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw HarnessError.toolNotFound("swiftc", looked: "searched $PATH (set SWIFTC to choose one)")
    }

    /// What identifies the compiler for the cache: its path, size and modification date.
    static func compilerIdentity() throws -> String {
        let compiler = try swiftc().resolvingSymlinksInPath()
        let attributes = try FileManager.default.attributesOfItem(atPath: compiler.path)
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(compiler.path) \(size) \(date)"
    }

    /// Compiles a corpus program as a user would: against the library modules it imports
    /// (built first by ``LibraryModules``), or the standard library alone.
    static func compileProgram(_ source: String, named name: String) async throws -> Compilation {
        let imports = LibraryModules.libraryImports(of: source)
        guard !imports.isEmpty else { return try await compile(source, named: name) }
        let modules = try await LibraryModules.shared.build(for: imports)
        return try await compile(source, named: name, extraFlags: modules.programFlags, dependencyKey: modules.key)
    }

    /// Compiles `source` (saved as `name`, so diagnostics name that file) with
    /// ``programFlags`` plus `extraFlags`; `dependencyKey` names anything else the result
    /// depends on (the library modules' hash).
    static func compile(_ source: String, named name: String, extraFlags: [String] = [],
                        dependencyKey: String = "") async throws -> Compilation {
        let flags = programFlags + extraFlags
        let key = SourceHash.of([source, name, dependencyKey, try compilerIdentity()] + flags)
        let entry = cacheDirectory.appendingPathComponent("program-\(key)")
        if let cached = cachedCompilation(at: entry) { return cached }

        let staging = cacheDirectory.appendingPathComponent("staging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: staging) }
        let sourceURL = staging.appendingPathComponent(name)
        try source.write(to: sourceURL, atomically: true, encoding: .utf8)
        let output = try await ProcessRun.run(
            try swiftc(), flags + [sourceURL.path, "-o", staging.appendingPathComponent("program").path],
            in: staging, timeLimit: 300)
        if output.timedOut || output.status > 128 {
            // Not the compiler's verdict on the program: do not cache it.
            throw HarnessError.compilerDidNotFinish(program: name, ending: output.ending)
        }
        if output.status != 0 {
            try (output.stderr + output.stdout).write(
                to: staging.appendingPathComponent("rejected.txt"), atomically: true, encoding: .utf8)
        }
        publish(staging, as: entry)
        return cachedCompilation(at: entry) ?? (output.status == 0
            ? .executable(staging.appendingPathComponent("program"))
            : .rejected(diagnostics: output.stderr + output.stdout))
    }

    private static func cachedCompilation(at entry: URL) -> Compilation? {
        let rejected = entry.appendingPathComponent("rejected.txt")
        if let text = try? String(contentsOf: rejected, encoding: .utf8) { return .rejected(diagnostics: text) }
        let program = entry.appendingPathComponent("program")
        if FileManager.default.isExecutableFile(atPath: program.path) { return .executable(program) }
        return nil
    }

    /// Moves a finished staging directory into the cache. Renaming a directory is atomic,
    /// so a concurrent run sees either nothing or a whole entry; if another run published
    /// the same entry first, its copy is kept.
    static func publish(_ staging: URL, as entry: URL) {
        try? FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        if rename(staging.path, entry.path) != 0 {
            try? FileManager.default.removeItem(at: staging)
        }
    }
}
