import Linalg
import Plot
import CellValues

/// The Plot module as cells see it: `Figure`, its drawing methods, the quick
/// `plot`/`heatmap`/`histogram`/`scatter`, `Animation`, and `show(_:)` to put
/// a figure in the report.
///
/// Every drawing call goes through Plot's throwing twin, so a bad argument
/// (`bins: -5`, an unknown colour, x and y of different lengths) is an error at
/// the call's line and column naming the argument and what it accepts; the
/// marks a call draws carry that position into the figure's warnings.
enum SurfacePlot {
    /// Plot's enums, in declaration order (a cell's `.log` is case 1 of `AxisScale`).
    static let enums: [EnumLayout] = [
        EnumLayout(name: "AxisScale", cases: [.init(name: "linear", payload: []), .init(name: "log", payload: [])], isLibrary: true),
        EnumLayout(name: "LineStyle", cases: ["solid", "dashed", "dotted"].map { .init(name: $0, payload: []) }, isLibrary: true),
        EnumLayout(name: "Aspect", cases: ["auto", "equal"].map { .init(name: $0, payload: []) }, isLibrary: true),
        EnumLayout(name: "LegendPlacement", cases: ["best", "upperRight", "upperLeft", "lowerLeft", "lowerRight", "outside",
                                                    "hidden"].map { .init(name: $0, payload: []) }, isLibrary: true),
        EnumLayout(name: "TextAlignment", cases: ["left", "center", "right"].map { .init(name: $0, payload: []) },
                   isLibrary: true),
    ]

    /// Plot's value types a cell can name.
    static let nominals: Set<String> = ["Figure", "Animation"]

    private static func scale(_ value: Value) -> AxisScale {
        if case .enumCase(1, _) = value { return .log }
        return .linear
    }

    private static func style(_ value: Value, default fallback: LineStyle = .solid) -> LineStyle {
        guard case .enumCase(let index, _) = value else { return fallback }
        return [LineStyle.solid, .dashed, .dotted][index]
    }

    private static func aspect(_ value: Value) -> Aspect {
        if case .enumCase(1, _) = value { return .equal }
        return .auto
    }

    private static func legend(_ value: Value) -> LegendPlacement {
        guard case .enumCase(let index, _) = value else { return .best }
        return [LegendPlacement.best, .upperRight, .upperLeft, .lowerLeft, .lowerRight, .outside, .hidden][index]
    }

    private static func alignment(_ value: Value) -> TextAlignment {
        guard case .enumCase(let index, _) = value else { return .left }
        return [TextAlignment.left, .center, .right][index]
    }

    private static func text(_ value: Value) -> String? { value.isNone ? nil : value.string }
    private static func doubles(_ value: Value) -> [Double] { value.array.map(\.double) }
    private static func strings(_ value: Value) -> [String]? { value.isNone ? nil : value.array.map(\.string) }
    private static func point(_ value: Value) -> (Double, Double) { (value.array[0].double, value.array[1].double) }
    private static func range(_ value: Value) -> ClosedRange<Double> {
        let bounds = value.array.map(\.double)
        // Swift traps on `a...b` with b < a before the call; an empty range is refused by Plot's checks.
        return bounds[0]...max(bounds[0], bounds[1])
    }
    private static func optionalRange(_ value: Value) -> ClosedRange<Double>? { value.isNone ? nil : range(value) }

    private static func site(_ runtime: Runtime) -> CallSite { CallSite(line: runtime.callLine, column: runtime.callColumn) }

    /// Moves the figure out of `args[0]`, draws into it with its marks tagged
    /// with the call's position, and puts it back (unchanged when `draw` throws).
    private static func draw(_ args: inout [Value], _ runtime: Runtime,
                             _ draw: (inout Figure) throws -> Void) throws -> Value {
        guard case .figure(var figure) = args[0] else { return .void }
        args[0] = .void
        defer { args[0] = .figure(figure) }
        try figure.drawing(at: site(runtime)) { (f: inout Figure) throws in try draw(&f) }
        return .void
    }

    /// A figure made by a call: its arguments checked, its position kept.
    private static func made(_ figure: Figure, _ runtime: Runtime) throws -> Value {
        var checked = try figure.validated()
        checked.callSite = site(runtime)
        return .figure(checked)
    }

