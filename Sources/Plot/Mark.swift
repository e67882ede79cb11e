/// One drawing call of a panel, kept as given (data is filtered and scaled
/// only when rendering, so changing a scale afterwards is always correct).
/// Arguments were checked when the call was made; colours are valid paints.
enum Mark: Sendable, Codable {
    case line(LineMark)
    case scatter(ScatterMark)
    case histogram(HistogramMark)
    case heatmap(HeatmapMark)
    case reference(ReferenceMark)
    case contour(ContourMark)
    case vectorField(VectorFieldMark)
    case streamlines(StreamlinesMark)
    case band(BandMark)
    case bar(BarMark)
    case stem(StemMark)
    case errorbar(ErrorbarMark)
    case text(TextMark)
    case arrow(ArrowMark)

    var label: String? {
        switch self {
        case .line(let m): m.label
        case .scatter(let m): m.label
        case .histogram(let m): m.label
        case .reference(let m): m.label
        case .contour(let m): m.label
        case .vectorField(let m): m.label
        case .streamlines(let m): m.label
        case .band(let m): m.label
        case .bar(let m): m.label
        case .stem(let m): m.label
        case .errorbar(let m): m.label
        case .heatmap, .text, .arrow: nil
        }
    }

    /// The call that made it.
    var call: PlotCall {
        switch self {
        case .line: .line
        case .scatter: .scatter
        case .histogram: .histogram
        case .heatmap: .heatmap
        case .reference(let m): m.axis == .y ? .hline : .vline
        case .contour: .contour
        case .vectorField: .vectorField
        case .streamlines: .streamlines
        case .band: .band
        case .bar: .bar
        case .stem: .stem
        case .errorbar: .errorbar
        case .text: .text
        case .arrow: .arrow
        }
    }

    /// Text the mark draws besides its legend label (`$…$` typeset like labels).
    var annotation: String? {
        switch self {
        case .text(let m): m.content
        case .arrow(let m): m.text
        default: nil
        }
    }

    /// What drawing the mark costs beyond its data, in units of a grid cell
    /// visited or an integration step taken: the level sets of a contour
    /// (one pass over the grid per level), a streamline tracer's step budget,
    /// a vector field's arrows. Other marks cost what their data holds.
    var fieldWork: Int {
        switch self {
        case .contour(let m):
            let cells = (m.grid.nodes.rows - 1) * (m.grid.nodes.cols - 1)
            switch m.levels {
            case .count(let n): return cells * (n + 3)
            case .values(let v): return cells * (v.count + 1)
            }
        case .streamlines: return StreamlineTracer.maximumSteps
        case .vectorField(let m): return m.field.u.count
        default: return 0
        }
    }

    /// Whether the mark takes the next colour of the cycle when none is given
    /// (as matplotlib's `plot`, `bar`, `fill_between`, `stem`, `errorbar` and
    /// `streamplot` do; contours use the colour map, annotations black).
    var usesColorCycle: Bool {
        switch self {
        case .line, .scatter, .histogram, .streamlines, .band, .bar, .stem, .errorbar: true
        case .heatmap, .reference, .contour, .vectorField, .text, .arrow: false
        }
    }
}

struct LineMark: Sendable, Codable {
    /// `nil`: x is 0, 1, 2, … (the index), as `plt.plot(ys)` does.
    var x: [Double]?
    var y: [Double]
    var label: String?
    var color: String?
    var style: LineStyle
}

struct ScatterMark: Sendable, Codable {
    var x: [Double]
    var y: [Double]
    var label: String?
    var color: String?
}

struct HistogramMark: Sendable, Codable {
    var values: [Double]
    var binning: Binning
    /// Bar heights are densities (the bars' area is one), as numpy's `density=True`.
    var density: Bool
    var label: String?
    var color: String?

    enum Binning: Sendable, Codable {
        /// `count` equal bins over `range`, or over the data's min…max when nil.
        case count(Int, range: ClosedRange<Double>?)
        /// Explicit, strictly increasing edges.
        case edges([Double])
    }
}

