import Foundation

/// Evenly spaced streamlines (Jobard and Lefer, "Creating evenly-spaced
/// streamlines of arbitrary density", 1997), traced in pixel space so that the
/// spacing is what the reader sees.
///
/// The field, sampled on a grid when the figure was drawn, is interpolated
/// bilinearly (exact for a linear field) and followed along its direction
/// with fourth-order Runge–Kutta steps of a fraction of a pixel. A line starts
/// from a seed at least `separation` pixels from every line drawn so far and
/// stops when it leaves the field's domain or the plot, reaches a stagnation
/// point (the field vanishes or reverses), or comes within half the
/// separation of another line, or of itself further back (a closed orbit).
/// Seeds are tried first at the plot's centre, then beside each accepted line
/// at the separation on both sides (which is what makes the spacing even),
/// then at the centres of a grid of separation-sized cells, for regions no
/// line reached.
struct StreamlineTracer {
    let field: SampledField
    let x: AxisMap
    let y: AxisMap
    let plot: Rect
    /// Distance between neighbouring lines, in pixels.
    let separation: Double
    /// Pixel speeds below this are a stagnation point: a millionth of the fastest sample.
    private let stagnation: Double

    init(field: SampledField, x: AxisMap, y: AxisMap, plot: Rect, separation: Double) {
        self.field = field
        self.x = x
        self.y = y
        self.plot = plot
        self.separation = separation
        var fastest = 0.0
        for i in 0..<field.nodes.rows {
            for j in 0..<field.nodes.cols {
                let k = i * field.nodes.cols + j
                let speed = hypot(field.u[k] * x.derivative(at: field.nodes.xNode(j)),
                                  field.v[k] * y.derivative(at: field.nodes.yNode(i)))
                if speed.isFinite { fastest = max(fastest, speed) }
            }
        }
        stagnation = fastest * 1e-6
    }

    /// Lines closer than this (in pixels) end.
    var test: Double { separation / 2 }
    var step: Double { min(1, separation / 8) }
    /// Lines shorter than this many pixels are dropped.
    var minimumLength: Double { separation }
    /// Bounds on the work done for any field and plot size: lines, and
    /// integration steps over all lines (a ``Panel/fieldWorkLimit`` unit each).
    static let maximumLines = 5_000
    static let maximumSteps = 250_000

    /// The lines, each in the field's direction of flow, in pixel coordinates.
    func trace() -> [[PixelPoint]] {
        var occupied = PointGrid(cell: separation, frame: plot)
        var lines: [[PixelPoint]] = []
        var queue: [PixelPoint] = [PixelPoint(x: plot.midX, y: plot.midY)]
        var queued = 0
        var gridSeeds: [PixelPoint] = []
        for row in 0..<max(1, Int(plot.height / separation)) {
            for col in 0..<max(1, Int(plot.width / separation)) {
                gridSeeds.append(PixelPoint(x: plot.x + (Double(col) + 0.5) * separation,
                                            y: plot.y + (Double(row) + 0.5) * separation))
            }
        }
        var nextGridSeed = 0
        var steps = 0
        while lines.count < Self.maximumLines && steps < Self.maximumSteps {
            let seed: PixelPoint
            if queued < queue.count {
                seed = queue[queued]
                queued += 1
            } else if nextGridSeed < gridSeeds.count {
                seed = gridSeeds[nextGridSeed]
                nextGridSeed += 1
            } else {
                break
            }
            guard plot.contains(seed), occupied.nearest(to: seed, within: separation * 0.99) == nil,
                  direction(at: seed) != nil else { continue }
            let line = traceLine(from: seed, avoiding: occupied)
            steps += line.count
            guard length(line) >= minimumLength else { continue }
            occupied.insert(line, every: separation / 4)
            lines.append(line)
            queue += offsets(of: line)
        }
        return lines
    }

    /// Points at `separation` on either side of `line`, every `separation` along it.
    private func offsets(of line: [PixelPoint]) -> [PixelPoint] {
        var out: [PixelPoint] = []
        var travelled = 0.0, nextSeed = 0.0
        for (a, b) in zip(line, line.dropFirst()) {
            let d = hypot(b.x - a.x, b.y - a.y)
            travelled += d
            guard travelled >= nextSeed, d > 0 else { continue }
            nextSeed = travelled + separation
            let nx = -(b.y - a.y) / d, ny = (b.x - a.x) / d
            out.append(PixelPoint(x: b.x + nx * separation, y: b.y + ny * separation))
            out.append(PixelPoint(x: b.x - nx * separation, y: b.y - ny * separation))
        }
        return out
    }

    private func length(_ line: [PixelPoint]) -> Double {
        zip(line, line.dropFirst()).reduce(0) { $0 + hypot($1.1.x - $1.0.x, $1.1.y - $1.0.y) }
    }

    /// Backwards from the seed, then forwards: one line in the direction of flow.
    private func traceLine(from seed: PixelPoint, avoiding occupied: PointGrid) -> [PixelPoint] {
        var own = PointGrid(cell: separation, frame: plot)
        own.insertPoint(seed, position: 0)
        let backward = integrate(from: seed, sign: -1, occupied: occupied, own: &own)
        let forward = integrate(from: seed, sign: 1, occupied: occupied, own: &own)
        return backward.reversed() + [seed] + forward
    }