    /// A cell's `(Double, Double) -> Double` as Plot calls it; its errors pass through.
    private static func scalarField(_ value: Value) -> (Double, Double) throws -> Double {
        let function = value.function
        return { u, v in
            var arguments: [Value] = [.double(u), .double(v)]
            return try function.call(&arguments).double
        }
    }

    /// A cell's `(Double, Double) -> (Double, Double)` as Plot calls it.
    private static func vectorField(_ value: Value) -> (Double, Double) throws -> (Double, Double) {
        let function = value.function
        return { u, v in
            var arguments: [Value] = [.double(u), .double(v)]
            let result = try function.call(&arguments).array
            return (result[0].double, result[1].double)
        }
    }

    static let entries: [Builtin] = figure + marks + fields + charts + quick + animation

    private static let figure: [Builtin] = [
        Builtin(static: "Figure", "init(title: String? = nil, xlabel: String? = nil, ylabel: String? = nil, xscale: AxisScale = .linear, yscale: AxisScale = .linear, aspect: Aspect = .auto, legend: LegendPlacement = .best, width: Double = 480, height: Double = 320)") { args, runtime in
            try made(Figure(title: text(args[0]), xlabel: text(args[1]), ylabel: text(args[2]), xscale: scale(args[3]),
                            yscale: scale(args[4]), aspect: aspect(args[5]), legend: legend(args[6]),
                            width: args[7].double, height: args[8].double), runtime)
        },
        Builtin(on: "Figure", "func xlim(_ low: Double, _ high: Double)", mutating: true) { args, runtime in
            let (low, high) = (args[1].double, args[2].double)
            return try draw(&args, runtime) { try $0.setXLim(low, high) }
        },
        Builtin(on: "Figure", "func ylim(_ low: Double, _ high: Double)", mutating: true) { args, runtime in
            let (low, high) = (args[1].double, args[2].double)
            return try draw(&args, runtime) { try $0.setYLim(low, high) }
        },
        Builtin("func show(_ figure: Figure)") { args, runtime in
            if case .figure(let figure) = args[0] { runtime.figures.append(figure) }
            return .void
        },
    ]

    private static let marks: [Builtin] = [
        Builtin(on: "Figure", "func line(_ ys: [Double], label: String? = nil, color: String? = nil, style: LineStyle = .solid)", mutating: true) { args, runtime in
            let (ys, label, color, lineStyle) = (doubles(args[1]), text(args[2]), text(args[3]), style(args[4]))
            return try draw(&args, runtime) { try $0.addLine(ys, label: label, color: color, style: lineStyle) }
        },
        Builtin(on: "Figure", "func line(x xs: [Double], _ ys: [Double], label: String? = nil, color: String? = nil, style: LineStyle = .solid)", mutating: true) { args, runtime in
            let (xs, ys, label, color, lineStyle) = (doubles(args[1]), doubles(args[2]), text(args[3]), text(args[4]), style(args[5]))
            return try draw(&args, runtime) { try $0.addLine(x: xs, ys, label: label, color: color, style: lineStyle) }
        },
        Builtin(on: "Figure", "func line(_ ys: Matrix, label: String? = nil, color: String? = nil, style: LineStyle = .solid)", mutating: true) { args, runtime in
            let (ys, label, color, lineStyle) = (args[1].matrix, text(args[2]), text(args[3]), style(args[4]))
            return try draw(&args, runtime) { try $0.addLine(ys, label: label, color: color, style: lineStyle) }
        },
        Builtin(on: "Figure", "func scatter(x xs: [Double], y ys: [Double], label: String? = nil, color: String? = nil)", mutating: true) { args, runtime in
            let (xs, ys, label, color) = (doubles(args[1]), doubles(args[2]), text(args[3]), text(args[4]))
            return try draw(&args, runtime) { try $0.addScatter(x: xs, y: ys, label: label, color: color) }
        },
        Builtin(on: "Figure", "func histogram(_ values: [Double], bins: Int = 20, range: ClosedRange<Double>? = nil, density: Bool = false, label: String? = nil, color: String? = nil)", mutating: true) { args, runtime in
            let (values, bins, binRange, density) = (doubles(args[1]), args[2].int, optionalRange(args[3]), args[4].bool)
            let (label, color) = (text(args[5]), text(args[6]))
            return try draw(&args, runtime) {
                try $0.addHistogram(values, bins: bins, range: binRange, density: density, label: label, color: color)
            }
        },
        Builtin(on: "Figure", "func histogram(_ values: [Double], edges: [Double], density: Bool = false, label: String? = nil, color: String? = nil)", mutating: true) { args, runtime in
            let (values, edges, density, label, color) = (doubles(args[1]), doubles(args[2]), args[3].bool, text(args[4]), text(args[5]))
            return try draw(&args, runtime) { try $0.addHistogram(values, edges: edges, density: density, label: label, color: color) }
        },
        Builtin(on: "Figure", "func heatmap(_ matrix: Matrix)", mutating: true) { args, runtime in
            let matrix = args[1].matrix
            return try draw(&args, runtime) { try $0.addHeatmap(matrix) }
        },
        Builtin(on: "Figure", "func hline(_ y: Double, label: String? = nil, color: String? = nil, style: LineStyle = .dashed)", mutating: true) { args, runtime in
            let (y, label, color, lineStyle) = (args[1].double, text(args[2]), text(args[3]), style(args[4], default: .dashed))
            return try draw(&args, runtime) { try $0.addHLine(y, label: label, color: color, style: lineStyle) }
        },
        Builtin(on: "Figure", "func vline(_ x: Double, label: String? = nil, color: String? = nil, style: LineStyle = .dashed)", mutating: true) { args, runtime in
            let (x, label, color, lineStyle) = (args[1].double, text(args[2]), text(args[3]), style(args[4], default: .dashed))
            return try draw(&args, runtime) { try $0.addVLine(x, label: label, color: color, style: lineStyle) }
        },
    ]

