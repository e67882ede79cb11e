import Linalg

/// Why a gradient, a gradient check or a flow could not be computed. Data only;
/// the words are written by the Diagnostics module.
public enum AutodiffError: Error, Hashable, Sendable {
    /// A matrix operation inside the differentiated function failed (e.g. a shape mismatch).
    case linalg(LinalgError)
    /// The differentiated function returned a non-1×1 value: a gradient needs a scalar loss.
    case nonScalarLoss(shape: Shape)
    /// Values recorded by two different gradient computations were combined
    /// (a `Tracked` escaped its closure, or gradients were nested).
    case mixedTapes(operation: String)
    /// The number of arguments does not fit (e.g. a flow's field returned a different
    /// number of matrices than it was given).
    case argumentCount(operation: String, expected: Int, found: Int)
    /// The adaptive integrator's step fell below what `Double` can resolve at `time`.
    case stepSizeTooSmall(time: Double, step: Double)
    /// The integrator took `maxSteps` steps before reaching the end time.
    case tooManySteps(time: Double, maxSteps: Int)
    /// The state became NaN or infinite at `time` (e.g. gradient descent diverged).
    case nonFinite(operation: String, time: Double)
    /// An argument outside its domain, e.g. a negative tolerance or step.
    case invalidArgument(operation: String, argument: String, value: Double)
    /// The caller's closure (a loss, a field) stopped with an error of its own, which the
    /// caller keeps: how a host whose closures throw other errors (the notebook interpreter)
    /// unwinds a computation and then rethrows its own error.
    case closureFailed
}

/// Runs a throwing twin and traps with its error (the non-throwing API's one trap).
@inline(__always)
func trapping<T>(_ body: () throws(AutodiffError) -> T) -> T {
    do {
        return try body()
    } catch {
        fatalError("\(error)")
    }
}

/// Runs a Linalg operation, wrapping its error as ``AutodiffError/linalg(_:)``.
@inline(__always)
func lifting<T>(_ body: () throws(LinalgError) -> T) throws(AutodiffError) -> T {
    do {
        return try body()
    } catch {
        throw .linalg(error)
    }
}

/// A cancellation checkpoint between steps of a long computation
/// (``RunLimits/checkpoint(_:)``), its error wrapped as ``AutodiffError/linalg(_:)``.
@inline(__always)
func checkpoint(_ operation: String) throws(AutodiffError) {
    try lifting { () throws(LinalgError) in try RunLimits.checkpoint(operation) }
}
