import Foundation
@testable import Cells
import Plot
import Testing

/// The Plot surface through cells: every figure builtin called as a lecturer
/// writes it, bad arguments as errors at the call, warnings at the call that
/// drew the mark, and animations displayed like figures.
@Suite struct PlotSurfaceTests {
    /// The figure a one-cell program displays (its last expression).
    static func displayed(_ code: String) throws -> Figure {
        let results = runCells([code])
        if let error = results[0].error { Issue.record("cell failed: \(error)") }
        guard case .figure(let figure)? = results[0].display else {
            throw CancellationError()
        }
        return figure
    }

    @Test func everyMarkIsDrawnFromACell() throws {
        let figure = try Self.displayed("""
            let f = { (u: Double, v: Double) -> Double in (u * v - 1) * (u * v - 1) }
            var fig = Figure(title: "Phase portrait", xlabel: "$u$", ylabel: "$v$", aspect: .equal, legend: .outside,
                             width: 520, height: 400)
            fig.contour(x: -2...2, y: -2...2, levels: [0.1, 1, 4], label: "levels", color: "gray") { u, v in f(u, v) }
            fig.contour(x: -2...2, y: -2...2, levels: 5, filled: true, resolution: 30) { u, v in f(u, v) }
            fig.contour(Matrix([[1, 2], [3, 4]]), x: 0...1, y: 0...1, levels: 3)
            fig.contour(Matrix([[1, 2], [3, 4]]), x: 0...1, y: 0...1, levels: [2.5])
            fig.vectorField(x: -2...2, y: -2...2, count: 12) { u, v in (-(u * v - 1) * v, -(u * v - 1) * u) }
            fig.streamlines(x: -2...2, y: -2...2, density: 0.8, color: "steelblue") { u, v in
                (-(u * v - 1) * v, -(u * v - 1) * u)
            }
            fig.band(x: [0, 1, 2], lower: [0, 0.5, 1], upper: [1, 1.5, 2], label: "band")
            fig.bar([1, 2], labels: ["a", "b"])
            fig.bar(Matrix([[1], [2]]))
            fig.stem([1, 2, 3])
            fig.stem(Matrix([[1, 2]]))
            fig.stem(x: [0.5, 1.5], [1, 2], label: "stems")
            fig.errorbar(x: [1, 2], y: [1, 2], error: [0.1, 0.2], label: "measured")
            fig.text("$uv = 1$", at: (1.2, 1.2), align: .center)
            fig.arrow(from: (-1.5, 1.5), to: (0, 0), text: "saddle", color: "black")
            fig.histogram([0.1, 0.2, 0.4], bins: 3, range: 0...0.5, density: true, label: "h")
            fig.histogram([0.1, 0.2, 0.4], edges: [0, 0.25, 0.5])
            fig
            """)
        let svg = figure.svg(idPrefix: "cell")
        for name in ["contour", "vectorField", "streamlines", "band", "bar", "stem", "errorbar", "text", "arrow", "histogram"] {
            #expect(svg.contains("<g aria-label=\"\(name)\">"), "\(name) is drawn")
        }
        #expect(figure.problems.isEmpty)
    }

