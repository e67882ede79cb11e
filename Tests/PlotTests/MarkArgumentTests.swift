import Foundation
import Linalg
import Plot
import Testing

/// Every mark checks its arguments the same way, and every warning says which call it is about.
@Suite struct MarkArgumentTests {
    @Test func badArgumentsOfTheNewMarksNameTheArgumentAndWhatIsAccepted() {
        var fig = Figure()
        let f = { (u: Double, v: Double) in u + v }
        #expect(throws: PlotError.invalidInterval(call: .contour, argument: "x", low: 1, high: 1)) {
            try fig.addContour(x: 1...1, y: 0...1, f)
        }
        #expect(throws: PlotError.countOutOfRange(call: .contour, argument: "resolution", value: 1, accepted: 2...1_000)) {
            try fig.addContour(x: 0...1, y: 0...1, resolution: 1, f)
        }
        #expect(throws: PlotError.countOutOfRange(call: .contour, argument: "levels", value: 0, accepted: 1...100)) {
            try fig.addContour(x: 0...1, y: 0...1, levels: 0, f)
        }
        #expect(throws: PlotError.notIncreasing(call: .contour, argument: "levels", index: 2)) {
            try fig.addContour(x: 0...1, y: 0...1, levels: [0.1, 0.5, 0.5], f)
        }
        #expect(throws: PlotError.gridTooSmall(call: .contour, argument: "Z", rows: 1, cols: 3)) {
            try fig.addContour(Matrix([[1, 2, 3]]), x: 0...1, y: 0...1)
        }
        #expect(throws: PlotError.countOutOfRange(call: .vectorField, argument: "count", value: 1, accepted: 2...200)) {
            try fig.addVectorField(x: 0...1, y: 0...1, count: 1) { _, _ in (0, 0) }
        }
        #expect(throws: PlotError.valueOutOfRange(call: .streamlines, argument: "density", value: 50, accepted: 0.1...10)) {
            try fig.addStreamlines(x: 0...1, y: 0...1, density: 50) { _, _ in (0, 0) }
        }
        #expect(throws: PlotError.lengthMismatch(call: .band, argument: "upper", count: 2, reference: "x", referenceCount: 3)) {
            try fig.addBand(x: [1, 2, 3], lower: [0, 0, 0], upper: [1, 1])
        }
        #expect(throws: PlotError.lengthMismatch(call: .bar, argument: "labels", count: 1, reference: "values", referenceCount: 2)) {
            try fig.addBar([1, 2], labels: ["a"])
        }
        #expect(throws: PlotError.empty(call: .stem, argument: "values")) { try fig.addStem([Double]()) }
        #expect(throws: PlotError.elementOutOfRange(call: .errorbar, argument: "error", index: 1, value: -1,
                                                    accepted: 0...Double.infinity)) {
            try fig.addErrorbar(x: [1, 2], y: [1, 2], error: [0.1, -1])
        }
        #expect(throws: PlotError.invalidColor(call: .text, argument: "color", value: "bleu")) {
            try fig.addText("a", at: (0, 0), color: "bleu")
        }
        #expect(throws: PlotError.notFinite(call: .arrow, argument: "to.y", value: .infinity)) {
            try fig.addArrow(from: (0, 0), to: (1, .infinity))
        }
        #expect(throws: PlotError.invalidInterval(call: .histogram, argument: "range", low: 2, high: 2)) {
            try fig.addHistogram([1, 2], range: 2...2)
        }
        #expect(throws: PlotError.notIncreasing(call: .histogram, argument: "edges", index: 1)) {
            try fig.addHistogram([1, 2], edges: [0, 0, 1])
        }
        #expect(fig.isEmptyOfMarks, "a refused call draws nothing")
    }

    /// A closure's own error comes out of the twin unchanged, after the arguments were checked.
    @Test func aThrowingClosureStopsTheCall() {
        struct Oops: Error {}
        var fig = Figure()
        var calls = 0
        #expect(throws: Oops.self) {
            try fig.addContour(x: 0...1, y: 0...1, resolution: 3) { _, _ in
                calls += 1
                if calls == 4 { throw Oops() }
                return 0
            }
        }
        #expect(calls == 4 && fig.isEmptyOfMarks)
    }

    @Test func warningsPointAtTheCallThatDrewTheMark() {
        var fig = Figure(ylabel: "$\\nosuchmacro$")
        fig.callSite = CallSite(line: 3, column: 11)
        fig.line([1, 2])
        try? fig.drawing(at: CallSite(line: 4, column: 5)) { (f: inout Figure) throws(PlotError) in
            try f.addLine([1, .nan, 3])
        }
        try? fig.drawing(at: CallSite(line: 5, column: 5)) { (f: inout Figure) throws(PlotError) in
            try f.addText("$\\frac{1}{$", at: (0.5, 2))
        }
        #expect(fig.warnings() == [
            PlotWarning(.nonFiniteSkipped(row: 0, col: 0, series: 1, count: 1), callSite: CallSite(line: 4, column: 5)),
            PlotWarning(.mathNotRendered(tex: "\\nosuchmacro"), callSite: CallSite(line: 3, column: 11)),
            PlotWarning(.mathNotRendered(tex: "\\frac{1}{"), callSite: CallSite(line: 5, column: 5)),
        ])
    }

    @Test func contourLevelsOutsideTheDataAndAnnotationsOutsideTheLimitsAreWarnings() {
        var fig = Figure()
        fig.contour(x: 0...1, y: 0...1, levels: [5, 6]) { u, v in u + v }
        fig.text("far", at: (3, 3))
        fig.xlim(0, 1)
        #expect(fig.warnings().map(\.kind) == [
            .levelsOutsideData(row: 0, col: 0, series: 0, low: 0, high: 2),
            .outsideAxes(row: 0, col: 0, series: 1),
        ])
        #expect(!fig.svg(idPrefix: "w").contains(">far<"))
    }

    /// Contours and streamlines cost more to draw than their data: a panel's
    /// fields, and an animation's, have a bound, refused at the call passing it.
    @Test func fieldsThatWouldTakeTooLongToDrawAreRefused() {
        var fig = Figure()
        let cells = 999 * 999
        #expect(throws: PlotError.fieldWorkExceeded(call: .contour, work: cells * 103, limit: Panel.fieldWorkLimit)) {
            try fig.addContour(x: 0...1, y: 0...1, levels: 100, resolution: 1000) { u, v in u + v }
        }
        for _ in 0..<40 { try? fig.addStreamlines(x: 0...1, y: 0...1) { _, _ in (1, 0) } }
        #expect(throws: PlotError.fieldWorkExceeded(call: .streamlines, work: 10_250_000, limit: Panel.fieldWorkLimit)) {
            try fig.addStreamlines(x: 0...1, y: 0...1) { _, _ in (1, 0) }
        }
        var a = Animation()
        var frame = Figure()
        frame.streamlines(x: 0...1, y: 0...1) { _, _ in (1, 0) }
        for _ in 0..<80 { a.append(frame) }
        #expect(a.problems.isEmpty)
        #expect(throws: PlotError.fieldWorkExceeded(call: .animation, work: 20_250_000, limit: Animation.fieldWorkLimit)) {
            try a.addFrame(frame)
        }
    }

    /// Rough data at a fine resolution has level sets of countless pieces:
    /// past a bound the contour draws nothing and says why, rather than
    /// writing megabytes of SVG.
    @Test func aContourOfNoiseIsNotDrawnButWarnedAbout() {
        var fig = Figure()
        let n = 400
        let noise = Matrix((0..<n).map { i in (0..<n).map { j in sin(Double(i * j) * 0.37) } })
        fig.contour(noise, x: 0...1, y: 0...1, levels: 40)
        #expect(fig.problems.isEmpty)
        #expect(fig.warnings().map(\.kind) == [.contourTooDetailed(row: 0, col: 0, series: 0, limit: 100_000)])
        #expect(!fig.svg(idPrefix: "n").contains("aria-label=\"contour\""))
    }

    @Test func anAnimationRefusesFramesPastItsLimitOrOfAnotherGrid() {
        var a = Animation(title: "t", duration: 2)
        var frame = Figure()
        for _ in 0..<10 { frame.line([1, 2]) }
        for _ in 0..<(Animation.maximumMarks / 10) { a.append(frame) }
        #expect(a.problems.isEmpty && a.count == Animation.maximumMarks / 10)
        #expect(throws: PlotError.animationTooLarge(frames: a.count + 1, marks: Animation.maximumMarks + 10,
                                                    limit: Animation.maximumMarks)) { try a.addFrame(frame) }
        var b = Animation()
        try? b.addFrame(Figure())
        #expect(throws: PlotError.frameGridMismatch(expectedRows: 1, expectedCols: 1, rows: 2, cols: 1)) {
            try b.addFrame(Figure(rows: 2, cols: 1))
        }
        #expect(throws: PlotError.valueOutOfRange(call: .animation, argument: "duration", value: 0, accepted: 0.1...3600)) {
            try Animation(duration: 0).validated()
        }
    }

    /// One SVG, frames in groups shown in turn by CSS (no script), the last
    /// frame shown without animation, axes fitted to every frame.
    @Test func anAnimationIsOneSVGWithFramesTakingTurns() throws {
        var a = Animation(title: "Flow", duration: 2)
        for k in 0..<4 {
            var frame = Figure(width: 300, height: 200)
            frame.scatter(x: [Double(k)], y: [Double(k * k)])
            a.append(frame)
        }
        let svg = Figure(a).svg(idPrefix: "an-")
        #expect(!svg.contains("<script"))
        #expect(svg.components(separatedBy: "class=\"an-frame an-frame-").count == 5)
        #expect(svg.contains(".an-frame{visibility:hidden;animation:an-frame-turn 2s step-end infinite}"))
        #expect(svg.contains(".an-frame-3{visibility:visible}"))
        #expect(svg.contains(".an-frame-0{animation-delay:-2s}") && svg.contains(".an-frame-1{animation-delay:-1.5s}"))
        #expect(svg.contains("@keyframes an-frame-turn{0%{visibility:visible}25%{visibility:hidden}"))
        #expect(svg.contains("@media (prefers-reduced-motion:reduce){.an-frame{animation:none}}"))
        #expect(svg.contains("@media print{.an-frame{animation:none}}"))
        // Shared axes: the y ticks reach the last frame's 9 although the first frame's point is at 0.
        #expect(svg.contains(">8<") || svg.contains(">8.0<"))
        #expect(svg.contains("Animation of 4 frames over 2 s"))
        #expect(Figure(a).description == "Animation(title: \"Flow\", frames: 4, duration: 2.0)")
    }
}

extension Figure {
    /// Whether no drawing call got through (nothing to draw in the only panel).
    var isEmptyOfMarks: Bool { self[0, 0].isEmpty }
}