struct HeatmapMark: Sendable, Codable {
    var rows: Int
    var cols: Int
    /// Row-major, `rows × cols`.
    var values: [Double]
}

struct ReferenceMark: Sendable, Codable {
    /// `.y`: a horizontal line at y = value; `.x`: a vertical one at x = value.
    var axis: Axis
    var value: Double
    var label: String?
    var color: String?
    var style: LineStyle
}

/// The nodes of a rectangular grid spanning `x` × `y` evenly, edges
/// included: node (i, j) is at x = x.low + j·Δx, y = y.low + i·Δy.
struct GridNodes: Sendable, Codable {
    var x: ClosedRange<Double>
    var y: ClosedRange<Double>
    /// Nodes along y (rows) and along x (columns), each at least 2.
    var rows: Int
    var cols: Int

    var dx: Double { (x.upperBound - x.lowerBound) / Double(cols - 1) }
    var dy: Double { (y.upperBound - y.lowerBound) / Double(rows - 1) }
    func xNode(_ j: Int) -> Double { j == cols - 1 ? x.upperBound : x.lowerBound + Double(j) * dx }
    func yNode(_ i: Int) -> Double { i == rows - 1 ? y.upperBound : y.lowerBound + Double(i) * dy }
}

/// A function of two variables sampled at a grid's nodes.
struct SampledGrid: Sendable, Codable {
    var nodes: GridNodes
    /// Row-major, `rows × cols`; row 0 is y = y.lowerBound.
    var values: [Double]

    func value(_ i: Int, _ j: Int) -> Double { values[i * nodes.cols + j] }
}

/// A vector field `(u, v)` sampled at a grid's nodes, row-major as in ``SampledGrid``.
struct SampledField: Sendable, Codable {
    var nodes: GridNodes
    var u: [Double]
    var v: [Double]
}

struct ContourMark: Sendable, Codable {
    var grid: SampledGrid
    var levels: Levels
    var filled: Bool
    /// One colour for every line; nil: each level's colour from the colour map.
    var color: String?
    var label: String?

    enum Levels: Sendable, Codable {
        /// About this many nicely rounded levels over the sampled range.
        case count(Int)
        /// Exactly these (strictly increasing).
        case values([Double])
    }
}

struct VectorFieldMark: Sendable, Codable {
    /// Arrows sit at the nodes: the centres of `count × count` cells tiling `domain`.
    var field: SampledField
    var domain: PlotDomain
    var color: String?
    var label: String?
}

struct StreamlinesMark: Sendable, Codable {
    /// Sampled at the nodes of a grid over the domain, interpolated bilinearly.
    var field: SampledField
    /// 1: lines about 1/30 of the plot's width apart; 2: twice as dense.
    var density: Double
    var color: String?
    var label: String?
}

struct BandMark: Sendable, Codable {
    var x: [Double]
    var lower: [Double]
    var upper: [Double]
    var label: String?
    var color: String?
}

struct BarMark: Sendable, Codable {
    var values: [Double]
    /// Category names under the bars (bar i at x = i).
    var categories: [String]?
    var label: String?
    var color: String?
}

struct StemMark: Sendable, Codable {
    /// `nil`: x is 0, 1, 2, …
    var x: [Double]?
    var y: [Double]
    var label: String?
    var color: String?
}

struct ErrorbarMark: Sendable, Codable {
    var x: [Double]
    var y: [Double]
    /// Half the bar's length: the bar spans y ± error.
    var error: [Double]
    var label: String?
    var color: String?
}

struct TextMark: Sendable, Codable {
    var content: String
    var x: Double
    var y: Double
    var color: String?
    var align: TextAlignment
}

struct ArrowMark: Sendable, Codable {
    var from: PlotPoint
    var to: PlotPoint
    /// Written at the tail, on the side away from the arrow (matplotlib's `annotate`).
    var text: String?
    var color: String?
}

/// A point in data coordinates (an arrow's ends).
struct PlotPoint: Sendable, Codable {
    var x: Double
    var y: Double
}

/// The rectangle a field was sampled over.
struct PlotDomain: Sendable, Codable {
    var x: ClosedRange<Double>
    var y: ClosedRange<Double>
}
