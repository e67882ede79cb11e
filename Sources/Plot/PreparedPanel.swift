import Foundation

/// The range of data along one axis. A sticky end is a natural edge (a
/// histogram's baseline 0, the edge of a contour's grid) and gets no padding,
/// as matplotlib's sticky edges; it stays sticky while no data lies beyond it.
struct DataExtent: Equatable {
    var low: Double
    var high: Double
    var stickyLow = false
    var stickyHigh = false

    static func including(_ extent: DataExtent?, _ low: Double, _ high: Double, stickyLow: Bool = false,
                          stickyHigh: Bool = false) -> DataExtent {
        guard let extent else { return DataExtent(low: low, high: high, stickyLow: stickyLow, stickyHigh: stickyHigh) }
        return DataExtent(low: Swift.min(extent.low, low), high: Swift.max(extent.high, high),
                          stickyLow: (extent.stickyLow && extent.low <= low) || (stickyLow && low <= extent.low),
                          stickyHigh: (extent.stickyHigh && extent.high >= high) || (stickyHigh && high >= extent.high))
    }

    /// Both extents' range (for shared axes); sticky where both agree.
    static func union(_ a: DataExtent?, _ b: DataExtent?) -> DataExtent? {
        guard let b else { return a }
        return including(a, b.low, b.high, stickyLow: b.stickyLow, stickyHigh: b.stickyHigh)
    }
}

/// A panel's marks filtered for drawing, with the data extents that fix the
/// axes and the warnings for every point left out. Marks keep the order of
/// the calls (the legend's order); ``drawingOrder`` sorts them into layers.
struct PreparedPanel {
    static let referenceColor = "#404040"
    static let annotationColor = "#000"
    static let vectorFieldColor = "#555555"

    var marks: [PreparedMark] = []
    var x: DataExtent?
    var y: DataExtent?
    /// Set when the panel shows a heat map: axes are matrix indices, y downwards.
    var image: (rows: Int, cols: Int)?
    /// Set when the panel shows bars: with categories (the first bar series
    /// given labels), x ticks at the bars' positions 0…count−1 named by them.
    var bars: (count: Int, categories: [String]?)?
    /// What the colour bar shows (the last heat map or filled contour drawn).
    var colorScale: ColorScale?
    /// Each warning with the index of the mark (call) it is about.
    var warnings: [(series: Int, warning: PlotWarning.Kind)] = []
    /// For each prepared mark, the index of the panel's mark (call) it comes from.
    var sources: [Int] = []

    /// Whether anything at all will be drawn.
    var hasData: Bool { !marks.isEmpty }

    /// Marks by layer (stable: calls in order within a layer).
    var drawingOrder: [PreparedMark] {
        marks.enumerated().sorted { ($0.element.layer, $0.offset) < ($1.element.layer, $1.offset) }.map(\.element)
    }

