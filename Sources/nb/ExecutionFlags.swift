import ArgumentParser
import Render

/// The options every command that runs cells takes.
struct ExecutionFlags: ParsableArguments {
    @Flag(help: "Print each cell's wall time on stderr.")
    var timings = false

    @Flag(help: "Run every cell, neither reading nor writing the results cache (.nb-cache/ beside the notebook).")
    var noCache = false

    var options: ExecutionOptions { ExecutionOptions(timings: timings, useCache: !noCache) }
}
