import Linalg
import Plot
import CellValues

/// The Plot module as cells see it: `Figure`, its drawing methods, the quick
/// `plot`/`heatmap`/`histogram`/`scatter`, and `show(_:)` to put a figure in the report.
enum SurfacePlot {
    /// Plot's enums, in declaration order (a cell's `.log` is case 1 of `AxisScale`).
    static let enums: [EnumLayout] = [
        EnumLayout(name: "AxisScale", cases: [.init(name: "linear", payload: []), .init(name: "log", payload: [])], isLibrary: true),
        EnumLayout(name: "LineStyle", cases: ["solid", "dashed", "dotted"].map { .init(name: $0, payload: []) }, isLibrary: true),
    ]

    /// Plot's value types a cell can name.
    static let nominals: Set<String> = ["Figure"]

    private static func scale(_ value: Value) -> AxisScale {
        if case .enumCase(1, _) = value { return .log }
        return .linear
    }

    private static func style(_ value: Value, default fallback: LineStyle = .solid) -> LineStyle {
        guard case .enumCase(let index, _) = value else { return fallback }
        return [LineStyle.solid, .dashed, .dotted][index]
    }

    private static func text(_ value: Value) -> String? { value.isNone ? nil : value.string }
    private static func doubles(_ value: Value) -> [Double] { value.array.map(\.double) }

    /// Moves the figure out of `args[0]`, changes it, and puts it back.
    private static func mutate(_ args: inout [Value], _ body: (inout Figure) -> Void) -> Value {
        guard case .figure(var figure) = args[0] else { return .void }
        args[0] = .void
        body(&figure)
        args[0] = .figure(figure)
        return .void
    }

