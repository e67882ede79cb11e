import ArgumentParser
import Foundation
import Render

struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Manage the results cache (.nb-cache/ beside each notebook).",
        subcommands: [Clear.self])

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Drop a notebook's cached cell results, so that the next render runs every cell.")

        @Argument(help: "The notebooks whose cached results to drop.")
        var files: [String]

        func run() throws {
            for file in files {
                let cache = ResultsCache(notebookPath: file)
                let removed = try cache.clear()
                FileHandle.standardError.write(Data("\(file): removed \(removed) cached result\(removed == 1 ? "" : "s")\n".utf8))
            }
        }
    }
}
