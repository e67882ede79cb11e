import Foundation

/// Where everything of one panel goes: the plot rectangle, the axis
/// mappings and ticks, and the colour bar of a heat map.
///
/// Margins are not fixed: they are computed from the measured widths of the
/// tick labels chosen (and those depend on the plot size, so the layout
/// iterates to a fixed point; three rounds settle every case in practice).
/// Tick counts are reduced until neighbouring labels have at least 10 px
/// between them on the x axis and 1.5 lines on the y axis, so labels never
/// overlap.
struct PanelLayout {
    var plot: Rect
    var x: AxisMap
    var y: AxisMap
    var xTicks: AxisTicks
    var yTicks: AxisTicks
    var colorbar: Colorbar?

    struct Colorbar {
        var bar: Rect
        var map: AxisMap
        var ticks: AxisTicks
        var scale: ColorScale
    }

    /// Between the plot (or colour bar) and a legend placed outside.
    static let outsideLegendGap = 10.0

    init(panel: Panel, prepared: PreparedPanel, frame: Rect, hasTitle: Bool) {
        let image = prepared.image
        let xScale = image == nil ? panel.xscale : .linear, yScale = image == nil ? panel.yscale : .linear
        let xDomain = AxisMap.domain(extent: prepared.x, limits: panel.xLimits, scale: xScale, padded: image == nil)
        let yDomain = AxisMap.domain(extent: prepared.y, limits: panel.yLimits, scale: yScale, padded: image == nil)
        let colorScale = prepared.colorScale
        let colorRange: (low: Double, high: Double)? = colorScale.map { scale in
            switch scale {
            case .continuous(let low, let high): return (low, high)
            case .bands(let levels, _): return (levels[0], levels[levels.count - 1])
            }
        }
        // Ticks at a heat map's matrix indices, or at bars named by categories.
        let xIndices = image?.cols
        let categories = image == nil ? prepared.bars?.categories : nil
        let legendWidth = panel.legend == .outside ? Legend(prepared).frameWidth : nil

        plot = Rect(x: frame.x + 50, y: frame.y + 20, width: frame.width - 70, height: frame.height - 60)
        x = AxisMap(scale: xScale, low: xDomain.low, high: xDomain.high, start: 0, end: 1)
        y = x
        xTicks = AxisTicks(major: [], minor: [])
        yTicks = xTicks
        for round in 0..<4 {
            x = AxisMap(scale: xScale, low: xDomain.low, high: xDomain.high, start: plot.x, end: plot.maxX)
            y = image == nil
                ? AxisMap(scale: yScale, low: yDomain.low, high: yDomain.high, start: plot.maxY, end: plot.y)
                : AxisMap(scale: yScale, low: yDomain.low, high: yDomain.high, start: plot.y, end: plot.maxY)
            xTicks = Self.fitTicks(x, horizontal: true, matrixSize: xIndices, categories: categories)
            yTicks = Self.fitTicks(y, horizontal: false, matrixSize: image?.rows)
            if let colorScale, let colorRange {
                let map = AxisMap(scale: .linear, low: colorRange.low, high: colorRange.high, start: plot.maxY, end: plot.y)
                let bar = Rect(x: plot.maxX + Typography.colorbarGap, y: plot.y,
                               width: Typography.colorbarWidth, height: plot.height)
                var ticks = Self.fitTicks(map, horizontal: false, matrixSize: nil, spacing: Typography.tickFont * 2)
                if case .bands(let levels, _) = colorScale { ticks = Self.levelTicks(levels, map) }
                colorbar = Colorbar(bar: bar, map: map, ticks: ticks, scale: colorScale)
            }
            if round == 3 { break }
            plot = Self.plotRect(panel: panel, frame: frame, hasTitle: hasTitle, x: x, xTicks: xTicks,
                                 yTicks: yTicks, colorbar: colorbar, legendWidth: legendWidth)
            if let image { plot = Self.squareCells(plot, rows: image.rows, cols: image.cols) }
            if image == nil && panel.aspect == .equal {
                plot = Self.equalUnits(plot, xSpan: x.span, ySpan: y.span)
            }
        }
    }

