import Foundation

extension PreparedPanel {
    /// Traces a contour mark's levels (lines, or filled bands with their
    /// colour scale). Returns a warning when no level lies inside the data.
    mutating func prepareContour(_ m: ContourMark, _ skipped: inout SkipCount, row: Int, col: Int,
                                 series: Int) -> PlotWarning.Kind? {
        let finite = m.grid.values.filter(\.isFinite)
        skipped.nonFinite = m.grid.values.count - finite.count
        guard let low = finite.min(), let high = finite.max() else { return nil }
        includeDomain(m.grid.nodes.x, m.grid.nodes.y)
        let levels: [Double], texts: [StyledText]
        switch m.levels {
        case .count(let count):
            (levels, texts) = ContourLevels.nice(low: low, high: high, count: count, covering: m.filled)
        case .values(let values):
            (levels, texts) = (values, values.map { ContourLevels.texts([$0])[0] })
        }
        let tooDetailed = PlotWarning.Kind.contourTooDetailed(row: row, col: col, series: series,
                                                             limit: ContourLevels.maximumSegments)
        if m.filled {
            guard levels.count >= 2, levels[0] <= high, levels[levels.count - 1] > low else {
                return .levelsOutsideData(row: row, col: col, series: series, low: low, high: high)
            }
            guard let filled = Self.fill(m.grid, levels: levels, label: m.label) else { return tooDetailed }
            marks.append(.filledContour(filled))
            colorScale = .bands(levels: levels, colors: filled.bands.map(\.color))
            return nil
        }
        var lines: [ContourLines.Level] = []
        var budget = ContourLevels.maximumSegments
        for (index, level) in levels.enumerated() {
            guard let traced = MarchingSquares(grid: m.grid, level: level).lines(limit: budget) else { return tooDetailed }
            budget -= traced.reduce(0) { $0 + $1.count - 1 }
            guard !traced.isEmpty else { continue }
            lines.append(ContourLines.Level(value: level, text: texts[index], lines: traced,
                                            color: m.color ?? ContourLevels.lineColor(level, levels)))
        }
        guard !lines.isEmpty else { return .levelsOutsideData(row: row, col: col, series: series, low: low, high: high) }
        let legendColor = m.color ?? lines[lines.count / 2].color
        marks.append(.contourLines(ContourLines(levels: lines, label: m.label, legendColor: legendColor)))
        return nil
    }

    /// The bands of a filled contour: band k is {levels[k] ≤ f} minus
    /// {f > last level}, coloured at its middle value; non-finite samples count
    /// as below every level (left unfilled). Nil past
    /// ``ContourLevels/maximumSegments`` segments over all levels.
    static func fill(_ grid: SampledGrid, levels: [Double], label: String?) -> FilledContour? {
        let span = levels[levels.count - 1] - levels[0]
        let floor = levels[0] - max(span, 1)
        var finiteGrid = grid
        finiteGrid.values = grid.values.map { $0.isFinite ? $0 : floor }
        var budget = ContourLevels.maximumSegments
        func region(_ level: Double) -> [[DataPoint]]? {
            guard let polygons = ContourRegions.superlevelSet(finiteGrid, level: level, limit: budget) else { return nil }
            budget -= polygons.reduce(0) { $0 + $1.count }
            return polygons
        }
        guard let top = region(levels[levels.count - 1].nextUp) else { return nil }
        var bands: [FilledContour.Band] = []
        for k in 0..<(levels.count - 1) {
            guard budget > 0, let polygons = region(levels[k]) else { return nil }
            let middle = (levels[k] + levels[k + 1]) / 2
            let t = span > 0 ? (middle - levels[0]) / span : 0.5
            let (r, g, b) = Viridis.rgb(t)
            bands.append(FilledContour.Band(polygons: polygons + top, color: "#" + [r, g, b].map(Viridis.hexByte).joined()))
        }
        return FilledContour(bands: bands, levels: levels, label: label)
    }

