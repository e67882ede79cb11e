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
    }

    init(panel: Panel, prepared: PreparedPanel, frame: Rect, hasTitle: Bool) {
        let image = prepared.image
        let xScale = image == nil ? panel.xscale : .linear, yScale = image == nil ? panel.yscale : .linear
        let xDomain = AxisMap.domain(extent: prepared.x, limits: panel.xLimits, scale: xScale, padded: image == nil)
        let yDomain = AxisMap.domain(extent: prepared.y, limits: panel.yLimits, scale: yScale, padded: image == nil)
        let colorRange = prepared.marks.lazy.compactMap { mark -> (low: Double, high: Double)? in
            guard case .heatmap(_, let low, let high) = mark else { return nil }
            return AxisMap.domain(extent: DataExtent(low: low, high: high), limits: nil, scale: .linear, padded: false)
        }.last

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
            xTicks = Self.fitTicks(x, horizontal: true, matrixSize: image?.cols)
            yTicks = Self.fitTicks(y, horizontal: false, matrixSize: image?.rows)
            colorbar = colorRange.map { range in
                let map = AxisMap(scale: .linear, low: range.low, high: range.high, start: plot.maxY, end: plot.y)
                let bar = Rect(x: plot.maxX + Typography.colorbarGap, y: plot.y,
                               width: Typography.colorbarWidth, height: plot.height)
                return Colorbar(bar: bar, map: map, ticks: Self.fitTicks(map, horizontal: false, matrixSize: nil,
                                                                         spacing: Typography.tickFont * 2))
            }
            if round == 3 { break }
            plot = Self.plotRect(panel: panel, frame: frame, hasTitle: hasTitle, x: x, xTicks: xTicks,
                                 yTicks: yTicks, colorbar: colorbar)
            if let image { plot = Self.squareCells(plot, rows: image.rows, cols: image.cols) }
        }
    }

    /// The plot rectangle leaving room for the measured labels around it.
    private static func plotRect(panel: Panel, frame: Rect, hasTitle: Bool, x: AxisMap, xTicks: AxisTicks,
                                 yTicks: AxisTicks, colorbar: Colorbar?) -> Rect {
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
    static func fitTicks(_ map: AxisMap, horizontal: Bool, matrixSize: Int?, spacing: Double? = nil) -> AxisTicks {
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
    private static func thinned(_ ticks: AxisTicks, _ map: AxisMap, horizontal: Bool) -> AxisTicks {
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

    private static func labelsFit(_ ticks: AxisTicks, _ map: AxisMap, horizontal: Bool) -> Bool {
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