    private static let fields: [Builtin] = [
        Builtin(on: "Figure", "func contour(x: ClosedRange<Double>, y: ClosedRange<Double>, levels: Int = 7, filled: Bool = false, resolution: Int = 100, label: String? = nil, color: String? = nil, _ f: (Double, Double) -> Double)", mutating: true) { args, runtime in
            let (x, y, levels, filled, resolution) = (range(args[1]), range(args[2]), args[3].int, args[4].bool, args[5].int)
            let (label, color, f) = (text(args[6]), text(args[7]), scalarField(args[8]))
            return try draw(&args, runtime) {
                try $0.addContour(x: x, y: y, levels: levels, filled: filled, resolution: resolution, label: label,
                                  color: color, f)
            }
        },
        Builtin(on: "Figure", "func contour(x: ClosedRange<Double>, y: ClosedRange<Double>, levels: [Double], filled: Bool = false, resolution: Int = 100, label: String? = nil, color: String? = nil, _ f: (Double, Double) -> Double)", mutating: true) { args, runtime in
            let (x, y, levels, filled, resolution) = (range(args[1]), range(args[2]), doubles(args[3]), args[4].bool, args[5].int)
            let (label, color, f) = (text(args[6]), text(args[7]), scalarField(args[8]))
            return try draw(&args, runtime) {
                try $0.addContour(x: x, y: y, levels: levels, filled: filled, resolution: resolution, label: label,
                                  color: color, f)
            }
        },
        Builtin(on: "Figure", "func contour(_ Z: Matrix, x: ClosedRange<Double>, y: ClosedRange<Double>, levels: Int = 7, filled: Bool = false, label: String? = nil, color: String? = nil)", mutating: true) { args, runtime in
            let (z, x, y, levels, filled) = (args[1].matrix, range(args[2]), range(args[3]), args[4].int, args[5].bool)
            let (label, color) = (text(args[6]), text(args[7]))
            return try draw(&args, runtime) {
                try $0.addContour(z, x: x, y: y, levels: levels, filled: filled, label: label, color: color)
            }
        },
        Builtin(on: "Figure", "func contour(_ Z: Matrix, x: ClosedRange<Double>, y: ClosedRange<Double>, levels: [Double], filled: Bool = false, label: String? = nil, color: String? = nil)", mutating: true) { args, runtime in
            let (z, x, y, levels, filled) = (args[1].matrix, range(args[2]), range(args[3]), doubles(args[4]), args[5].bool)
            let (label, color) = (text(args[6]), text(args[7]))
            return try draw(&args, runtime) {
                try $0.addContour(z, x: x, y: y, levels: levels, filled: filled, label: label, color: color)
            }
        },
        Builtin(on: "Figure", "func vectorField(x: ClosedRange<Double>, y: ClosedRange<Double>, count: Int = 20, label: String? = nil, color: String? = nil, _ field: (Double, Double) -> (Double, Double))", mutating: true) { args, runtime in
            let (x, y, count, label, color) = (range(args[1]), range(args[2]), args[3].int, text(args[4]), text(args[5]))
            let field = vectorField(args[6])
            return try draw(&args, runtime) { try $0.addVectorField(x: x, y: y, count: count, label: label, color: color, field) }
        },
        Builtin(on: "Figure", "func streamlines(x: ClosedRange<Double>, y: ClosedRange<Double>, density: Double = 1, label: String? = nil, color: String? = nil, _ field: (Double, Double) -> (Double, Double))", mutating: true) { args, runtime in
            let (x, y, density, label, color) = (range(args[1]), range(args[2]), args[3].double, text(args[4]), text(args[5]))
            let field = vectorField(args[6])
            return try draw(&args, runtime) {
                try $0.addStreamlines(x: x, y: y, density: density, label: label, color: color, field)
            }
        },
    ]

