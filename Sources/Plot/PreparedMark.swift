/// A point in data coordinates.
struct DataPoint: Equatable {
    var x: Double
    var y: Double
}

/// A mark reduced to what can be drawn: finite points valid on the panel's
/// scales, colours resolved, histograms counted, level sets traced.
enum PreparedMark {
    /// Runs of consecutive drawable points; a skipped point breaks the line.
    case line(segments: [[DataPoint]], color: String, style: LineStyle, label: String?)
    case scatter(points: [DataPoint], color: String, label: String?)
    case histogram(edges: [Double], counts: [Double], color: String, opacity: Double, label: String?)
    /// `low`/`high`: the colour range (finite values' min and max).
    case heatmap(HeatmapMark, low: Double, high: Double)
    case reference(axis: Axis, value: Double, color: String, style: LineStyle, label: String?)
    case contourLines(ContourLines)
    case filledContour(FilledContour)
    case vectorField(SampledField, color: String, label: String?)
    case streamlines(StreamlinesMark, color: String)
    /// Runs of consecutive finite points; a skipped point breaks the band.
    case band(segments: [[BandPoint]], color: String, label: String?)
    case bar(bars: [DataPoint], color: String, opacity: Double, label: String?)
    case stem(points: [DataPoint], color: String, label: String?)
    case errorbar(points: [ErrorbarPoint], color: String, label: String?)
    case text(TextMark, color: String)
    case arrow(ArrowMark, color: String)

    var label: String? {
        switch self {
        case .line(_, _, _, let l), .scatter(_, _, let l), .histogram(_, _, _, _, let l), .reference(_, _, _, _, let l),
             .vectorField(_, _, let l), .band(_, _, let l), .bar(_, _, _, let l), .stem(_, _, let l),
             .errorbar(_, _, let l):
            return l
        case .contourLines(let c): return c.label
        case .filledContour(let c): return c.label
        case .streamlines(let m, _): return m.label
        case .heatmap, .text, .arrow: return nil
        }
    }

    /// The call that drew it: its Swift name is the `aria-label` of the mark's
    /// SVG group, as Observable Plot names its marks' groups.
    var call: PlotCall {
        switch self {
        case .line: .line
        case .scatter: .scatter
        case .histogram: .histogram
        case .heatmap: .heatmap
        case .reference(let axis, _, _, _, _): axis == .y ? .hline : .vline
        case .contourLines, .filledContour: .contour
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

    /// Drawing order, as matplotlib's z-order: images and filled contours,
    /// then areas, then lines and points, then annotations.
    var layer: Int {
        switch self {
        case .heatmap, .filledContour: 0
        case .histogram, .bar, .band: 1
        case .line, .scatter, .reference, .contourLines, .vectorField, .streamlines, .stem, .errorbar: 2
        case .text, .arrow: 3
        }
    }

    /// What the screen reader's summary counts it as (singular, plural).
    var summaryName: (String, String) {
        switch self {
        case .line: ("line", "lines")
        case .scatter: ("scatter series", "scatter series")
        case .histogram: ("histogram", "histograms")
        case .heatmap: ("heat map", "heat maps")
        case .reference: ("reference line", "reference lines")
        case .contourLines: ("set of level lines", "sets of level lines")
        case .filledContour: ("filled contour plot", "filled contour plots")
        case .vectorField: ("vector field", "vector fields")
        case .streamlines: ("set of streamlines", "sets of streamlines")
        case .band: ("band", "bands")
        case .bar: ("bar series", "bar series")
        case .stem: ("stem series", "stem series")
        case .errorbar: ("error bar series", "error bar series")
        case .text: ("text", "texts")
        case .arrow: ("arrow", "arrows")
        }
    }
}

/// One x of a band with its two bounds.
struct BandPoint: Equatable {
    var x: Double
    var lower: Double
    var upper: Double
}

struct ErrorbarPoint: Equatable {
    var x: Double
    var y: Double
    var error: Double
}

/// Level lines, each level with its polylines in data coordinates.
struct ContourLines {
    struct Level {
        var value: Double
        /// Written on the lines where it fits.
        var text: StyledText
        var lines: [[DataPoint]]
        var color: String
    }
    var levels: [Level]
    var label: String?
    /// The legend's colour: the given one, or the middle level's.
    var legendColor: String
}

/// Bands between consecutive levels, each the region of the lower level's
/// superlevel set minus the top level's (so values above the last level stay
/// unfilled), painted bottom band first.
struct FilledContour {
    struct Band {
        /// Closed polygons, combined with the even-odd rule.
        var polygons: [[DataPoint]]
        var color: String
    }
    var bands: [Band]
    var levels: [Double]
    var label: String?
}

/// How colours map to values in a panel: what its colour bar shows.
enum ColorScale {
    /// A continuous map (a heat map) over `low...high`.
    case continuous(low: Double, high: Double)
    /// Discrete bands between levels (filled contours), one colour each.
    case bands(levels: [Double], colors: [String])
}
