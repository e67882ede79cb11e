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

    /// Level sets of a saddle-shaped function, labelled in place.
    static func contourLines() -> Figure {
        var fig = Figure(title: "Level sets", xlabel: "$u$", ylabel: "$v$", width: 300, height: 260)
        fig.contour(x: -2...2, y: -2...2, levels: 6, resolution: 40) { u, v in u * u - v * v + 0.5 * u }
        return fig
    }

    /// Filled bands of a bump, with the discrete colour bar.
    static func contourFilled() -> Figure {
        var fig = Figure(title: "Filled", width: 320, height: 240)
        fig.contour(x: -1...1, y: -1...1, levels: [0, 0.25, 0.5, 0.75, 1], filled: true, resolution: 30) { u, v in
            exp(-3 * (u * u + v * v))
        }
        return fig
    }

    /// A rotation field's arrows, equal aspect.
    static func vectorField() -> Figure {
        var fig = Figure(title: "Rotation", aspect: .equal, width: 260, height: 240)
        fig.vectorField(x: -1...1, y: -1...1, count: 8) { u, v in (-v, u) }
        return fig
    }

    /// Streamlines of a saddle flow.
    static func streamlines() -> Figure {
        var fig = Figure(title: "Saddle", aspect: .equal, width: 260, height: 240)
        fig.streamlines(x: -1...1, y: -1...1, density: 0.6) { u, v in (u, -v) }
        return fig
    }

    /// A mean ± one standard deviation band under its mean.
    static func band() -> Figure {
        let t = (0...20).map { Double($0) / 4 }
        let mean = t.map { exp(-$0 / 2) }, sd = t.map { 0.1 + 0.05 * $0 }
        var fig = Figure(title: "Noisy decay", xlabel: "$t$", width: 320, height: 220)
        fig.band(x: t, lower: zip(mean, sd).map { $0 - $1 }, upper: zip(mean, sd).map { $0 + $1 }, label: "mean ± sd")
        fig.line(x: t, mean, label: "mean")
        return fig
    }

    /// Bars with category labels and a negative value.
    static func bars() -> Figure {
        var fig = Figure(title: "Spectrum", ylabel: "value", width: 300, height: 220)
        fig.bar([3, 1.5, 0.5, -0.75], labels: ["σ₁", "σ₂", "σ₃", "σ₄"])
        return fig
    }

    /// Stems of singular values.
    static func stems() -> Figure {
        var fig = Figure(title: "Singular values", width: 300, height: 220)
        fig.stem([3, 2.2, 1.1, 0.4, 0.1], label: "$\\sigma_i$")
        return fig
    }

    /// Measurements with error bars.
    static func errorbars() -> Figure {
        var fig = Figure(title: "Estimates", xlabel: "$n$", width: 300, height: 220)
        fig.errorbar(x: [10, 20, 40, 80], y: [1.3, 1.1, 1.04, 1.01], error: [0.3, 0.2, 0.1, 0.05], label: "estimate")
        fig.hline(1, label: "true value")
        return fig
    }

    /// Text and an arrow pointing at a point of a curve.
    static func annotations() -> Figure {
        var fig = Figure(title: "Annotated", width: 320, height: 220)
        let xs = (0...40).map { Double($0) / 10 }
        fig.line(x: xs, xs.map { ($0 - 2) * ($0 - 2) })
        fig.arrow(from: (3, 3), to: (2, 0.1), text: "minimum")
        fig.text("$f(x) = (x - 2)^2$", at: (0.2, 3.6))
        return fig
    }

    /// Two overlaid density histograms with the legend outside the axes.
    static func histogramDensity() -> Figure {
        let a = (0..<400).map { i in sin(Double(i) * 12.9898) * 43758.5453 }.map { $0 - $0.rounded(.down) }
        let b = a.map { 0.5 + 0.8 * $0 }
        var fig = Figure(title: "Densities", legend: .outside, width: 360, height: 220)
        fig.histogram(a, bins: 10, range: 0...1.5, density: true, label: "uniform(0, 1)")
        fig.histogram(b, edges: [0, 0.5, 0.75, 1, 1.25, 1.5], density: true, label: "uniform(0.5, 1.3)")
        return fig
    }

    /// Three frames of a dot moving along a parabola, on shared axes.
    static func animation() -> Figure {
        var a = Animation(title: "Moving", duration: 3)
        let xs = (0...20).map { Double($0) / 10 }
        for k in 0..<3 {
            var frame = Figure(width: 240, height: 180)
            frame.line(x: xs, xs.map { $0 * $0 }, color: "gray")
            frame.scatter(x: [Double(k)], y: [Double(k * k)], color: "#d62728")
            a.append(frame)
        }
        return Figure(a)
    }

    static let all: [(name: String, figure: Figure)] = [
        ("log-objective", logObjective()), ("scatter-fit", scatterAndFit()), ("panels", panels()),
        ("empty", empty()), ("large-values", largeValues()),
        ("contour-lines", contourLines()), ("contour-filled", contourFilled()), ("vector-field", vectorField()),
        ("streamlines", streamlines()), ("band", band()), ("bars", bars()), ("stems", stems()),
        ("errorbars", errorbars()), ("annotations", annotations()), ("histogram-density", histogramDensity()),
        ("animation", animation()),
    ]
}