    init(panel: Panel, row: Int, col: Int) {
        var cycle = 0
        let histograms = panel.marks.filter { if case .histogram = $0 { return true } else { return false } }.count
        let barSeries = panel.marks.filter { if case .bar = $0 { return true } else { return false } }.count
        for (index, mark) in panel.marks.enumerated() {
            var color = Palette.cycleColor(cycle)
            if mark.usesColorCycle { cycle += 1 }
            var skipped = SkipCount()
            switch mark {
            case .line(let m):
                if let c = m.color { color = c }
                let xs = m.x ?? (0..<m.y.count).map(Double.init)
                let segments = Self.runs(zip(xs, m.y).map { DataPoint(x: $0, y: $1) }) { skipped.admits($0.x, $0.y, panel) }
                if !segments.isEmpty {
                    for p in segments.joined() { include(p) }
                    marks.append(.line(segments: segments, color: color, style: m.style, label: m.label))
                }
            case .scatter(let m):
                if let c = m.color { color = c }
                let points = zip(m.x, m.y).filter { skipped.admits($0, $1, panel) }.map { DataPoint(x: $0, y: $1) }
                if !points.isEmpty {
                    for p in points { include(p) }
                    marks.append(.scatter(points: points, color: color, label: m.label))
                }
            case .histogram(let m):
                if let c = m.color { color = c }
                let values = m.values.filter { skipped.admits($0, nil, panel) }
                if let (edges, counts) = Self.bin(values, m.binning, density: m.density, log: panel.xscale == .log) {
                    x = .including(x, edges[0], edges[edges.count - 1])
                    let positive = counts.filter { $0 > 0 }
                    if panel.yscale == .log {
                        y = .including(y, positive.min() ?? 1, positive.max() ?? 1)
                    } else {
                        y = .including(y, 0, counts.max() ?? 1, stickyLow: true)
                    }
                    marks.append(.histogram(edges: edges, counts: counts, color: color,
                                            opacity: histograms > 1 ? 0.6 : 1, label: m.label))
                }
            case .heatmap(let m):
                let finite = m.values.filter(\.isFinite)
                skipped.nonFinite = m.values.count - finite.count
                if let low = finite.min(), let high = finite.max() {
                    image = (m.rows, m.cols)
                    marks.append(.heatmap(m, low: low, high: high))
                    let range = AxisMap.domain(extent: DataExtent(low: low, high: high), limits: nil, scale: .linear,
                                               padded: false)
                    colorScale = .continuous(low: range.low, high: range.high)
                }
            case .reference(let m):
                let scale = m.axis == .x ? panel.xscale : panel.yscale
                if scale == .log && m.value <= 0 {
                    skipped.record(nonPositive: m.axis)
                } else {
                    if m.axis == .x { x = .including(x, m.value, m.value) } else { y = .including(y, m.value, m.value) }
                    marks.append(.reference(axis: m.axis, value: m.value, color: m.color ?? Self.referenceColor,
                                            style: m.style, label: m.label))
                }
            case .contour(let m):
                if let warning = prepareContour(m, &skipped, row: row, col: col, series: index) {
                    warnings.append((index, warning))
                }
            case .vectorField(let m):
                skipped.nonFinite = zip(m.field.u, m.field.v).filter { !$0.isFinite || !$1.isFinite }.count
                includeDomain(m.domain.x, m.domain.y)
                marks.append(.vectorField(m.field, color: m.color ?? Self.vectorFieldColor, label: m.label))
            case .streamlines(let m):
                skipped.nonFinite = zip(m.field.u, m.field.v).filter { !$0.isFinite || !$1.isFinite }.count
                includeDomain(m.field.nodes.x, m.field.nodes.y)
                marks.append(.streamlines(m, color: m.color ?? color))
            case .band(let m):
                if let c = m.color { color = c }
                let points = (0..<m.x.count).map { BandPoint(x: m.x[$0], lower: m.lower[$0], upper: m.upper[$0]) }
                let segments = Self.runs(points) { skipped.admits($0.x, all: [$0.lower, $0.upper], panel) }
                if !segments.isEmpty {
                    for p in segments.joined() {
                        include(DataPoint(x: p.x, y: p.lower))
                        include(DataPoint(x: p.x, y: p.upper))
                    }
                    marks.append(.band(segments: segments, color: color, label: m.label))
                }
            case .bar(let m):
                if let c = m.color { color = c }
                prepareBars(m, color: color, opacity: barSeries > 1 ? 0.7 : 1, panel: panel, &skipped)
            case .stem(let m):
                if let c = m.color { color = c }
                let xs = m.x ?? (0..<m.y.count).map(Double.init)
                let points = zip(xs, m.y).filter { skipped.admits($0, $1, panel) }.map { DataPoint(x: $0, y: $1) }
                if !points.isEmpty {
                    for p in points {
                        include(p)
                        if panel.yscale == .linear { include(DataPoint(x: p.x, y: 0)) }
                    }
                    marks.append(.stem(points: points, color: color, label: m.label))
                }
            case .errorbar(let m):
                if let c = m.color { color = c }
                var points: [ErrorbarPoint] = []
                for i in m.x.indices where skipped.admits(m.x[i], all: [m.y[i], m.y[i] + m.error[i]], panel) {
                    let point = ErrorbarPoint(x: m.x[i], y: m.y[i], error: m.error[i])
                    points.append(point)
                    include(DataPoint(x: point.x, y: point.y + point.error))
                    // On a log axis a bar reaching 0 or below is cut at the frame, as matplotlib clips it.
                    if panel.yscale == .linear || point.y - point.error > 0 {
                        include(DataPoint(x: point.x, y: point.y - point.error))
                    }
                }
                if !points.isEmpty { marks.append(.errorbar(points: points, color: color, label: m.label)) }
            case .text(let m):
                if skipped.admits(m.x, m.y, panel) {
                    include(DataPoint(x: m.x, y: m.y))
                    marks.append(.text(m, color: m.color ?? Self.annotationColor))
                }
            case .arrow(let m):
                if skipped.admits(m.from.x, m.from.y, panel), skipped.admits(m.to.x, m.to.y, panel) {
                    include(DataPoint(x: m.from.x, y: m.from.y))
                    include(DataPoint(x: m.to.x, y: m.to.y))
                    marks.append(.arrow(m, color: m.color ?? Self.annotationColor))
                }
            }
            warnings += skipped.warnings(row: row, col: col, series: index).map { (index, $0) }
            sources += Array(repeating: index, count: marks.count - sources.count)
        }
        if let image {
            x = DataExtent(low: -0.5, high: Double(image.cols) - 0.5)
            y = DataExtent(low: -0.5, high: Double(image.rows) - 0.5)
        }
        dropAnnotationsOutside(panel: panel, row: row, col: col)
    }