    /// Bars of one series at x = 0, 1, 2, …; the axis gets category ticks.
    mutating func prepareBars(_ m: BarMark, color: String, opacity: Double, panel: Panel, _ skipped: inout SkipCount) {
        var bars: [DataPoint] = []
        for (index, value) in m.values.enumerated() where skipped.admits(Double(index), value, panel) {
            bars.append(DataPoint(x: Double(index), y: value))
        }
        let previous = self.bars
        self.bars = (max(previous?.count ?? 0, m.values.count), previous?.categories ?? m.categories)
        guard !bars.isEmpty else { return }
        x = .including(x, -0.4, Double(m.values.count) - 0.6)
        let values = bars.map(\.y)
        if panel.yscale == .log {
            y = .including(y, values.min()!, values.max()!)
        } else {
            // The baseline 0 is a sticky edge on the side where no bar reaches past it.
            y = .including(y, min(values.min()!, 0), max(values.max()!, 0),
                           stickyLow: values.allSatisfy { $0 >= 0 }, stickyHigh: values.allSatisfy { $0 <= 0 })
        }
        marks.append(.bar(bars: bars, color: color, opacity: opacity, label: m.label))
    }
}

/// Contour levels and their labels.
enum ContourLevels {
    /// Segments one contour call may draw over all its levels (a smooth
    /// function at the default resolution needs a few thousand): beyond it the
    /// data is noise at this resolution, and the call draws nothing, with a warning.
    static let maximumSegments = 100_000

    /// About `count` levels at multiples of a nice step (1, 2 or 5 × 10ᵏ),
    /// as matplotlib's `MaxNLocator` chooses them. For lines, only levels
    /// strictly inside (low, high) (a level at the extreme is a point);
    /// `covering`: from the multiple at or below `low` to the one at or above
    /// `high`, so filled bands cover every value.
    static func nice(low: Double, high: Double, count: Int, covering: Bool) -> (levels: [Double], texts: [StyledText]) {
        var (a, b) = (low, high)
        if b / 2 - a / 2 <= 1e-12 * max(abs(a), abs(b), 1e-300) {
            let d = max(abs(a), abs(b)) < 1e-300 ? 0.5 : max(abs(a), abs(b)) * 0.05
            (a, b) = (a - d, b + d)
        }
        let step = TickGenerator.Step(atLeast: (b / 2 - a / 2) / Double(max(count, 1)) * 2)
        let s = step.value
        let first = (a / s).rounded(.down), last = (b / s).rounded(.up)
        guard (last - first).isFinite, last - first <= 10_000, abs(first) < 1e15, abs(last) < 1e15 else {
            return ([], [])
        }
        var values = (Int(first)...Int(last)).map { step.scaled($0) }
        if !covering { values = values.filter { $0 > low && $0 < high } }
        return (values, TickGenerator.labels(values, step: step))
    }

    /// Labels for given levels: decimals, all with as many digits as the
    /// level that needs most (the shortest that reads back as its value to 6
    /// significant digits), or m×10ᵉ when the levels are far from 1.
    static func texts(_ levels: [Double]) -> [StyledText] {
        if TickLabelFormat.needsScientific(maxAbs: levels.map(abs).max() ?? 0) {
            return levels.map { TickLabelFormat.scientific($0, significantDigits: 3) }
        }
        let decimals = levels.map { value in
            (0...9).first { d in
                let scale = pow(10, Double(d))
                return abs((value * scale).rounded() / scale - value) <= 1e-6 * abs(value)
            } ?? 9
        }.max() ?? 0
        return levels.map { TickLabelFormat.decimal($0, decimals: decimals) }
    }

    /// A line's colour from the colour map by its level's place among all
    /// levels (the bright yellow end left out: too faint on white).
    static func lineColor(_ level: Double, _ levels: [Double]) -> String {
        let low = levels[0], high = levels[levels.count - 1]
        let t = high > low ? (level - low) / (high - low) : 0.5
        let (r, g, b) = Viridis.rgb(0.85 * t)
        return "#" + [r, g, b].map(Viridis.hexByte).joined()
    }
}