    /// The rest of the surface, so that every figure builtin is called through a cell.
    @Test func theOtherFigureCallsWorkFromACell() throws {
        let figure = try Self.displayed("""
            var fig = Figure(title: "t", xscale: .linear, yscale: .log, legend: .upperLeft, width: 400, height: 300)
            fig.line([1, 2, 3], label: "a", style: .dotted)
            fig.line(x: [1, 2], [3, 4])
            fig.line(Matrix([[1, 2, 3]]))
            fig.scatter(x: [1], y: [2], color: "#abc")
            fig.hline(2, label: "h")
            fig.vline(1, style: .solid)
            fig.xlim(0, 3)
            fig.ylim(0.5, 10)
            show(plot([1, 2]))
            show(plot(x: [1, 2], [2, 1], title: "p"))
            show(heatmap(Matrix([[1, 2], [3, 4]])))
            show(scatter(x: [1], y: [1]))
            var map = Figure()
            map.heatmap(Matrix([[1, 2], [3, 4]]))
            show(map)
            fig
            """)
        let svg = figure.svg(idPrefix: "o")
        for name in ["line", "scatter", "hline", "vline"] { #expect(svg.contains("<g aria-label=\"\(name)\">")) }
        #expect(figure.warnings().isEmpty)
    }

    /// Issue 19: a mark with bad arguments is an error at the call's line and
    /// column that names the argument and what it accepts (the message words
    /// are Diagnostics'; here the error value).
    @Test(arguments: [
        ("fig.histogram([1, 2], bins: -5)", "argument: \"bins\"", "1...10000"),
        ("fig.histogram([1, 2], bins: Int.max)", "argument: \"bins\"", "1...10000"),
        ("fig.line(x: [1, 2, 3], [1, 2])", "argument: \"ys\"", "referenceCount: 3"),
        ("fig.line([1, 2], color: \"blurple\")", "argument: \"color\"", "blurple"),
        ("fig.contour(x: -1...1, y: 0...0, levels: 3) { u, v in u + v }", "argument: \"y\"", "invalidInterval"),
        ("fig.vectorField(x: 0...1, y: 0...1, count: 1000) { u, v in (u, v) }", "argument: \"count\"", "2...200"),
        ("fig.errorbar(x: [1], y: [1], error: [-1])", "argument: \"error\"", "elementOutOfRange"),
        ("fig.bar([1, 2], labels: [\"a\"])", "argument: \"labels\"", "lengthMismatch"),
    ])
    func badArgumentsAreErrorsAtTheCall(call: String, argument: String, detail: String) throws {
        let results = runCells(["var fig = Figure()\nlet before = 1\n" + call])
        let error = try #require(results[0].error)
        // The call's position is its method name's, as for every builtin call.
        #expect(error.line == 3 && error.column == 5, "at the call: \(error.line):\(error.column)")
        let kind = Self.words(error.kind)
        #expect(kind.contains(argument) && kind.contains(detail), "\(kind)")
    }

    /// The error value as text, quotes unescaped (a library error's details are a quoted string until
    /// Diagnostics has a kind for Plot's errors).
    static func words(_ kind: CellErrorKind) -> String {
        String(describing: kind).replacingOccurrences(of: "\\", with: "")
    }

    @Test func anInvalidFigureSizeIsAnErrorAtTheCall() throws {
        for (code, argument) in [("Figure(width: 1e12)", "width"), ("Figure(height: Double.nan)", "height")] {
            let results = runCells(["let x = 1\nlet fig = " + code])
            let error = try #require(results[0].error)
            #expect(error.line == 2, "\(error.line):\(error.column)")
            #expect(Self.words(error.kind).contains("argument: \"\(argument)\""), "\(error.kind)")
        }
    }

    /// An error inside the sampled closure is the closure's own, at its line.
    @Test func anErrorInsideAContourClosureIsReportedWhereItHappens() throws {
        let results = runCells(["""
            var fig = Figure()
            let values = [1.0, 2.0]
            fig.contour(x: 0...1, y: 0...1, resolution: 3) { u, v in
                values[Int(u * 4)]
            }
            """])
        let error = try #require(results[0].error)
        #expect(error.line == 4, "inside the closure: \(error.line):\(error.column)")
        #expect(String(describing: error.kind).contains("indexOutOfRange"))
    }

    /// Warnings carry the position of the call that drew the mark, and of the
    /// figure for its labels.
    @Test func warningsPointAtTheCalls() throws {
        let figure = try Self.displayed("""
            var fig = Figure(ylabel: "$\\\\nosuchmacro$")
            fig.line([1, 2, 3])
              fig.line([1, Double.nan, 3])
            fig
            """)
        let warnings = figure.warnings()
        #expect(warnings.map(\.callSite) == [CallSite(line: 3, column: 7), CallSite(line: 1, column: 11)])
        #expect(warnings.map(\.kind) == [.nonFiniteSkipped(row: 0, col: 0, series: 1, count: 1),
                                         .mathNotRendered(tex: "\\nosuchmacro")])
    }

    @Test func anAnimationIsDisplayedAndShownLikeAFigure() throws {
        let results = runCells(["""
            var a = Animation(title: "Along a hyperbola", duration: 3)
            for k in 0..<5 {
                var frame = Figure(xlabel: "$u$", aspect: .equal)
                frame.scatter(x: [Double(k)], y: [Double(k) * 0.5])
                a.append(frame)
            }
            print(a.count, a)
            show(a)
            a
            """])
        #expect(results[0].error == nil)
        #expect(results[0].stdout == "5 Animation(title: \"Along a hyperbola\", frames: 5, duration: 3.0)\n")
        #expect(results[0].figures.count == 1)
        guard case .figure(let shown)? = results[0].display else {
            Issue.record("an animation is displayed as a figure")
            return
        }
        let svg = shown.svg(idPrefix: "a-")
        #expect(svg.contains("@keyframes a-frame-turn") && svg.contains("class=\"a-frame a-frame-4\""))
    }

    @Test func anAnimationPastItsLimitIsAnErrorAtTheAppend() throws {
        let results = runCells(["""
            var a = Animation()
            var frame = Figure()
            for _ in 0..<100 { frame.line([1, 2]) }
            for _ in 0..<100 {
                a.append(frame)
            }
            """])
        let error = try #require(results[0].error)
        #expect(error.line == 5 && error.column == 7, "\(error.line):\(error.column)")
        #expect(String(describing: error.kind).contains("animationTooLarge"))
    }

    /// The quick figures check their arguments too.
    @Test func quickFiguresRefuseBadArguments() throws {
        let results = runCells(["let h = histogram([1, 2, 3], bins: 0)"])
        let error = try #require(results[0].error)
        #expect(error.line == 1 && error.column == 9)
        #expect(Self.words(error.kind).contains("argument: \"bins\""))
    }
}
