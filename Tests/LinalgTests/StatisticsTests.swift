import Foundation
import Testing
import Linalg

/// Statistics against NumPy (Fixtures/make_reference.py), and their edge cases.
@Suite struct StatisticsTests {
    let reference = Reference.shared.section("statistics")

    @Test func varianceAndStandardDeviationMatchNumpy() {
        let xs = reference.numbers("xs"), M = reference.matrix("M")
        #expect(isApprox(variance(xs), reference.number("var_xs"), tol: 1e-15))
        #expect(isApprox(variance(xs, corrected: false), reference.number("var0_xs"), tol: 1e-15))
        #expect(isApprox(std(xs), reference.number("std_xs"), tol: 1e-15))
        #expect(isApprox(std(xs, corrected: false), reference.number("std0_xs"), tol: 1e-15))
        #expect(isApprox(variance(M), reference.number("var_M"), tol: 1e-15))
        #expect(isApprox(variance(M, axis: 0), reference.matrix("var_M_axis0"), tol: 1e-15))
        #expect(isApprox(variance(M, axis: 1), reference.matrix("var_M_axis1"), tol: 1e-15))
        #expect(isApprox(std(M, axis: 0, corrected: false), reference.matrix("std0_M_axis0"), tol: 1e-15))
    }

    @Test func medianAndQuantilesMatchNumpy() {
        let xs = reference.numbers("xs"), M = reference.matrix("M")
        #expect(median(xs) == reference.number("median_xs"))
        #expect(median(Array(xs.dropLast())) == reference.number("median_xs_odd"))
        #expect(median(M, axis: 0) == reference.matrix("median_M_axis0"))
        #expect(median(M, axis: 1) == reference.matrix("median_M_axis1"))
        for (q, expected) in zip(reference.numbers("quantiles"), reference.numbers("quantile_xs")) {
            #expect(isApprox(quantile(xs, q), expected, tol: 1e-15), "q = \(q)")
        }
        #expect(isApprox(quantile(M, 0.3), reference.number("quantile_M_030"), tol: 1e-15))
        #expect(isApprox(quantile(M, 0.75, axis: 0), reference.matrix("quantile_M_075_axis0"), tol: 1e-15))
    }

    @Test func covarianceOfColumnsMatchesNumpy() {
        let M = reference.matrix("M")
        #expect(isApprox(cov(M), reference.matrix("cov_M"), tol: 1e-14))
        #expect(isApprox(cov(M, corrected: false), reference.matrix("cov0_M"), tol: 1e-14))
        let C = cov(M)
        #expect(C == C.T)                                           // exactly symmetric
        #expect(isApprox(diag(C).T, variance(M, axis: 0), tol: 1e-14))
    }

    @Test func histogramCountsMatchNumpy() {
        let xs = reference.numbers("xs")
        let wide = histogramCounts(xs, bins: 7)
        #expect(isApprox(vector(wide.edges), vector(reference.numbers("hist7_edges")), tol: 1e-15))
        #expect(wide.counts == reference.integers("hist7_counts"))
        let ranged = histogramCounts(xs, bins: 4, range: -1...3)    // values outside are not counted
        #expect(isApprox(vector(ranged.edges), vector(reference.numbers("hist4_range_edges")), tol: 1e-15))
        #expect(ranged.counts == reference.integers("hist4_range_counts"))
        #expect(histogramCounts(Matrix([[0.1, 0.4], [0.5, 0.9]]), bins: 2, range: 0...1).counts == [2, 2])
    }

    @Test func histogramEdgesDecideAtTheEdges() {
        // Every value sits exactly on an edge: it belongs to the bin it opens; the last edge
        // closes the last bin.
        let (edges, counts) = histogramCounts([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1], bins: 10, range: 0...1)
        #expect(counts.reduce(0, +) == 11)
        for (k, count) in counts.enumerated() {
            let inside = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1].filter {
                $0 >= edges[k] && ($0 < edges[k + 1] || k == 9)
            }
            #expect(count == inside.count, "bin \(k)")
        }
    }

    @Test func edgeCases() {
        #expect(variance([]).isNaN && median([]).isNaN && std([Double]()).isNaN)
        #expect(variance([3]).isNaN)                                // n − 1 = 0
        #expect(variance([3], corrected: false) == 0)
        #expect(median([4]) == 4 && quantile([4], 0.3) == 4)
        #expect(median([1, .nan, 3]).isNaN && variance([1, .nan]).isNaN)
        #expect(variance(Matrix([[5]]), corrected: false) == 0)
        #expect(mean([1, 2, 3, 6]) == 3 && mean([Double]()).isNaN)
        // A large mean does not swamp a small spread.
        #expect(isApprox(variance([1e9 + 1, 1e9 + 2, 1e9 + 3]), 1, tol: 1e-12))
        // A constant sample is widened as Figure.histogram widens it; NaN and inf are skipped.
        let constant = histogramCounts([2, 2, .nan, .infinity], bins: 2)
        #expect(constant.edges == [1.9, 2.0, 2.1] && constant.counts == [0, 2])
        let empty = histogramCounts([], bins: 4)
        #expect(empty.edges.first == 0 && empty.edges.last == 1 && empty.counts == [0, 0, 0, 0])
    }

    @Test func invalidArgumentsAreTypedErrors() {
        #expect(throws: LinalgError.invalidArgument(operation: "quantile", argument: "q", value: 1.5)) {
            try Throwing.quantile([1, 2], 1.5)
        }
        #expect(throws: LinalgError.invalidAxis(operation: "median", axis: 2)) { try Throwing.median(eye(2), axis: 2) }
        #expect(throws: LinalgError.invalidArgument(operation: "histogramCounts", argument: "bins", value: 0)) {
            try Throwing.histogramCounts([1], bins: 0)
        }
        #expect(throws: LinalgError.invalidArgument(operation: "histogramCounts", argument: "range", value: .infinity)) {
            try Throwing.histogramCounts([1], bins: 3, range: 0...Double.infinity)
        }
    }
}
