import Linalg

/// Functions of two variables and vector fields: level sets, arrows and
/// streamlines, the pictures of a phase portrait.
///
/// ```swift
/// var fig = Figure(title: "(uv − 1)²", xlabel: "$u$", ylabel: "$v$", aspect: .equal)
/// fig.contour(x: -2...2, y: -2...2, levels: [0.05, 0.25, 1, 4]) { u, v in (u * v - 1) * (u * v - 1) }
/// fig.streamlines(x: -2...2, y: -2...2) { u, v in (-2 * (u * v - 1) * v, -2 * (u * v - 1) * u) }
/// ```
///
/// A closure is sampled when the call is made (on a grid: `resolution` nodes
/// per side for `contour`, 80 for `streamlines`, the arrows' positions for
/// `vectorField`), never while rendering. Non-finite samples are left out and
/// reported in ``Figure/warnings(mathMacros:)``.
extension Panel {
    /// Nodes per side of the grid `streamlines` samples its field on.
    static let streamlineSamples = 80

    // MARK: Non-throwing forms

    /// Level sets of `f` over `x` × `y`, sampled at `resolution` × `resolution`
    /// nodes (2…1000): about `levels` nicely rounded levels (1…100), each line
    /// labelled with its value where it fits. `filled: true` colours the regions
    /// between levels with the colour map instead and adds a colour bar.
    public mutating func contour(x: ClosedRange<Double>, y: ClosedRange<Double>, levels: Int = 7, filled: Bool = false,
                                 resolution: Int = 100, label: String? = nil, color: String? = nil,
                                 _ f: (Double, Double) -> Double) {
        recordingAny { p in
            try p.addContour(x: x, y: y, levels: levels, filled: filled, resolution: resolution, label: label,
                             color: color, f)
        }
    }

    /// Level sets of `f` at the given levels (finite, strictly increasing).
    public mutating func contour(x: ClosedRange<Double>, y: ClosedRange<Double>, levels: [Double], filled: Bool = false,
                                 resolution: Int = 100, label: String? = nil, color: String? = nil,
                                 _ f: (Double, Double) -> Double) {
        recordingAny { p in
            try p.addContour(x: x, y: y, levels: levels, filled: filled, resolution: resolution, label: label,
                             color: color, f)
        }
    }

    /// Level sets of values sampled on a grid: `Z[i, j]` is the value at
    /// x = the j-th of `Z.cols` evenly spaced points of `x` (ends included),
    /// y = the i-th of `Z.rows` points of `y` (row 0 at the bottom, as
    /// matplotlib's `contour(X, Y, Z)`). At least 2×2.
    public mutating func contour(_ Z: Matrix, x: ClosedRange<Double>, y: ClosedRange<Double>, levels: Int = 7,
                                 filled: Bool = false, label: String? = nil, color: String? = nil) {
        recording { (p: inout Panel) throws(PlotError) in
            try p.addContour(Z, x: x, y: y, levels: levels, filled: filled, label: label, color: color)
        }
    }

    /// Level sets of sampled values at the given levels.
    public mutating func contour(_ Z: Matrix, x: ClosedRange<Double>, y: ClosedRange<Double>, levels: [Double],
                                 filled: Bool = false, label: String? = nil, color: String? = nil) {
        recording { (p: inout Panel) throws(PlotError) in
            try p.addContour(Z, x: x, y: y, levels: levels, filled: filled, label: label, color: color)
        }
    }

    /// Arrows of the field `(du, dv) = field(u, v)` at the centres of a
    /// `count` × `count` grid (2…200) over `x` × `y`, scaled together so that
    /// the longest is 0.9 of the grid spacing (no arrow overlaps the next).
    public mutating func vectorField(x: ClosedRange<Double>, y: ClosedRange<Double>, count: Int = 20,
                                     label: String? = nil, color: String? = nil,
                                     _ field: (Double, Double) -> (Double, Double)) {
        recordingAny { p in try p.addVectorField(x: x, y: y, count: count, label: label, color: color, field) }
    }

    /// Streamlines of the field over `x` × `y`: curves everywhere tangent to
    /// it, started from evenly spaced seeds and stopped at the frame, at
    /// stagnation points and where they come too close to another line
    /// (Jobard and Lefer's evenly spaced streamlines), each with an arrowhead
    /// showing the direction. `density` (0.1…10) scales how close lines may
    /// come: 1 puts them about 1/30 of the plot's width apart.
    public mutating func streamlines(x: ClosedRange<Double>, y: ClosedRange<Double>, density: Double = 1,
                                     label: String? = nil, color: String? = nil,
                                     _ field: (Double, Double) -> (Double, Double)) {
        recordingAny { p in try p.addStreamlines(x: x, y: y, density: density, label: label, color: color, field) }
    }

