import Foundation
import Linalg
import Plot
import Testing

/// The cell-facing API: what a notebook cell writes, what it gets for bad
/// input, and the SVG guarantees (escaping, ids, determinism, accessibility).
@Suite struct FigureAPITests {
    @Test func aCellsFigureRendersOneCompleteSVGElement() {
        var fig = Figure(title: "Objective", xlabel: "iteration", ylabel: "loss", yscale: .log)
        fig.line([1, 0.1, 0.01, 0.001], label: "without regularization")
        let svg = fig.svg(idPrefix: "fig1-")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>"))
        #expect(svg.contains(#"width="480" height="320" viewBox="0 0 480 320""#))
        #expect(svg.contains(#"role="img" aria-labelledby="fig1-title fig1-desc""#))
        #expect(svg.contains(#"<title id="fig1-title">Objective</title>"#))
        #expect(svg.contains("font-family=\"Helvetica, Arial, &#39;Liberation Sans&#39;, sans-serif\""))
        #expect(svg.contains("1 line (without regularization); x axis iteration; y axis loss (log scale)."))
        #expect(fig.problems.isEmpty && fig.warnings().isEmpty)
    }

    @Test func everyIdCarriesThePrefix() throws {
        var fig = Figure(rows: 1, cols: 2)
        fig[0, 0].line([1, 2, 3])
        fig[0, 1].heatmap([[1, 2], [3, 4]])
        let svg = fig.svg(idPrefix: "cell 3/")
        let ids = try Regex(#"id="([^"]*)""#)
        let found = svg.matches(of: ids).map { String($0.output[1].substring!) }
        #expect(found == ["cell_3_title", "cell_3_desc", "cell_3_clip0", "cell_3_clip1", "cell_3_viridis1"])
        #expect(svg.contains("url(#cell_3_clip1)") && svg.contains("url(#cell_3_viridis1)"))
    }

    @Test func sameDataSameBytes() {
        let make = { () -> String in
            var fig = Figure(title: "t")
            fig.line((0..<500).map { sin(Double($0) / 7) }, label: "sin")
            fig.scatter(x: [1, 2, 3], y: [0.1, 0.5, -0.2])
            return fig.svg(idPrefix: "a")
        }
        #expect(make() == make())
    }

    @Test func scriptInTitlesAndLabelsIsEscaped() {
        var fig = Figure(title: "<script>alert(1)</script>", xlabel: "a & b", ylabel: "\"quoted\"")
        fig.line([1, 2], label: "<img src=x onerror=alert(1)>")
        let svg = fig.svg(idPrefix: "p")
        #expect(!svg.contains("<script") && !svg.contains("<img"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(svg.contains("a &amp; b") && svg.contains("&quot;quoted&quot;"))
    }

    @Test func colorsThatAreNotColorsAreRejected() {
        var fig = Figure()
        fig.line([1, 2], color: "red\" onload=\"alert(1)")
        #expect(fig.problems == [.invalidColor(call: .line, argument: "color", value: "red\" onload=\"alert(1)")])
        #expect(throws: PlotError.invalidColor(call: .line, argument: "color", value: "url(#x)")) {
            try fig.addLine([1, 2], color: "url(#x)")
        }
        // A misspelt name is not a colour either (browsers would quietly draw it black).
        #expect(throws: PlotError.invalidColor(call: .scatter, argument: "color", value: "blurple")) {
            try fig.addScatter(x: [1], y: [2], color: "blurple")
        }
        fig.line([1, 2], color: "#d62728")
        fig.line([1, 2], color: "black")
        fig.line([1, 2], color: "DarkSlateGray")
        #expect(fig.problems.count == 1)
        #expect(fig.svg(idPrefix: "c").contains("stroke=\"darkslategray\""))
    }

    @Test func badInputIsATypedErrorFromTheAddTwin() {
        var fig = Figure()
        #expect(throws: PlotError.empty(call: .line, argument: "ys")) { try fig.addLine([]) }
        #expect(throws: PlotError.lengthMismatch(call: .line, argument: "ys", count: 2, reference: "x", referenceCount: 3)) {
            try fig.addLine(x: [1, 2, 3], [1, 2])
        }
        #expect(throws: PlotError.lengthMismatch(call: .scatter, argument: "y", count: 0, reference: "x", referenceCount: 1)) {
            try fig.addScatter(x: [1], y: [])
        }
        #expect(throws: PlotError.notAVector(call: .line, argument: "ys", rows: 2, cols: 2)) {
            try fig.addLine(Matrix([[1, 2], [3, 4]]))
        }
        #expect(throws: PlotError.countOutOfRange(call: .histogram, argument: "bins", value: 0, accepted: 1...10_000)) {
            try fig.addHistogram([1, 2], bins: 0)
        }
        #expect(throws: PlotError.countOutOfRange(call: .histogram, argument: "bins", value: Int.max, accepted: 1...10_000)) {
            try fig.addHistogram([1, 2], bins: Int.max)
        }
        #expect(throws: PlotError.raggedRows(row: 1, expected: 2, found: 1)) { try fig.addHeatmap([[1, 2], [3]]) }
        #expect(throws: PlotError.empty(call: .heatmap, argument: "rows")) { try fig.addHeatmap([[Double]]()) }
        #expect(throws: PlotError.invalidLimits(axis: .x, low: 2, high: 1)) { try fig.setXLim(2, 1) }
        #expect(throws: PlotError.panelOutOfRange(row: 0, col: 2, rows: 1, cols: 2)) {
            try Figure(rows: 1, cols: 2).panel(row: 0, col: 2)
        }
        do {
            try fig.addHLine(.nan)
            Issue.record("expected an error")
        } catch {
            guard case .notFinite(call: .hline, argument: "y", let value) = error, value.isNaN else {
                Issue.record("unexpected \(error)")
                return
            }
        }
        #expect(fig.problems.isEmpty, "the throwing twins record nothing")
        #expect(throws: PlotError.noData(row: 0, col: 0)) { try fig.checkedSVG(idPrefix: "x") }
    }

    @Test func theShortFormRecordsTheProblemAndShowsANote() {
        var fig = Figure(rows: 1, cols: 2)
        fig[0, 0].line([])
        fig[0, 5].line([1, 2])
        fig[0, 1].line(x: [1, 2], [3])
        #expect(fig.problems == [
            .panelOutOfRange(row: 0, col: 5, rows: 1, cols: 2),
            .empty(call: .line, argument: "ys"),
            .lengthMismatch(call: .line, argument: "ys", count: 1, reference: "x", referenceCount: 2),
        ])
        let svg = fig.svg(idPrefix: "n")
        #expect(svg.components(separatedBy: ">no data</text>").count == 3)
        #expect(throws: PlotError.panelOutOfRange(row: 0, col: 5, rows: 1, cols: 2)) {
            try fig.checkedSVG(idPrefix: "n")
        }
    }

    @Test func invalidGridAndSizeAreRecordedNotTrapped() {
        var fig = Figure(rows: 0, cols: 3)
        #expect(fig.rows == 1 && fig.cols == 1)
        fig.width = -5
        #expect(fig.problems == [.countOutOfRange(call: .figure, argument: "rows", value: 0, accepted: 1...16),
                                 .valueOutOfRange(call: .figure, argument: "width", value: -5, accepted: 50...10_000)])
        #expect(throws: PlotError.valueOutOfRange(call: .figure, argument: "width", value: 1e12, accepted: 50...10_000)) {
            try Figure(width: 1e12).validated()
        }
        do {
            _ = try Figure(height: .nan).validated()
            Issue.record("a NaN height must be refused")
        } catch {
            guard case .valueOutOfRange(call: .figure, argument: "height", let value, _) = error, value.isNaN else {
                Issue.record("unexpected \(error)")
                return
            }
        }
        #expect(fig.svg(idPrefix: "g").contains(#"viewBox="0 0 480 320""#))
    }

    @Test func nanAndInfinityAreSkippedWithAWarningAndBreakTheLine() throws {
        var fig = Figure()
        fig.line([1, 2, .nan, 4, 5, .infinity, 7], label: "gappy")
        fig.scatter(x: [1, .nan], y: [1, 2])
        #expect(fig.warnings().map(\.kind) == [
            .nonFiniteSkipped(row: 0, col: 0, series: 0, count: 2),
            .nonFiniteSkipped(row: 0, col: 0, series: 1, count: 1),
        ])
        let svg = fig.svg(idPrefix: "q")
        #expect(!svg.contains("nan") && !svg.contains("inf"))
        let path = try #require(svg.firstMatch(of: try Regex(##"<path d="(M[^"]*)" fill="none" stroke="#1f77b4""##)))
        let subpaths = String(path.output[1].substring!).filter { $0 == "M" }.count
        #expect(subpaths == 3, "one subpath per finite run; the lone 7 is a dot")
    }

    @Test func nonPositiveValuesOnALogAxisAreSkippedAndReported() {
        var fig = Figure(yscale: .log)
        fig.line([1, 0, -1, 0.1])
        fig.hline(0)
        #expect(fig.warnings().map(\.kind) == [
            .nonPositiveOnLogAxis(row: 0, col: 0, series: 0, axis: .y, count: 2),
            .nonPositiveOnLogAxis(row: 0, col: 0, series: 1, axis: .y, count: 1),
        ])
        fig.yscale = .linear
        #expect(fig.warnings().isEmpty, "warnings follow the current scales")
    }

    @Test func matrixRowsAndColumnsPlotLikeArrays() {
        var a = Figure(), b = Figure()
        a.line(Matrix([[1, 4, 9]]))
        b.line(Matrix([[1], [4], [9]]))
        let c = plot([1, 4, 9])
        #expect(a.svg(idPrefix: "s") == c.svg(idPrefix: "s") && b.svg(idPrefix: "s") == c.svg(idPrefix: "s"))
    }

    @Test func mathInLabelsIsTypesetWithAPlainTextFallback() {
        var fig = Figure(xlabel: "iteration", ylabel: "$\\|W_1\\|_F^2$")
        fig.line([1, 2, 3])
        let svg = fig.svg(idPrefix: "m")
        #expect(svg.contains("<switch><foreignObject"))
        #expect(svg.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\""))
        #expect(svg.contains(">‖W₁‖_F²</text></switch>"), "fallback reads as math, not raw TeX")
        #expect(!svg.contains(">$"))
    }

    @Test func dollarsWithoutAPartnerStayText() {
        var fig = Figure(title: "cost in $ (USD)")
        fig.line([1, 2])
        #expect(fig.svg(idPrefix: "d").contains(">cost in $ (USD)</text>"))
    }

    @Test func quickFiguresMatchTheLongForm() {
        var long = Figure(title: "T", yscale: .log)
        long.line([1, 10, 100], label: "l")
        #expect(plot([1, 10, 100], label: "l", title: "T", yscale: .log).svg(idPrefix: "z") == long.svg(idPrefix: "z"))
        let hm = heatmap(Matrix([[1, 2], [3, 4]]))
        #expect(hm.svg(idPrefix: "h").contains("data:image/png;base64,"))
    }

    @Test func legendAvoidsTheData() throws {
        // A curve falling from the top left: the legend goes to the upper right.
        var fig = Figure()
        fig.line((0..<50).map { 100 - Double($0 * $0) / 25 }, label: "falling")
        let falling = fig.svg(idPrefix: "l")
        // A rising curve occupies the upper right: the legend moves elsewhere.
        var rising = Figure()
        rising.line((0..<50).map { Double($0 * $0) }, label: "rising")
        let legendX = { (svg: String) throws -> Double in
            let match = try #require(svg.firstMatch(of: try Regex(#"<g class="legend"><rect x="([0-9.]+)""#)))
            return try #require(Double(String(match.output[1].substring!)))
        }
        #expect(try legendX(falling) > 240)
        #expect(try legendX(rising.svg(idPrefix: "l")) < 240)
    }

    @Test func singlePointsGetAnAxisAndADot() {
        var fig = Figure()
        fig.line([3])
        fig.scatter(x: [2], y: [-1])
        #expect(fig.problems.isEmpty && fig.warnings().isEmpty)
        let svg = fig.svg(idPrefix: "one")
        #expect(svg.contains("h0\" fill=\"none\""), "the lone line point is drawn as a dot")
        #expect(try! svg.matches(of: Regex(#"<text x="[0-9.]+" y="[0-9.]+">"#)).count >= 4, "tick labels on both axes")
    }

    /// Extreme but finite data must never trap (overflowing spans, subnormals).
    @Test(arguments: [
        [Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude],
        [5e-324], [5e-324, 1e-323], [1e-310, 2e-310], [1e308, 1.0000001e308], [0, 0, 0],
        [-Double.greatestFiniteMagnitude],
    ])
    func extremeValuesRenderWithoutTrapping(values: [Double]) {
        for yscale in [AxisScale.linear, .log] {
            var fig = Figure(rows: 1, cols: 3)
            fig[0, 0].line(values)
            fig[0, 0].yscale = yscale
            fig[0, 1].histogram(values, bins: 7)
            fig[0, 2].heatmap([values])
            let svg = fig.svg(idPrefix: "x")
            #expect(svg.hasSuffix("</svg>") && !svg.contains("nan") && !svg.contains("inf"))
        }
    }

    @Test func heatmapNaNCellsAreTransparentAndReported() {
        var fig = Figure()
        fig.heatmap([[1, .nan], [3, 4]])
        #expect(fig.warnings().map(\.kind) == [.nonFiniteSkipped(row: 0, col: 0, series: 0, count: 1)])
    }

    @Test func printingAFigureGivesAShortSummary() {
        var fig = Figure(title: "Objective \"a\"")
        fig.line([3, 2, 1])
        #expect(fig.description == #"Figure(title: "Objective \"a\"", panels: 1×1, series: 1)"#)
        #expect(Figure(rows: 2, cols: 3).description == "Figure(panels: 2×3, series: 0)")
    }
}
