import Foundation
import Linalg
import Plot

/// Small, fully determined figures shared by the golden-file and the
/// Chromium tests: each exercises one feature a handout needs.
enum SampleFigures {
    /// A log-scale objective with two series, reference line and legend.
    static func logObjective() -> Figure {
        var fig = Figure(title: "Objective", xlabel: "iteration", ylabel: "$f(W_t)$", yscale: .log)
        let plain = (0..<40).map { 10 * exp(-0.45 * Double($0)) + 1e-7 }
        let regularized = (0..<40).map { 10 * exp(-0.3 * Double($0)) + 1e-4 }
        fig.line(plain, label: "without regularization")
        fig.line(regularized, label: "with regularization", style: .dashed)
        fig.hline(1e-5, label: "tolerance")
        return fig
    }

    /// Scatter and line on linear axes with negative values.
    static func scatterAndFit() -> Figure {
        let xs = (0..<12).map { Double($0) - 6 }
        let ys = xs.map { 0.5 * $0 - 1 + sin(3 * $0) }
        var fig = Figure(title: "Least squares", xlabel: "x", ylabel: "y", width: 360, height: 260)
        fig.scatter(x: xs, y: ys, label: "data")
        fig.line(x: [-6, 5], [-4, 1.5], label: "fit $y = ax + b$")
        return fig
    }

    /// A histogram beside a heat map with its colour bar.
    static func panels() -> Figure {
        var fig = Figure(rows: 1, cols: 2, title: "Weights", width: 560, height: 240)
        let values = (0..<200).map { i in sin(Double(i) * 12.9898) * 43758.5453 }.map { $0 - $0.rounded(.down) - 0.5 }
        fig[0, 0].histogram(values, bins: 10)
        fig[0, 0].xlabel = "value"
        fig[0, 0].title = "histogram"
        fig[0, 1].heatmap(Matrix([[1, 2, 3, 4], [2, 4, 6, 8], [0, -1, -2, -3]]))
        fig[0, 1].title = "$W_1$"
        return fig
    }

    /// Nothing drawable: the "no data" note.
    static func empty() -> Figure {
        var fig = Figure(title: "Nothing yet", width: 240, height: 160)
        fig.line([])
        return fig
    }

    /// Big numbers on a linear axis and a NaN gap.
    static func largeValues() -> Figure {
        var fig = Figure(xlabel: "step", ylabel: "count", width: 360, height: 240)
        var ys = (0..<30).map { 3e15 * Double($0) }
        ys[10] = .nan
        fig.line(ys, label: "growth")
        return fig
    }

    static let all: [(name: String, figure: Figure)] = [
        ("log-objective", logObjective()), ("scatter-fit", scatterAndFit()), ("panels", panels()),
        ("empty", empty()), ("large-values", largeValues()),
    ]
}