    /// The plot rectangle shrunk along one side, centred, so that a unit (a
    /// decade on a log axis) is as long on x as on y.
    static func equalUnits(_ plot: Rect, xSpan: Double, ySpan: Double) -> Rect {
        guard xSpan > 0, ySpan > 0, xSpan.isFinite, ySpan.isFinite else { return plot }
        let unit = min(plot.width / xSpan, plot.height / ySpan)
        let width = unit * xSpan, height = unit * ySpan
        return Rect(x: plot.x + (plot.width - width) / 2, y: plot.y + (plot.height - height) / 2,
                    width: width, height: height)
    }

    /// A filled contour's colour bar: a tick at every level boundary, labelled
    /// as the levels are (every k-th when they would collide).
    private static func levelTicks(_ levels: [Double], _ map: AxisMap) -> AxisTicks {
        let ticks = AxisTicks(major: zip(levels, ContourLevels.texts(levels)).map { Tick(value: $0, label: $1) }, minor: [])
        return labelsFit(ticks, map, horizontal: false) ? ticks : thinned(ticks, map, horizontal: false)
    }

    /// The plot rectangle leaving room for the measured labels around it.
    private static func plotRect(panel: Panel, frame: Rect, hasTitle: Bool, x: AxisMap, xTicks: AxisTicks,
                                 yTicks: AxisTicks, colorbar: Colorbar?, legendWidth: Double?) -> Rect {
        let font = Typography.tickFont
        let tickSpace = Typography.majorTick + Typography.tickGap
        let yLabelWidth = yTicks.major.map { $0.label.width(fontSize: font) }.max() ?? 0
        let xSuperscript = xTicks.major.contains { $0.label.hasSuperscript }
        let ySuperscript = yTicks.major.contains { $0.label.hasSuperscript }

        // The first x tick label may stick out past the plot's left edge.
        let leftOverhang = xTicks.major.map { $0.label.width(fontSize: font) / 2 - (x.pixel($0.value) - x.start) }.max() ?? 0
        let left = max(Typography.outerPad + (panel.ylabel == nil ? 0 : Typography.labelFont * 1.2 + 4)
                       + yLabelWidth + tickSpace, Typography.outerPad + leftOverhang)
        let bottom = tickSpace + font * (xSuperscript ? 1.3 : 1.0) + Typography.outerPad + 2
            + (panel.xlabel == nil ? 0 : Typography.labelFont * 1.2 + 4)
        let top = Typography.outerPad + (hasTitle ? Typography.titleFont * 1.3 + 6 : 0)
            + font * (ySuperscript ? 0.9 : 0.6)
        var right = Typography.outerPad
        // The last x tick label may stick out past the plot's right edge.
        let overhang = xTicks.major.map { x.pixel($0.value) + $0.label.width(fontSize: font) / 2 - x.end }.max() ?? 0
        if let colorbar {
            let labels = colorbar.ticks.major.map { $0.label.width(fontSize: font) }.max() ?? 0
            right += Typography.colorbarGap + Typography.colorbarWidth + tickSpace + labels
        } else {
            right = max(right + max(overhang, 0), 12)
        }
        if let legendWidth { right += legendWidth + outsideLegendGap }
        return Rect(x: frame.x + left, y: frame.y + top,
                    width: max(frame.width - left - right, 10), height: max(frame.height - top - bottom, 10))
    }

