import Foundation
import Testing
import Linalg
import Autodiff

@Suite struct AutodiffErrorTests {
    @Test func shapeMismatchInsideTheClosureIsReported() {
        #expect(throws: AutodiffError.linalg(.shapeMismatch(operation: "*", lhs: Shape(2, 3), rhs: Shape(2, 3)))) {
            try Throwing.gradient(at: [zeros(2, 3)]) { (x: [Tracked]) throws(AutodiffError) in
                try Throwing.product(x[0], x[0])
            }
        }
        #expect(throws: AutodiffError.linalg(.shapeMismatch(operation: "/", lhs: Shape(2, 3), rhs: Shape(2, 1)))) {
            try Throwing.divide(Tracked(zeros(2, 3)), Tracked(zeros(2, 1)))
        }
    }

    /// A run whose time is up stops an integrator at its next step.
    @Test func aCancelledRunStopsFlowsBetweenSteps() {
        let steps = StepCounter()
        let limits = RunLimits(isCancelled: { steps.count() > 5 })
        limits.installed {
            #expect(throws: AutodiffError.linalg(.cancelled(operation: "dormandPrince"))) {
                try Throwing.solveODE(from: [eye(2)], over: 0...1e6) { (_, W: [Matrix]) throws(AutodiffError) in [-1 * W[0]] }
            }
            #expect(throws: AutodiffError.linalg(.cancelled(operation: "gradientDescent"))) {
                try Throwing.gradientDescent(from: [eye(2)], learningRate: 0.1, steps: 1000) {
                    (W: [Tracked]) throws(AutodiffError) in squaredNorm(W[0])
                }
            }
        }
    }

    @Test func nonScalarLossIsAnError() {
        #expect(throws: AutodiffError.nonScalarLoss(shape: Shape(2, 2))) {
            try Throwing.gradient(at: [eye(2)]) { (x: [Tracked]) throws(AutodiffError) in x[0] }
        }
    }

    @Test func escapedTrackedValuesAreCaught() {
        var escaped: Tracked?
        _ = gradient(at: eye(2)) { x in
            escaped = x
            return sum(x)
        }
        #expect(throws: AutodiffError.mixedTapes(operation: "gradient")) {
            try Throwing.gradient(at: [eye(2)]) { (_: [Tracked]) throws(AutodiffError) in sum(escaped!) }
        }
        #expect(throws: AutodiffError.mixedTapes(operation: "+")) {
            try Throwing.gradient(at: [eye(2)]) { (x: [Tracked]) throws(AutodiffError) in
                sum(try Throwing.add(x[0], escaped!))
            }
        }
    }

    @Test func flowArgumentsAreValidated() {
        #expect(throws: AutodiffError.invalidArgument(operation: "rk4", argument: "step", value: 0)) {
            try Throwing.gradientFlow(from: [eye(2)], until: 1, method: .rk4(step: 0)) { (x: [Tracked]) throws(AutodiffError) in
                sum(x[0])
            }
        }
        #expect(throws: AutodiffError.argumentCount(operation: "solveODE", expected: 1, found: 2)) {
            try Throwing.solveODE(from: [eye(2)], over: 0...1) { (_, y: [Matrix]) throws(AutodiffError) in [y[0], y[0]] }
        }
        #expect(throws: AutodiffError.linalg(.shapeMismatch(operation: "solveODE", lhs: Shape(2, 2), rhs: Shape(2, 1)))) {
            try Throwing.solveODE(from: eye(2), over: 0...1) { (_, y: Matrix) throws(AutodiffError) in y.col(0) }
        }
        #expect(throws: AutodiffError.invalidArgument(operation: "solveODE", argument: "end", value: .infinity)) {
            try Throwing.solveODE(from: eye(2), over: 0...Double.infinity) { (_, y: Matrix) throws(AutodiffError) in y }
        }
        do {
            // L = −x⁴ drives x to infinity within a few steps.
            _ = try Throwing.gradientDescent(from: [Matrix([[1]])], learningRate: 0.5, steps: 50) {
                (x: [Tracked]) throws(AutodiffError) in -1 * squaredNorm(x[0] .* x[0])
            }
            Issue.record("gradient descent on −x⁴ should diverge")
        } catch {
            guard case .nonFinite(operation: "gradientDescent", let time) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(time > 0 && time < 25)
        }
        let flow = gradientFlow(from: [eye(2)], until: 1) { x in squaredNorm(x[0]) }
        #expect(throws: AutodiffError.invalidArgument(operation: "state(at:)", argument: "t", value: 2)) {
            try Throwing.state(of: flow, at: 2)
        }
    }
}

final class StepCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var calls = 0
    func count() -> Int { lock.withLock { calls += 1; return calls } }
}