    private static let charts: [Builtin] = [
        Builtin(on: "Figure", "func band(x xs: [Double], lower: [Double], upper: [Double], label: String? = nil, color: String? = nil)", mutating: true) { args, runtime in
            let (xs, lower, upper, label, color) = (doubles(args[1]), doubles(args[2]), doubles(args[3]), text(args[4]), text(args[5]))
            return try draw(&args, runtime) { try $0.addBand(x: xs, lower: lower, upper: upper, label: label, color: color) }
        },
        Builtin(on: "Figure", "func bar(_ values: [Double], labels: [String]? = nil, label: String? = nil, color: String? = nil)", mutating: true) { args, runtime in
            let (values, labels, label, color) = (doubles(args[1]), strings(args[2]), text(args[3]), text(args[4]))
            return try draw(&args, runtime) { try $0.addBar(values, labels: labels, label: label, color: color) }
        },
        Builtin(on: "Figure", "func bar(_ values: Matrix, labels: [String]? = nil, label: String? = nil, color: String? = nil)", mutating: true) { args, runtime in
            let (values, labels, label, color) = (args[1].matrix, strings(args[2]), text(args[3]), text(args[4]))
            return try draw(&args, runtime) { try $0.addBar(values, labels: labels, label: label, color: color) }
        },
        Builtin(on: "Figure", "func stem(_ values: [Double], label: String? = nil, color: String? = nil)", mutating: true) { args, runtime in
            let (values, label, color) = (doubles(args[1]), text(args[2]), text(args[3]))
            return try draw(&args, runtime) { try $0.addStem(values, label: label, color: color) }
        },
        Builtin(on: "Figure", "func stem(_ values: Matrix, label: String? = nil, color: String? = nil)", mutating: true) { args, runtime in
            let (values, label, color) = (args[1].matrix, text(args[2]), text(args[3]))
            return try draw(&args, runtime) { try $0.addStem(values, label: label, color: color) }
        },
        Builtin(on: "Figure", "func stem(x xs: [Double], _ values: [Double], label: String? = nil, color: String? = nil)", mutating: true) { args, runtime in
            let (xs, values, label, color) = (doubles(args[1]), doubles(args[2]), text(args[3]), text(args[4]))
            return try draw(&args, runtime) { try $0.addStem(x: xs, values, label: label, color: color) }
        },
        Builtin(on: "Figure", "func errorbar(x xs: [Double], y ys: [Double], error: [Double], label: String? = nil, color: String? = nil)", mutating: true) { args, runtime in
            let (xs, ys, error, label, color) = (doubles(args[1]), doubles(args[2]), doubles(args[3]), text(args[4]), text(args[5]))
            return try draw(&args, runtime) { try $0.addErrorbar(x: xs, y: ys, error: error, label: label, color: color) }
        },
        Builtin(on: "Figure", "func text(_ content: String, at position: (Double, Double), color: String? = nil, align: TextAlignment = .left)", mutating: true) { args, runtime in
            let (content, position, color, align) = (args[1].string, point(args[2]), text(args[3]), alignment(args[4]))
            return try draw(&args, runtime) { try $0.addText(content, at: position, color: color, align: align) }
        },
        Builtin(on: "Figure", "func arrow(from start: (Double, Double), to end: (Double, Double), text: String? = nil, color: String? = nil)", mutating: true) { args, runtime in
            let (start, end, label, color) = (point(args[1]), point(args[2]), text(args[3]), text(args[4]))
            return try draw(&args, runtime) { try $0.addArrow(from: start, to: end, text: label, color: color) }
        },
    ]