    // MARK: Throwing twins

    /// Throwing twin of the closure `contour`: a ``PlotError`` for bad
    /// arguments (checked before `f` is called), or what `f` throws.
    public mutating func addContour(x: ClosedRange<Double>, y: ClosedRange<Double>, levels: Int = 7,
                                    filled: Bool = false, resolution: Int = 100, label: String? = nil,
                                    color: String? = nil, _ f: (Double, Double) throws -> Double) throws {
        let check = ArgumentChecks(call: .contour)
        try check.count(levels, "levels", in: 1...100)
        try addSampledContour(x: x, y: y, levels: .count(levels), filled: filled, resolution: resolution, label: label,
                              color: color, check, f)
    }

    /// Throwing twin of the closure `contour` with explicit levels.
    public mutating func addContour(x: ClosedRange<Double>, y: ClosedRange<Double>, levels: [Double],
                                    filled: Bool = false, resolution: Int = 100, label: String? = nil,
                                    color: String? = nil, _ f: (Double, Double) throws -> Double) throws {
        let check = ArgumentChecks(call: .contour)
        try Self.checkLevels(levels, check)
        try addSampledContour(x: x, y: y, levels: .values(levels), filled: filled, resolution: resolution, label: label,
                              color: color, check, f)
    }

    /// The closure forms once their levels are checked: the domain, then `f` on the grid.
    private mutating func addSampledContour(x: ClosedRange<Double>, y: ClosedRange<Double>, levels: ContourMark.Levels,
                                            filled: Bool, resolution: Int, label: String?, color: String?,
                                            _ check: ArgumentChecks, _ f: (Double, Double) throws -> Double) throws {
        try check.interval(x, "x")
        try check.interval(y, "y")
        try check.count(resolution, "resolution", in: 2...ArgumentChecks.maximumGridSide)
        let paint = try check.color(color)
        let nodes = GridNodes(x: x, y: y, rows: resolution, cols: resolution)
        let grid = SampledGrid(nodes: nodes, values: try FieldSampling.scalar(nodes, f))
        try appendField(.contour(ContourMark(grid: grid, levels: levels, filled: filled, color: paint, label: label)))
    }

    /// Throwing twin of the sampled `contour`: `.gridTooSmall` below 2×2.
    public mutating func addContour(_ Z: Matrix, x: ClosedRange<Double>, y: ClosedRange<Double>, levels: Int = 7,
                                    filled: Bool = false, label: String? = nil,
                                    color: String? = nil) throws(PlotError) {
        let check = ArgumentChecks(call: .contour)
        try check.count(levels, "levels", in: 1...100)
        let grid = try Self.checkGrid(Z, x, y, check)
        let paint = try check.color(color)
        try appendField(.contour(ContourMark(grid: grid, levels: .count(levels), filled: filled, color: paint,
                                          label: label)))
    }

    /// Throwing twin of the sampled `contour` with explicit levels.
    public mutating func addContour(_ Z: Matrix, x: ClosedRange<Double>, y: ClosedRange<Double>, levels: [Double],
                                    filled: Bool = false, label: String? = nil,
                                    color: String? = nil) throws(PlotError) {
        let check = ArgumentChecks(call: .contour)
        try Self.checkLevels(levels, check)
        let grid = try Self.checkGrid(Z, x, y, check)
        let paint = try check.color(color)
        try appendField(.contour(ContourMark(grid: grid, levels: .values(levels), filled: filled, color: paint,
                                          label: label)))
    }

    /// Throwing twin of ``vectorField(x:y:count:label:color:_:)``.
    public mutating func addVectorField(x: ClosedRange<Double>, y: ClosedRange<Double>, count: Int = 20,
                                        label: String? = nil, color: String? = nil,
                                        _ field: (Double, Double) throws -> (Double, Double)) throws {
        let check = ArgumentChecks(call: .vectorField)
        try check.interval(x, "x")
        try check.interval(y, "y")
        try check.count(count, "count", in: 2...200)
        let paint = try check.color(color)
        // Cell centres: the grid inset by half a cell on every side.
        let hx = (x.upperBound - x.lowerBound) / Double(2 * count)
        let hy = (y.upperBound - y.lowerBound) / Double(2 * count)
        let nodes = GridNodes(x: (x.lowerBound + hx)...(x.upperBound - hx), y: (y.lowerBound + hy)...(y.upperBound - hy),
                              rows: count, cols: count)
        let (u, v) = try FieldSampling.vector(nodes, field)
        try appendField(.vectorField(VectorFieldMark(field: SampledField(nodes: nodes, u: u, v: v), domain: PlotDomain(x: x, y: y),
                                                  color: paint, label: label)))
    }

