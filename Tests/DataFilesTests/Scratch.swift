import Foundation

/// A fresh folder holding `files` (name → exact bytes), and what runs beside it.
struct Scratch {
    let folder: URL
    var path: String { folder.path }

    init(_ files: [String: [UInt8]] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nb-data-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, bytes) in files { try write(name, bytes) }
    }

    init(text files: [String: String]) throws {
        try self.init(files.mapValues { Array($0.utf8) })
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Runs a tool (an independent oracle: `sha256sum`, Python's `csv` module) and returns its stdout.
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
