import ArgumentParser
import Diagnostics
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
            var missing = false
            for file in files {
                let cache = ResultsCache(notebookPath: file)
                let removed = try cache.clear()
                if removed == 0 && !FileManager.default.fileExists(atPath: file) {
                    FileHandle.standardError.write(Data((Messages.noNotebookToClear(file) + "\n").utf8))
                    missing = true
                } else {
                    FileHandle.standardError.write(Data((Messages.cacheCleared(file, removed: removed) + "\n").utf8))
                }
            }
            if missing { throw NotebookExit(status: 2) }
        }
    }
}
