/// Level sets of a function sampled on a grid, by marching squares
/// (Lorensen and Cline's marching cubes in two dimensions).
///
/// In each grid cell the level crosses an edge where its two corners lie on
/// either side (a corner with value ≥ level is *high*), at the point found by
/// linear interpolation along that edge. A cell with one pair of opposite
/// high corners and one of low ones (a saddle) is resolved by the value at its
/// centre, the mean of the four corners: if the centre is high the two high
/// corners are joined through the middle and the low ones cut off, otherwise
/// the reverse. Each crossing point is computed once per grid edge, so the
/// two cells sharing an edge agree on it exactly and segments join into
/// polylines by the edge they end on.
///
/// Every segment is oriented with the high side on its left, which makes
/// joined lines consistently oriented: closed curves around a maximum run
/// counterclockwise (in data coordinates, y up), and region boundaries can be
/// closed along the frame (``ContourRegions``).
struct MarchingSquares {
    let grid: SampledGrid
    let level: Double

    /// A crossing point's identity: the grid edge it lies on.
    /// Horizontal edge (i, j)–(i, j+1): `2 (i cols + j)`; vertical (i, j)–(i+1, j): `2 (i cols + j) + 1`.
    typealias EdgeKey = Int

    /// The level set as polylines in data coordinates: open ones run from the
    /// frame to the frame, closed ones repeat their first point at the end.
    /// Cells with a non-finite corner are left out (a line ends at them).
    /// Nil when the level set has more than `limit` segments.
    func lines(limit: Int = .max) -> [[DataPoint]]? {
        chains(limit: limit).map { $0.map { $0.map(point) } }
    }

    /// The polylines as chains of edge keys (joined segments), open chains
    /// first; nil past `limit` segments.
    func chains(limit: Int = .max) -> [[EdgeKey]]? {
        guard let segments = self.segments(limit: limit) else { return nil }
        var next: [EdgeKey: EdgeKey] = [:]
        var hasPredecessor = Set<EdgeKey>()
        next.reserveCapacity(segments.count)
        for (from, to) in segments {
            next[from] = to
            hasPredecessor.insert(to)
        }
        var chains: [[EdgeKey]] = []
        var used = Set<EdgeKey>()
        func walk(from start: EdgeKey) -> [EdgeKey] {
            var chain = [start]
            used.insert(start)
            var key = start
            while let to = next[key], !used.contains(to) {
                chain.append(to)
                used.insert(to)
                key = to
            }
            return chain
        }
        // Open chains start where no segment ends: on the frame or at a skipped cell.
        for (from, _) in segments where !hasPredecessor.contains(from) && !used.contains(from) {
            chains.append(walk(from: from))
        }
        // What is left is closed loops: each ends where it began.
        for (from, _) in segments where !used.contains(from) {
            chains.append(walk(from: from) + [from])
        }
        return chains
    }

    /// Every cell's segments, `(from, to)` with the high side on the left,
    /// cells in row-major order. At most `limit` segments: nil past it.
    func segments(limit: Int = .max) -> [(EdgeKey, EdgeKey)]? {
        let rows = grid.nodes.rows, cols = grid.nodes.cols
        var out: [(EdgeKey, EdgeKey)] = []
        for i in 0..<(rows - 1) {
            for j in 0..<(cols - 1) {
                // Corners counterclockwise from the bottom left: (i, j), (i, j+1), (i+1, j+1), (i+1, j).
                let v0 = grid.value(i, j), v1 = grid.value(i, j + 1), v2 = grid.value(i + 1, j + 1), v3 = grid.value(i + 1, j)
                guard v0.isFinite, v1.isFinite, v2.isFinite, v3.isFinite else { continue }
                let index = (v0 >= level ? 1 : 0) | (v1 >= level ? 2 : 0) | (v2 >= level ? 4 : 0) | (v3 >= level ? 8 : 0)
                guard index != 0 && index != 15 else { continue }
                let centreHigh = (v0 + v1 + v2 + v3) / 4 >= level
                for (from, to) in Self.table[centreHigh ? 1 : 0][index] {
                    out.append((edge(from, i, j), edge(to, i, j)))
                }
                if out.count > limit { return nil }
            }
        }
        return out
    }

    /// The key of a cell's edge k (counterclockwise from the bottom: 0 bottom, 1 right, 2 top, 3 left).
    private func edge(_ k: Int, _ i: Int, _ j: Int) -> EdgeKey {
        switch k {
        case 0: horizontal(i, j)
        case 1: vertical(i, j + 1)
        case 2: horizontal(i + 1, j)
        default: vertical(i, j)
        }
    }

    /// Segments of a cell as pairs of its edges, by whether its centre is high
    /// and by which corners are high (bit k: corner k, counterclockwise from
    /// the bottom left). Derived from the rule, not typed in: walking the
    /// cell's edges counterclockwise (edge k from corner k to k+1), crossings
    /// alternate between leaving the high side (P) and entering it (Q); a
    /// segment runs from a P to a Q, which puts the high side on its left. With
    /// two crossings there is one segment; with four (a saddle) each P joins
    /// the next Q when the centre is high (the low corners cut off), else the
    /// previous one.
    static let table: [[[(Int, Int)]]] = [false, true].map { centreHigh in
        (0..<16).map { index in
            let high = (0..<4).map { index & (1 << $0) != 0 }
            let crossings = (0..<4).filter { high[$0] != high[($0 + 1) % 4] }.map { (edge: $0, leavesHigh: high[$0]) }
            guard !crossings.isEmpty else { return [] }
            if crossings.count == 2 {
                let (p, q) = crossings[0].leavesHigh ? (crossings[0], crossings[1]) : (crossings[1], crossings[0])
                return [(p.edge, q.edge)]
            }
            return (0..<4).filter { crossings[$0].leavesHigh }.map { k in
                (crossings[k].edge, crossings[centreHigh ? (k + 1) % 4 : (k + 3) % 4].edge)
            }
        }
    }

    func horizontal(_ i: Int, _ j: Int) -> EdgeKey { 2 * (i * grid.nodes.cols + j) }
    func vertical(_ i: Int, _ j: Int) -> EdgeKey { 2 * (i * grid.nodes.cols + j) + 1 }

    /// The nodes at the ends of edge `key`, `(i, j)` then `(i, j+1)` or `(i+1, j)`.
    func ends(_ key: EdgeKey) -> (i: Int, j: Int, i1: Int, j1: Int) {
        let node = key / 2, i = node / grid.nodes.cols, j = node % grid.nodes.cols
        return key % 2 == 0 ? (i, j, i, j + 1) : (i, j, i + 1, j)
    }

    /// Where along edge `key` (0 at its first node, 1 at its second) the level is crossed.
    func fraction(_ key: EdgeKey) -> Double {
        let e = ends(key)
        let v0 = grid.value(e.i, e.j), v1 = grid.value(e.i1, e.j1)
        return v1 == v0 ? 0.5 : min(max((level - v0) / (v1 - v0), 0), 1)
    }

    /// The crossing on edge `key`, interpolated linearly between its two nodes.
    func point(_ key: EdgeKey) -> DataPoint {
        let e = ends(key), t = fraction(key)
        let x0 = grid.nodes.xNode(e.j), y0 = grid.nodes.yNode(e.i)
        let x1 = grid.nodes.xNode(e.j1), y1 = grid.nodes.yNode(e.i1)
        return DataPoint(x: x0 + t * (x1 - x0), y: y0 + t * (y1 - y0))
    }
}