    private static let quick: [Builtin] = [
        Builtin("func plot(_ ys: [Double], label: String? = nil, title: String? = nil, xlabel: String? = nil, ylabel: String? = nil, xscale: AxisScale = .linear, yscale: AxisScale = .linear) -> Figure") { args, runtime in
            try made(plot(doubles(args[0]), label: text(args[1]), title: text(args[2]), xlabel: text(args[3]),
                          ylabel: text(args[4]), xscale: scale(args[5]), yscale: scale(args[6])), runtime)
        },
        Builtin("func plot(x xs: [Double], _ ys: [Double], label: String? = nil, title: String? = nil, xlabel: String? = nil, ylabel: String? = nil, xscale: AxisScale = .linear, yscale: AxisScale = .linear) -> Figure") { args, runtime in
            try made(plot(x: doubles(args[0]), doubles(args[1]), label: text(args[2]), title: text(args[3]), xlabel: text(args[4]),
                          ylabel: text(args[5]), xscale: scale(args[6]), yscale: scale(args[7])), runtime)
        },
        Builtin("func heatmap(_ matrix: Matrix, title: String? = nil) -> Figure") { args, runtime in
            try made(heatmap(args[0].matrix, title: text(args[1])), runtime)
        },
        Builtin("func histogram(_ values: [Double], bins: Int = 20, title: String? = nil, xlabel: String? = nil, ylabel: String? = nil) -> Figure") { args, runtime in
            try made(histogram(doubles(args[0]), bins: args[1].int, title: text(args[2]), xlabel: text(args[3]),
                               ylabel: text(args[4])), runtime)
        },
        Builtin("func scatter(x xs: [Double], y ys: [Double], label: String? = nil, title: String? = nil, xlabel: String? = nil, ylabel: String? = nil) -> Figure") { args, runtime in
            try made(scatter(x: doubles(args[0]), y: doubles(args[1]), label: text(args[2]), title: text(args[3]),
                             xlabel: text(args[4]), ylabel: text(args[5])), runtime)
        },
    ]

    /// An animation travels as a figure that shows it (`Figure(animation)`), so
    /// the report draws it wherever it draws figures; the checker keeps the two
    /// types apart.
    private static let animation: [Builtin] = [
        Builtin(static: "Animation", "init(title: String? = nil, duration: Double = 4)") { args, runtime in
            var animation = try Animation(title: text(args[0]), duration: args[1].double).validated()
            animation.callSite = site(runtime)
            return .figure(Figure(animation))
        },
        Builtin(on: "Animation", "func append(_ frame: Figure)", mutating: true) { args, _ in
            guard case .figure(let shown) = args[0], var animation = shown.animation, case .figure(let frame) = args[1] else {
                return .void
            }
            try animation.addFrame(try frame.validated())
            args[0] = .figure(Figure(animation))
            return .void
        },
        Builtin(on: "Animation", "var count: Int") { args, _ in
            guard case .figure(let shown) = args[0] else { return .int(0) }
            return .int(shown.animation?.frames.count ?? 0)
        },
        Builtin("func show(_ animation: Animation)") { args, runtime in
            if case .figure(let figure) = args[0] { runtime.figures.append(figure) }
            return .void
        },
    ]
}