    static let entries: [Builtin] = [
        Builtin(static: "Figure", "init(title: String? = nil, xlabel: String? = nil, ylabel: String? = nil, xscale: AxisScale = .linear, yscale: AxisScale = .linear, width: Double = 480, height: Double = 320)") { args, _ in
            .figure(Figure(title: text(args[0]), xlabel: text(args[1]), ylabel: text(args[2]), xscale: scale(args[3]),
                           yscale: scale(args[4]), width: args[5].double, height: args[6].double))
        },
        Builtin(on: "Figure", "func line(_ ys: [Double], label: String? = nil, color: String? = nil, style: LineStyle = .solid)", mutating: true) { args, _ in
            let (ys, label, color, lineStyle) = (doubles(args[1]), text(args[2]), text(args[3]), style(args[4]))
            return mutate(&args) { $0.line(ys, label: label, color: color, style: lineStyle) }
        },
        Builtin(on: "Figure", "func line(x xs: [Double], _ ys: [Double], label: String? = nil, color: String? = nil, style: LineStyle = .solid)", mutating: true) { args, _ in
            let (xs, ys, label, color, lineStyle) = (doubles(args[1]), doubles(args[2]), text(args[3]), text(args[4]), style(args[5]))
            return mutate(&args) { $0.line(x: xs, ys, label: label, color: color, style: lineStyle) }
        },
        Builtin(on: "Figure", "func line(_ ys: Matrix, label: String? = nil, color: String? = nil, style: LineStyle = .solid)", mutating: true) { args, _ in
            let (ys, label, color, lineStyle) = (args[1].matrix, text(args[2]), text(args[3]), style(args[4]))
            return mutate(&args) { $0.line(ys, label: label, color: color, style: lineStyle) }
        },
        Builtin(on: "Figure", "func scatter(x xs: [Double], y ys: [Double], label: String? = nil, color: String? = nil)", mutating: true) { args, _ in
            let (xs, ys, label, color) = (doubles(args[1]), doubles(args[2]), text(args[3]), text(args[4]))
            return mutate(&args) { $0.scatter(x: xs, y: ys, label: label, color: color) }
        },
        Builtin(on: "Figure", "func histogram(_ values: [Double], bins: Int = 20, label: String? = nil, color: String? = nil)", mutating: true) { args, _ in
            let (values, bins, label, color) = (doubles(args[1]), args[2].int, text(args[3]), text(args[4]))
            return mutate(&args) { $0.histogram(values, bins: bins, label: label, color: color) }
        },
        Builtin(on: "Figure", "func heatmap(_ matrix: Matrix)", mutating: true) { args, _ in
            let matrix = args[1].matrix
            return mutate(&args) { $0.heatmap(matrix) }
        },
        Builtin(on: "Figure", "func hline(_ y: Double, label: String? = nil, color: String? = nil, style: LineStyle = .dashed)", mutating: true) { args, _ in
            let (y, label, color, lineStyle) = (args[1].double, text(args[2]), text(args[3]), style(args[4], default: .dashed))
            return mutate(&args) { $0.hline(y, label: label, color: color, style: lineStyle) }
        },
        Builtin(on: "Figure", "func vline(_ x: Double, label: String? = nil, color: String? = nil, style: LineStyle = .dashed)", mutating: true) { args, _ in
            let (x, label, color, lineStyle) = (args[1].double, text(args[2]), text(args[3]), style(args[4], default: .dashed))
            return mutate(&args) { $0.vline(x, label: label, color: color, style: lineStyle) }
        },
        Builtin(on: "Figure", "func xlim(_ low: Double, _ high: Double)", mutating: true) { args, _ in
            let (low, high) = (args[1].double, args[2].double)
            return mutate(&args) { $0.xlim(low, high) }
        },
        Builtin(on: "Figure", "func ylim(_ low: Double, _ high: Double)", mutating: true) { args, _ in
            let (low, high) = (args[1].double, args[2].double)
            return mutate(&args) { $0.ylim(low, high) }
        },
        Builtin("func plot(_ ys: [Double], label: String? = nil, title: String? = nil, xlabel: String? = nil, ylabel: String? = nil, xscale: AxisScale = .linear, yscale: AxisScale = .linear) -> Figure") { args, _ in
            .figure(plot(doubles(args[0]), label: text(args[1]), title: text(args[2]), xlabel: text(args[3]),
                         ylabel: text(args[4]), xscale: scale(args[5]), yscale: scale(args[6])))
        },
        Builtin("func plot(x xs: [Double], _ ys: [Double], label: String? = nil, title: String? = nil, xlabel: String? = nil, ylabel: String? = nil, xscale: AxisScale = .linear, yscale: AxisScale = .linear) -> Figure") { args, _ in
            .figure(plot(x: doubles(args[0]), doubles(args[1]), label: text(args[2]), title: text(args[3]), xlabel: text(args[4]),
                         ylabel: text(args[5]), xscale: scale(args[6]), yscale: scale(args[7])))
        },
        Builtin("func heatmap(_ matrix: Matrix, title: String? = nil) -> Figure") { args, _ in
            .figure(heatmap(args[0].matrix, title: text(args[1])))
        },
        Builtin("func histogram(_ values: [Double], bins: Int = 20, title: String? = nil, xlabel: String? = nil, ylabel: String? = nil) -> Figure") { args, _ in
            .figure(histogram(doubles(args[0]), bins: args[1].int, title: text(args[2]), xlabel: text(args[3]), ylabel: text(args[4])))
        },
        Builtin("func scatter(x xs: [Double], y ys: [Double], label: String? = nil, title: String? = nil, xlabel: String? = nil, ylabel: String? = nil) -> Figure") { args, _ in
            .figure(scatter(x: doubles(args[0]), y: doubles(args[1]), label: text(args[2]), title: text(args[3]),
                            xlabel: text(args[4]), ylabel: text(args[5])))
        },
        Builtin("func show(_ figure: Figure)") { args, runtime in
            if case .figure(let figure) = args[0] { runtime.figures.append(figure) }
            return .void
        },
    ]
}
