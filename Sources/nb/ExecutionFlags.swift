import ArgumentParser
import Render

/// The options every command that runs cells takes.
struct ExecutionFlags: ParsableArguments {
    @Flag(help: "Print each cell's wall time on stderr.")
    var timings = false

    @Flag(help: "Run every cell, neither reading nor writing the results cache (.nb-cache/ beside the notebook).")
    var noCache = false

    /// The same flags, for a child `nb render` (one notebook of a course).
    var arguments: [String] { (timings ? ["--timings"] : []) + (noCache ? ["--no-cache"] : []) }

    var options: ExecutionOptions { ExecutionOptions(timings: timings, useCache: !noCache) }
}