    /// A heat map's plot rectangle shrunk so that cells are square (unless
    /// the matrix is more than 8 times wider than tall, or the reverse),
    /// centred horizontally, top edge kept.
    private static func squareCells(_ plot: Rect, rows: Int, cols: Int) -> Rect {
        let ratio = Double(cols) / Double(rows)
        guard ratio <= 8, ratio >= 1.0 / 8 else { return plot }
        let cell = min(plot.width / Double(cols), plot.height / Double(rows))
        let width = cell * Double(cols)
        return Rect(x: plot.x + (plot.width - width) / 2, y: plot.y, width: width, height: cell * Double(rows))
    }

    /// The most ticks (by default up to one per 4 font sizes across, 2.8
    /// up: matplotlib's density) whose labels do not collide. `matrixSize`: a
    /// heat-map axis, integer ticks 0…n−1 only. A colour bar, with nothing
    /// beside its labels, asks for a denser `spacing`.
    static func fitTicks(_ map: AxisMap, horizontal: Bool, matrixSize: Int?, categories: [String]? = nil,
                         spacing: Double? = nil) -> AxisTicks {
        if let categories {
            let ticks = AxisTicks(major: categories.enumerated().map { index, name in
                Tick(value: Double(index), label: StyledText(LabelText(name).plain))
            }, minor: [])
            return labelsFit(ticks, map, horizontal: horizontal) ? ticks : thinned(ticks, map, horizontal: horizontal)
        }
        let length = abs(map.end - map.start)
        let spacing = spacing ?? Typography.tickFont * (horizontal ? 4 : 2.8)
        var target = min(max(Int(length / spacing), 2), 10)
        while true {
            let ticks = generate(map, target: target, matrixSize: matrixSize)
            if labelsFit(ticks, map, horizontal: horizontal) { return ticks }
            if target <= 2 { return thinned(ticks, map, horizontal: horizontal) }
            target -= 1
        }
    }

    /// Last resort for very long labels on a short axis: label only every
    /// k-th tick (k = 2, 3, …), keeping the tick marks, until labels fit.
    static func thinned(_ ticks: AxisTicks, _ map: AxisMap, horizontal: Bool) -> AxisTicks {
        for k in 2...max(2, ticks.major.count) {
            var thinned = ticks
            for i in thinned.major.indices where i % k != 0 { thinned.major[i].label = StyledText("") }
            if labelsFit(thinned, map, horizontal: horizontal) { return thinned }
        }
        var first = ticks
        for i in first.major.indices.dropFirst() { first.major[i].label = StyledText("") }
        return first
    }

    private static func generate(_ map: AxisMap, target: Int, matrixSize: Int?) -> AxisTicks {
        if let n = matrixSize {
            guard n > 1 else { return AxisTicks(major: [Tick(value: 0, label: StyledText("0"))], minor: []) }
            let ticks = TickGenerator.linear(low: 0, high: Double(n - 1), target: target)
            let integers = ticks.major.map(\.value).filter { $0 == $0.rounded() }
            return AxisTicks(major: integers.map { Tick(value: $0, label: TickLabelFormat.decimal($0, decimals: 0)) },
                             minor: [])
        }
        switch map.scale {
        case .linear: return TickGenerator.linear(low: map.low, high: map.high, target: target)
        case .log: return TickGenerator.log(low: map.low, high: map.high, target: target,
                                            pixelsPerDecade: map.pixelsPerDecade)
        }
    }

    static func labelsFit(_ ticks: AxisTicks, _ map: AxisMap, horizontal: Bool) -> Bool {
        let font = Typography.tickFont
        let lineGap = font * (ticks.major.contains { $0.label.hasSuperscript } ? 1.8 : 1.5)
        let labelled = ticks.major.filter { !$0.label.plain.isEmpty }
        for (a, b) in zip(labelled, labelled.dropFirst()) {
            let distance = abs(map.pixel(b.value) - map.pixel(a.value))
            let needed = horizontal
                ? (a.label.width(fontSize: font) + b.label.width(fontSize: font)) / 2 + 10
                : lineGap
            if distance < needed { return false }
        }
        return true
    }
}
