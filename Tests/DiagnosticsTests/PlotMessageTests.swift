import Testing
import Plot
@testable import Diagnostics

/// The words for figure errors and warnings: each names the call and the
/// argument, and where there is one, the range of values accepted.
@Suite struct PlotMessageTests {
    @Test(arguments: [
        (PlotError.countOutOfRange(call: .histogram, argument: "bins", value: -5, accepted: 1...10_000),
         "histogram: 'bins' must be in 1...10000, got -5"),
        (.countOutOfRange(call: .histogram, argument: "bins", value: Int.max, accepted: 1...10_000),
         "histogram: 'bins' must be in 1...10000, got 9223372036854775807"),
        (.valueOutOfRange(call: .figure, argument: "width", value: 1e12, accepted: 50...10_000),
         "Figure: 'width' must be in 50...10000, got 1000000000000"),
        (.valueOutOfRange(call: .figure, argument: "height", value: .nan, accepted: 50...10_000),
         "Figure: 'height' must be in 50...10000, got nan"),
        (.lengthMismatch(call: .line, argument: "ys", count: 2, reference: "x", referenceCount: 3),
         "line: 'ys' has 2 values but 'x' has 3; they must have the same length"),
        (.invalidColor(call: .line, argument: "color", value: "blurple"),
         "line: 'color' is not a colour: 'blurple' (use #rgb, #rrggbb or a CSS colour name such as \"steelblue\")"),
        (.elementOutOfRange(call: .errorbar, argument: "error", index: 1, value: -1, accepted: 0...Double.infinity),
         "errorbar: every value of 'error' must be ≥ 0, but error[1] is -1"),
        (.invalidInterval(call: .contour, argument: "y", low: 0, high: 0),
         "contour: 'y' must be a finite range with a lower bound below its upper bound, got 0...0"),
        (.notIncreasing(call: .histogram, argument: "edges", index: 2),
         "histogram: 'edges' must be finite and strictly increasing, but edges[2] is not above edges[1]"),
        (.notFinite(call: .arrow, argument: "to.y", value: .infinity),
         "arrow: 'to.y' must be a finite number, got inf"),
        (.empty(call: .stem, argument: "values"), "stem: 'values' is empty; there is nothing to draw"),
        (.gridTooSmall(call: .contour, argument: "Z", rows: 1, cols: 3),
         "contour: 'Z' must have at least 2 rows and 2 columns, got 1×3"),
        (.fieldWorkExceeded(call: .contour, work: 102_795_897, limit: 10_000_000),
         "contour: drawing the contours, arrows and streamlines of this panel would take 102795897 steps, more than the limit of 10000000; use fewer levels, a coarser resolution or fewer calls"),
        (.animationTooLarge(frames: 51, marks: 5_100, limit: 5_000),
         "Animation: 51 frames with 5100 drawing calls in all is more than the limit of 5000"),
    ])
    func errorsNameTheArgumentAndTheAcceptedRange(_ error: PlotError, _ words: String) {
        #expect(Messages.text(for: error) == words)
    }

    @Test func warnings() {
        #expect(Messages.text(for: PlotWarning(.nonFiniteSkipped(row: 0, col: 0, series: 1, count: 2)))
                == "skipped 2 NaN or infinite values")
        #expect(Messages.text(for: PlotWarning(.mathNotRendered(tex: "\\Tr D"), callSite: CallSite(line: 3, column: 1)))
                == "could not typeset '$\\Tr D$' in a figure label; it is shown as plain text")
        #expect(Messages.text(for: PlotWarning(.levelsOutsideData(row: 0, col: 0, series: 0, low: 0, high: 2)))
                == "no contour level lies inside the values' range 0...2; nothing is drawn")
    }
}