    /// Follows the field (or against it, `sign` −1) until a stopping rule
    /// applies. `own` holds the line's points so far by their signed arc
    /// length from the seed (negative behind it).
    private func integrate(from seed: PixelPoint, sign: Double, occupied: PointGrid,
                           own: inout PointGrid) -> [PixelPoint] {
        var points: [PixelPoint] = []
        var p = seed
        var previous: (Double, Double)?
        var travelled = 0.0
        var sinceStored = 0.0
        let maximumSteps = Int(4 * (plot.width + plot.height) / step)
        for _ in 0..<maximumSteps {
            guard let k1 = direction(at: p) else { break }
            let d1 = (k1.0 * sign, k1.1 * sign)
            if let previous, d1.0 * previous.0 + d1.1 * previous.1 < 0 { break } // the field reversed: a sink
            previous = d1
            guard let next = rungeKutta(p, sign: sign, k1: k1), plot.contains(next) else { break }
            if occupied.nearest(to: next, within: test) != nil { break }
            travelled += step
            // Its own points more than three separations back along the line close an orbit.
            if own.nearest(to: next, within: test, fartherAlongThan: 3 * separation, from: sign * travelled) != nil {
                break
            }
            points.append(next)
            sinceStored += step
            if sinceStored >= separation / 4 {
                own.insertPoint(next, position: sign * travelled)
                sinceStored = 0
            }
            p = next
        }
        return points
    }

    private func rungeKutta(_ p: PixelPoint, sign: Double, k1: (Double, Double)) -> PixelPoint? {
        let h = step * sign
        guard let k2 = direction(at: PixelPoint(x: p.x + h / 2 * k1.0, y: p.y + h / 2 * k1.1)),
              let k3 = direction(at: PixelPoint(x: p.x + h / 2 * k2.0, y: p.y + h / 2 * k2.1)),
              let k4 = direction(at: PixelPoint(x: p.x + h * k3.0, y: p.y + h * k3.1)) else { return nil }
        return PixelPoint(x: p.x + h / 6 * (k1.0 + 2 * k2.0 + 2 * k3.0 + k4.0),
                          y: p.y + h / 6 * (k1.1 + 2 * k2.1 + 2 * k3.1 + k4.1))
    }

    /// The unit direction of the field at a pixel, or nil outside the field's
    /// domain, where a sample is not finite, or where the field vanishes.
    func direction(at p: PixelPoint) -> (Double, Double)? {
        let xd = x.value(atPixel: p.x), yd = y.value(atPixel: p.y)
        guard let (u, v) = interpolate(xd, yd) else { return nil }
        let px = u * x.derivative(at: xd), py = v * y.derivative(at: yd)
        let speed = hypot(px, py)
        guard speed.isFinite, speed > stagnation else { return nil }
        return (px / speed, py / speed)
    }

    /// Bilinear interpolation of the sampled field at a data point.
    func interpolate(_ xd: Double, _ yd: Double) -> (Double, Double)? {
        let nodes = field.nodes
        guard nodes.x.contains(xd), nodes.y.contains(yd) else { return nil }
        let fx = (xd - nodes.x.lowerBound) / nodes.dx, fy = (yd - nodes.y.lowerBound) / nodes.dy
        let j = min(Int(fx), nodes.cols - 2), i = min(Int(fy), nodes.rows - 2)
        let tx = fx - Double(j), ty = fy - Double(i)
        func at(_ values: [Double]) -> Double {
            let a = values[i * nodes.cols + j], b = values[i * nodes.cols + j + 1]
            let c = values[(i + 1) * nodes.cols + j], d = values[(i + 1) * nodes.cols + j + 1]
            return (a * (1 - tx) + b * tx) * (1 - ty) + (c * (1 - tx) + d * tx) * ty
        }
        let u = at(field.u), v = at(field.v)
        return u.isFinite && v.isFinite ? (u, v) : nil
    }
}

/// Points bucketed in square cells, for "is anything within r of p?" in
/// constant time (r no larger than a cell). Each point may carry a position
/// (an arc length along its line).
struct PointGrid {
    let cell: Double
    let frame: Rect
    private var buckets: [Int: [(point: PixelPoint, position: Double)]] = [:]

    init(cell: Double, frame: Rect) {
        self.cell = cell
        self.frame = frame
    }

    private func key(_ col: Int, _ row: Int) -> Int { row &* 1_000_003 &+ col }
    private func coordinates(_ p: PixelPoint) -> (Int, Int) {
        (Int(((p.x - frame.x) / cell).rounded(.down)), Int(((p.y - frame.y) / cell).rounded(.down)))
    }

    mutating func insertPoint(_ p: PixelPoint, position: Double = 0) {
        let (col, row) = coordinates(p)
        buckets[key(col, row), default: []].append((p, position))
    }

    /// Points of `line` at most `spacing` pixels apart along it, ends included.
    mutating func insert(_ line: [PixelPoint], every spacing: Double) {
        var since = spacing
        for (index, p) in line.enumerated() {
            if index > 0 { since += hypot(p.x - line[index - 1].x, p.y - line[index - 1].y) }
            if since >= spacing || index == line.count - 1 {
                insertPoint(p)
                since = 0
            }
        }
    }

    /// Some stored point closer than `radius` (≤ cell) to `p`; with
    /// `fartherAlongThan`, only points whose position differs from `position`
    /// by more than that.
    func nearest(to p: PixelPoint, within radius: Double, fartherAlongThan gap: Double? = nil,
                 from position: Double = 0) -> PixelPoint? {
        let (col, row) = coordinates(p)
        for dr in -1...1 {
            for dc in -1...1 {
                for entry in buckets[key(col + dc, row + dr)] ?? [] {
                    if let gap, abs(entry.position - position) <= gap { continue }
                    if hypot(entry.point.x - p.x, entry.point.y - p.y) < radius { return entry.point }
                }
            }
        }
        return nil
    }
}