    /// Throwing twin of ``streamlines(x:y:density:label:color:_:)``.
    public mutating func addStreamlines(x: ClosedRange<Double>, y: ClosedRange<Double>, density: Double = 1,
                                        label: String? = nil, color: String? = nil,
                                        _ field: (Double, Double) throws -> (Double, Double)) throws {
        let check = ArgumentChecks(call: .streamlines)
        try check.interval(x, "x")
        try check.interval(y, "y")
        try check.value(density, "density", in: 0.1...10)
        let paint = try check.color(color)
        let nodes = GridNodes(x: x, y: y, rows: Self.streamlineSamples, cols: Self.streamlineSamples)
        let (u, v) = try FieldSampling.vector(nodes, field)
        try appendField(.streamlines(StreamlinesMark(field: SampledField(nodes: nodes, u: u, v: v), density: density,
                                                  color: paint, label: label)))
    }

    /// Work a panel's fields may take to draw (``Mark/fieldWork``): a second
    /// or two of rendering, whatever the calls.
    public static let fieldWorkLimit = 10_000_000

    /// Adds a field mark unless the panel's fields would then take more than ``fieldWorkLimit``.
    private mutating func appendField(_ mark: Mark) throws(PlotError) {
        let work = marks.reduce(0) { $0 + $1.fieldWork } + mark.fieldWork
        guard work <= Self.fieldWorkLimit else {
            throw .fieldWorkExceeded(call: mark.call, work: work, limit: Self.fieldWorkLimit)
        }
        marks.append(mark)
    }

    private static func checkLevels(_ levels: [Double], _ check: ArgumentChecks) throws(PlotError) {
        try check.nonEmpty(levels.count, "levels")
        try check.count(levels.count, "levels.count", in: 1...1_000)
        try check.increasing(levels, "levels")
    }

    private static func checkGrid(_ Z: Matrix, _ x: ClosedRange<Double>, _ y: ClosedRange<Double>,
                                  _ check: ArgumentChecks) throws(PlotError) -> SampledGrid {
        try check.interval(x, "x")
        try check.interval(y, "y")
        guard Z.rows >= 2, Z.cols >= 2 else { throw .gridTooSmall(call: check.call, argument: "Z", rows: Z.rows, cols: Z.cols) }
        let side = ArgumentChecks.maximumGridSide
        guard Z.rows <= side, Z.cols <= side else {
            throw .countOutOfRange(call: check.call, argument: "Z.rows", value: max(Z.rows, Z.cols), accepted: 2...side)
        }
        return SampledGrid(nodes: GridNodes(x: x, y: y, rows: Z.rows, cols: Z.cols), values: ArgumentChecks.entries(Z))
    }
}

/// Calls a function at every node of a grid, row by row from the bottom
/// (y outer, x inner), so the order of calls, and so any side effect of a
/// cell's closure, is fixed.
enum FieldSampling {
    static func scalar(_ nodes: GridNodes, _ f: (Double, Double) throws -> Double) rethrows -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(nodes.rows * nodes.cols)
        for i in 0..<nodes.rows {
            let y = nodes.yNode(i)
            for j in 0..<nodes.cols { values.append(try f(nodes.xNode(j), y)) }
        }
        return values
    }

    static func vector(_ nodes: GridNodes, _ f: (Double, Double) throws -> (Double, Double)) rethrows
        -> (u: [Double], v: [Double]) {
        var u: [Double] = [], v: [Double] = []
        u.reserveCapacity(nodes.rows * nodes.cols)
        v.reserveCapacity(nodes.rows * nodes.cols)
        for i in 0..<nodes.rows {
            let y = nodes.yNode(i)
            for j in 0..<nodes.cols {
                let (du, dv) = try f(nodes.xNode(j), y)
                u.append(du)
                v.append(dv)
            }
        }
        return (u, v)
    }
}
