import Autodiff

extension Messages {
    /// The message for a failed gradient or gradient-flow computation.
    public static func text(for error: AutodiffError) -> String {
        switch error {
        case .linalg(let inner): text(for: inner)
        case .nonScalarLoss(let shape): "the function to differentiate must return a scalar (1×1), got \(shape)"
        case .mixedTapes(let operation):
            "'\(operation)' mixes values from two different gradient computations"
        case .argumentCount(let operation, let expected, let found):
            "'\(operation)' expects \(expected) argument\(expected == 1 ? "" : "s"), got \(found)"
        case .stepSizeTooSmall(let time, let step):
            "the integrator's step size fell to \(step) at t = \(time) (is the flow stiff or blowing up?)"
        case .tooManySteps(let time, let maxSteps): "the integrator took more than \(maxSteps) steps (stopped at t = \(time))"
        case .nonFinite(let operation, let time): "'\(operation)' produced NaN or infinity at t = \(time)"
        case .invalidArgument(let operation, let argument, let value):
            "'\(operation)': invalid \(argument) \(value)"
        case .closureFailed: "the function given to it failed"
        }
    }
}
