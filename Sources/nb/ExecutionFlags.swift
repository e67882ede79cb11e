import ArgumentParser
import Render

/// The options every command that runs cells takes.
struct ExecutionFlags: ParsableArguments {
    @Flag(help: "Print each cell's wall time on stderr.")
    var timings = false

    var options: ExecutionOptions { ExecutionOptions(timings: timings) }
}
