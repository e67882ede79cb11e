import Linalg

/// One-call figures for a quick look, as `plt.plot(ys)` gives:
///
/// ```swift
/// plot(losses, yscale: .log)                // a cell's last expression shows it
/// heatmap(W1 * W1.T, title: "Gram matrix")
/// ```
///
/// Each returns a ``Figure`` that can be refined further (`var fig = plot(…)`).
public func plot(_ ys: [Double], label: String? = nil, title: String? = nil, xlabel: String? = nil,
                 ylabel: String? = nil, xscale: AxisScale = .linear, yscale: AxisScale = .linear) -> Figure {
    var fig = Figure(title: title, xlabel: xlabel, ylabel: ylabel, xscale: xscale, yscale: yscale)
    fig.line(ys, label: label)
    return fig
}

/// A line through `(xs[i], ys[i])` in a new figure.
public func plot(x xs: [Double], _ ys: [Double], label: String? = nil, title: String? = nil,
                 xlabel: String? = nil, ylabel: String? = nil,
                 xscale: AxisScale = .linear, yscale: AxisScale = .linear) -> Figure {
    var fig = Figure(title: title, xlabel: xlabel, ylabel: ylabel, xscale: xscale, yscale: yscale)
    fig.line(x: xs, ys, label: label)
    return fig
}

/// A line through the entries of a row or column vector in a new figure.
public func plot(_ ys: Matrix, label: String? = nil, title: String? = nil, xlabel: String? = nil,
                 ylabel: String? = nil, xscale: AxisScale = .linear, yscale: AxisScale = .linear) -> Figure {
    var fig = Figure(title: title, xlabel: xlabel, ylabel: ylabel, xscale: xscale, yscale: yscale)
    fig.line(ys, label: label)
    return fig
}

/// The matrix as a viridis image with a colour bar, in a new figure sized
/// so that cells are square.
public func heatmap(_ matrix: Matrix, title: String? = nil) -> Figure {
    var fig = Figure(title: title, width: 420, height: 340)
    fig.heatmap(matrix)
    return fig
}

/// A histogram in a new figure.
public func histogram(_ values: [Double], bins: Int = 20, title: String? = nil, xlabel: String? = nil,
                      ylabel: String? = nil) -> Figure {
    var fig = Figure(title: title, xlabel: xlabel, ylabel: ylabel)
    fig.histogram(values, bins: bins)
    return fig
}

/// A scatter plot in a new figure.
public func scatter(x xs: [Double], y ys: [Double], label: String? = nil, title: String? = nil,
                    xlabel: String? = nil, ylabel: String? = nil) -> Figure {
    var fig = Figure(title: title, xlabel: xlabel, ylabel: ylabel)
    fig.scatter(x: xs, y: ys, label: label)
    return fig
}