    mutating func include(_ p: DataPoint) {
        x = .including(x, p.x, p.x)
        y = .including(y, p.y, p.y)
    }

    /// A field's domain: the axes end at its edges (no padding there).
    mutating func includeDomain(_ xs: ClosedRange<Double>, _ ys: ClosedRange<Double>) {
        x = .including(x, xs.lowerBound, xs.upperBound, stickyLow: true, stickyHigh: true)
        y = .including(y, ys.lowerBound, ys.upperBound, stickyLow: true, stickyHigh: true)
    }

    /// Runs of consecutive elements that `admits` accepts (each run non-empty).
    static func runs<T>(_ elements: [T], _ admits: (T) -> Bool) -> [[T]] {
        var runs: [[T]] = [[]]
        for element in elements {
            if admits(element) {
                runs[runs.count - 1].append(element)
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }

    /// Text and arrows whose points fall outside the axis ranges (set by
    /// `xlim`/`ylim`) are not drawn: a warning says so.
    private mutating func dropAnnotationsOutside(panel: Panel, row: Int, col: Int) {
        guard image == nil, panel.xLimits != nil || panel.yLimits != nil else { return }
        let xd = AxisMap.domain(extent: x, limits: panel.xLimits, scale: panel.xscale)
        let yd = AxisMap.domain(extent: y, limits: panel.yLimits, scale: panel.yscale)
        func inside(_ px: Double, _ py: Double) -> Bool {
            (xd.low...xd.high).contains(px) && (yd.low...yd.high).contains(py)
        }
        var kept: [PreparedMark] = [], keptSources: [Int] = []
        for (mark, call) in zip(marks, sources) {
            var visible = true
            if case .text(let m, _) = mark { visible = inside(m.x, m.y) }
            if case .arrow(let m, _) = mark { visible = inside(m.from.x, m.from.y) && inside(m.to.x, m.to.y) }
            if visible {
                kept.append(mark)
                keptSources.append(call)
            } else {
                warnings.append((call, .outsideAxes(row: row, col: col, series: call)))
            }
        }
        marks = kept
        sources = keptSources
    }
}

/// Counts the points a mark leaves out, by reason.
struct SkipCount {
    var nonFinite = 0
    var nonPositiveX = 0
    var nonPositiveY = 0

    /// Whether (x, y) can be drawn on the panel's scales; counts it if not.
    /// `y == nil`: only x matters (histogram values).
    mutating func admits(_ x: Double, _ y: Double?, _ panel: Panel) -> Bool {
        guard x.isFinite, y?.isFinite ?? true else { nonFinite += 1; return false }
        if panel.xscale == .log && x <= 0 { nonPositiveX += 1; return false }
        if let y, panel.yscale == .log && y <= 0 { nonPositiveY += 1; return false }
        return true
    }

    /// Whether (x, y) can be drawn for every y of `ys` (a band's two bounds,
    /// an error bar's ends); counts one point if not.
    mutating func admits(_ x: Double, all ys: [Double], _ panel: Panel) -> Bool {
        guard x.isFinite, ys.allSatisfy(\.isFinite) else { nonFinite += 1; return false }
        if panel.xscale == .log && x <= 0 { nonPositiveX += 1; return false }
        if panel.yscale == .log && ys.contains(where: { $0 <= 0 }) { nonPositiveY += 1; return false }
        return true
    }

    mutating func record(nonPositive axis: Axis) {
        if axis == .x { nonPositiveX += 1 } else { nonPositiveY += 1 }
    }

    func warnings(row: Int, col: Int, series: Int) -> [PlotWarning.Kind] {
        var out: [PlotWarning.Kind] = []
        if nonFinite > 0 { out.append(.nonFiniteSkipped(row: row, col: col, series: series, count: nonFinite)) }
        if nonPositiveX > 0 {
            out.append(.nonPositiveOnLogAxis(row: row, col: col, series: series, axis: .x, count: nonPositiveX))
        }
        if nonPositiveY > 0 {
            out.append(.nonPositiveOnLogAxis(row: row, col: col, series: series, axis: .y, count: nonPositiveY))
        }
        return out
    }
}

extension PreparedPanel {
    /// An animation's frames (per frame, per panel) on shared axes: per panel,
    /// the first frame with every frame's extents, bar counts and heat-map
    /// colour range merged (what the layout uses), and the frames with their
    /// heat maps coloured over that shared range.
    static func shared(_ frames: [[PreparedPanel]]) -> (layout: [PreparedPanel], frames: [[PreparedPanel]]) {
        var layout = frames[0]
        for index in layout.indices {
            for frame in frames.dropFirst() {
                let other = frame[index]
                layout[index].x = .union(layout[index].x, other.x)
                layout[index].y = .union(layout[index].y, other.y)
                if let bars = other.bars {
                    layout[index].bars = (max(layout[index].bars?.count ?? 0, bars.count),
                                          layout[index].bars?.categories ?? bars.categories)
                }
                if layout[index].image == nil { layout[index].image = other.image }
                if case .continuous(let low, let high)? = other.colorScale {
                    if case .continuous(let l0, let h0)? = layout[index].colorScale {
                        layout[index].colorScale = .continuous(low: min(l0, low), high: max(h0, high))
                    } else if layout[index].colorScale == nil {
                        layout[index].colorScale = other.colorScale
                    }
                }
            }
        }
        var recoloured = frames
        for k in recoloured.indices {
            for index in recoloured[k].indices {
                guard case .continuous(let low, let high)? = layout[index].colorScale else { continue }
                recoloured[k][index].marks = recoloured[k][index].marks.map { mark in
                    if case .heatmap(let m, _, _) = mark { return .heatmap(m, low: low, high: high) }
                    return mark
                }
            }
        }
        return (layout, recoloured)
    }
}
