/// A point in SVG pixel coordinates.
struct PixelPoint: Equatable {
    var x: Double
    var y: Double
}

/// Reduces a polyline to what its pixels show (the "M4" reduction of Jugel
/// et al., VLDB 2014): within every run of consecutive points that fall in
/// the same one-pixel column, only the first, lowest, highest and last point
/// are kept, in their original order.
///
/// The drawn line is then pixel-for-pixel the one the full data would give:
/// inside a column the line only moves between its extreme values, and the
/// segments entering and leaving the column are unchanged. A curve over W
/// columns keeps at most 4·W points however long it is (a 100 000-point loss
/// curve on a 400-pixel axis keeps ≤ 1600), and works for any x order, not
/// only increasing x.
enum PolylineReduction {
    static func reduce(_ points: [PixelPoint]) -> [PixelPoint] {
        guard points.count > 4 else { return points }
        var out: [PixelPoint] = []
        out.reserveCapacity(min(points.count, 4096))
        var start = 0
        while start < points.count {
            let column = points[start].x.rounded(.down)
            var end = start + 1
            var lowest = start, highest = start
            while end < points.count && points[end].x.rounded(.down) == column {
                if points[end].y < points[lowest].y { lowest = end }
                if points[end].y > points[highest].y { highest = end }
                end += 1
            }
            for index in Set([start, lowest, highest, end - 1]).sorted() {
                append(points[index], to: &out)
            }
            start = end
        }
        return out
    }

    /// Scatter points closer than half a pixel to one already kept are
    /// invisible duplicates; drops them (first one wins, order kept).
    static func distinctDots(_ points: [PixelPoint]) -> [PixelPoint] {
        var seen = Set<Int64>()
        return points.filter { p in
            let key = Int64((p.x * 2).rounded()) &* 1_000_003 &+ Int64((p.y * 2).rounded())
            return seen.insert(key).inserted
        }
    }

    /// Appends unless identical (at the output precision) to the last point.
    private static func append(_ p: PixelPoint, to out: inout [PixelPoint]) {
        if let last = out.last, abs(last.x - p.x) < 0.005, abs(last.y - p.y) < 0.005 { return }
        out.append(p)
    }
}

/// Ramer–Douglas–Peucker simplification: drops points that lie within
/// `tolerance` pixels of the line through the points kept around them, so
/// a smooth curve traced in small steps (a level line, a streamline) keeps
/// only the points its shape needs. The ends are always kept.
enum PolylineSimplification {
    static func simplify(_ points: [PixelPoint], tolerance: Double = 0.15) -> [PixelPoint] {
        guard points.count > 2 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        while let (first, last) = stack.popLast() {
            guard last > first + 1 else { continue }
            let a = points[first], b = points[last]
            let dx = b.x - a.x, dy = b.y - a.y, length = (dx * dx + dy * dy).squareRoot()
            var farthest = first, distance = -1.0
            for k in (first + 1)..<last {
                let p = points[k]
                let d = length > 0
                    ? abs(dy * (p.x - a.x) - dx * (p.y - a.y)) / length
                    : ((p.x - a.x) * (p.x - a.x) + (p.y - a.y) * (p.y - a.y)).squareRoot()
                if d > distance { (farthest, distance) = (k, d) }
            }
            if distance > tolerance {
                keep[farthest] = true
                stack.append((first, farthest))
                stack.append((farthest, last))
            }
        }
        return zip(points, keep).filter(\.1).map(\.0)
    }
}
