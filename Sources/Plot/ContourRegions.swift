/// The regions filled contours colour, as closed polygons.
///
/// The superlevel set {f ≥ level} of a sampled function is bounded by its
/// level lines (``MarchingSquares``, oriented with the high side on the left)
/// and by the stretches of the frame where f ≥ level. Walking the frame
/// counterclockwise from where an open level line ends leads, through the
/// frame's corners, to where the next one starts; following these turns
/// the lines into closed polygons with the region on their left. Closed
/// level lines are polygons already. The polygons never cross, so the region
/// is their inside under either SVG fill rule, and a band between two levels
/// is the even-odd combination of two such sets.
enum ContourRegions {
    /// Polygons bounding {f ≥ level} inside the grid's frame (each closed:
    /// the last point repeats the first). All grid values must be finite.
    /// Nil when its level set has more than `limit` segments.
    static func superlevelSet(_ grid: SampledGrid, level: Double, limit: Int = .max) -> [[DataPoint]]? {
        let squares = MarchingSquares(grid: grid, level: level)
        guard let chains = squares.chains(limit: limit) else { return nil }
        let open = chains.filter { $0.first != $0.last }
        var polygons = chains.filter { $0.first == $0.last }.map { $0.map(squares.point) }
        let rows = grid.nodes.rows, cols = grid.nodes.cols
        let perimeter = Double(2 * (cols - 1) + 2 * (rows - 1))
        let corners: [(s: Double, point: DataPoint)] = [
            (0, DataPoint(x: grid.nodes.x.lowerBound, y: grid.nodes.y.lowerBound)),
            (Double(cols - 1), DataPoint(x: grid.nodes.x.upperBound, y: grid.nodes.y.lowerBound)),
            (Double(cols - 1 + rows - 1), DataPoint(x: grid.nodes.x.upperBound, y: grid.nodes.y.upperBound)),
            (Double(2 * (cols - 1) + rows - 1), DataPoint(x: grid.nodes.x.lowerBound, y: grid.nodes.y.upperBound)),
        ]
        guard !open.isEmpty else {
            if grid.value(0, 0) >= level { polygons.insert(corners.map(\.point) + [corners[0].point], at: 0) }
            return polygons
        }
        let starts = open.map { frameParameter(squares, $0[0]) }
        let ends = open.map { frameParameter(squares, $0[$0.count - 1]) }
        /// Distance counterclockwise along the frame from `a` to `b`, in (0, perimeter].
        func ahead(_ a: Double, _ b: Double) -> Double {
            let d = b - a
            return d > 0 ? d : d + perimeter
        }
        // Chains by where they start along the frame, for "which starts next after here".
        let byStart = open.indices.sorted { starts[$0] < starts[$1] }
        func nextStart(after s: Double) -> Int {
            var lo = 0, hi = byStart.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if starts[byStart[mid]] <= s { lo = mid + 1 } else { hi = mid }
            }
            return byStart[lo == byStart.count ? 0 : lo]
        }
        var visited = [Bool](repeating: false, count: open.count)
        for first in open.indices where !visited[first] {
            var polygon: [DataPoint] = []
            var chain = first
            repeat {
                visited[chain] = true
                polygon += open[chain].map(squares.point)
                // The chain starting next counterclockwise along the frame.
                let end = ends[chain]
                let next = nextStart(after: end)
                let distance = ahead(end, starts[next])
                for corner in corners.sorted(by: { ahead(end, $0.s) < ahead(end, $1.s) })
                where ahead(end, corner.s) < distance {
                    polygon.append(corner.point)
                }
                chain = next
            } while chain != first && !visited[chain]
            polygon.append(polygon[0])
            polygons.append(polygon)
        }
        return polygons
    }

    /// Position of a frame edge's crossing along the frame, counterclockwise
    /// from the bottom-left corner, in grid steps (bottom edge 0…cols−1, then
    /// up the right edge, back along the top, down the left).
    static func frameParameter(_ squares: MarchingSquares, _ key: MarchingSquares.EdgeKey) -> Double {
        let rows = squares.grid.nodes.rows, cols = squares.grid.nodes.cols
        let e = squares.ends(key), t = squares.fraction(key)
        let horizontal = key % 2 == 0
        if horizontal && e.i == 0 { return Double(e.j) + t }
        if !horizontal && e.j == cols - 1 { return Double(cols - 1) + Double(e.i) + t }
        if horizontal && e.i == rows - 1 { return Double(cols - 1 + rows - 1) + Double(cols - 1) - (Double(e.j) + t) }
        return Double(2 * (cols - 1) + rows - 1) + Double(rows - 1) - (Double(e.i) + t)
    }
}
