import Foundation
@testable import Plot
import Testing

/// Marching squares and the filled regions built on it, checked against
/// geometry that does not depend on the code: circles, hyperbolas, half-planes.
@Suite struct ContourTests {
    static func grid(_ x: ClosedRange<Double>, _ y: ClosedRange<Double>, nodes: Int,
                     _ f: (Double, Double) -> Double) -> SampledGrid {
        let n = GridNodes(x: x, y: y, rows: nodes, cols: nodes)
        return SampledGrid(nodes: n, values: FieldSampling.scalar(n, f))
    }

    /// Shoelace area: positive for a counterclockwise polygon (y up).
    static func signedArea(_ points: [DataPoint]) -> Double {
        zip(points, points.dropFirst() + [points[0]]).reduce(0) { $0 + ($1.0.x * $1.1.y - $1.1.x * $1.0.y) } / 2
    }

    /// The level set r = R of x² + y² is one closed curve, every point of it
    /// within one grid cell of the true circle, winding once around the centre;
    /// the low side (inside) is on its right, so it runs clockwise.
    @Test(arguments: [(0.5, 0.0, 0.0, 31), (1.0, 0.13, -0.21, 41), (1.7, -0.05, 0.3, 80), (0.3, 0.4, 0.4, 25)])
    func aLevelSetOfTheSquaredRadiusIsAClosedCurveNearTheCircle(radius: Double, cx: Double, cy: Double, nodes: Int) throws {
        let g = Self.grid(-2...2, -2...2, nodes: nodes) { x, y in (x - cx) * (x - cx) + (y - cy) * (y - cy) }
        let lines = MarchingSquares(grid: g, level: radius * radius).lines()!
        try #require(lines.count == 1)
        let curve = lines[0]
        #expect(curve.first == curve.last, "closed")
        let cell = 4.0 / Double(nodes - 1)
        let worst = curve.map { abs(hypot($0.x - cx, $0.y - cy) - radius) }.max()!
        #expect(worst < cell, "farthest from the circle: \(worst) (a cell is \(cell))")
        var turning = 0.0
        for (a, b) in zip(curve, curve.dropFirst()) {
            var d = atan2(b.y - cy, b.x - cx) - atan2(a.y - cy, a.x - cx)
            if d > .pi { d -= 2 * .pi } else if d < -.pi { d += 2 * .pi }
            turning += d
        }
        #expect(abs(turning + 2 * .pi) < 1e-9, "winds once, clockwise: \(turning)")
        #expect(abs(abs(Self.signedArea(curve)) - .pi * radius * radius) < 2 * .pi * radius * cell)
    }

    /// x·y = c near a saddle at a cell's centre: for c > 0 the level set lies
    /// in the first and third quadrants, for c < 0 in the second and fourth,
    /// and no segment crosses from one quadrant into another (a saddle
    /// resolved the wrong way would join the branches across the centre).
    @Test(arguments: [0.002, 0.0005, -0.0005, -0.002, 0.05, -0.05])
    func saddlesAreResolvedOnTheSideOfTheCentreValue(level: Double) {
        // 20 nodes on [−1, 1]: the origin is the centre of the middle cell, whose corners are a saddle.
        let g = Self.grid(-1...1, -1...1, nodes: 20) { x, y in x * y }
        let squares = MarchingSquares(grid: g, level: level)
        let segments = squares.segments()!
        #expect(!segments.isEmpty)
        for (from, to) in segments {
            let p = squares.point(from), q = squares.point(to)
            #expect(p.x * q.x > 0 && p.y * q.y > 0, "segment \(p) → \(q) crosses an axis")
            #expect((p.x * p.y > 0) == (level > 0))
        }
        let lines = squares.lines()!
        #expect(lines.count == 2, "two branches of the hyperbola, from frame to frame")
        #expect(lines.allSatisfy { $0.first != $0.last })
    }

    /// On random data no two segments of a level set cross (saddle cells included).
    @Test(arguments: 0..<6)
    func segmentsOfALevelSetNeverCross(seed: Int) {
        var g = RobustnessTests.Generator(state: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 7)
        let nodes = GridNodes(x: 0...1, y: 0...1, rows: 12, cols: 12)
        let grid = SampledGrid(nodes: nodes, values: (0..<144).map { _ in Double(g.next() % 1000) / 1000 })
        let squares = MarchingSquares(grid: grid, level: 0.5)
        let segments = squares.segments()!.map { (squares.point($0.0), squares.point($0.1)) }
        func cross(_ a: DataPoint, _ b: DataPoint, _ c: DataPoint, _ d: DataPoint) -> Bool {
            func side(_ p: DataPoint, _ q: DataPoint, _ r: DataPoint) -> Double {
                (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
            }
            return side(a, b, c) * side(a, b, d) < -1e-18 && side(c, d, a) * side(c, d, b) < -1e-18
        }
        for i in segments.indices {
            for j in segments.indices where j > i {
                #expect(!cross(segments[i].0, segments[i].1, segments[j].0, segments[j].1))
            }
        }
    }

    /// Regions: {x ≥ 0.3} of the square [−1, 1]² has area 1.4 and {x + y ≥ 0}
    /// area 2 (linear data: exact); the disk x² + y² ≤ 1 as a superlevel set
    /// of −(x² + y²) has area π, and its complement in [−2, 2]² 16 − π.
    @Test func superlevelSetsHaveTheAreaOfTheRegion() {
        func area(_ polygons: [[DataPoint]]) -> Double { polygons.reduce(0) { $0 + Self.signedArea($1) } }
        let halfPlane = ContourRegions.superlevelSet(Self.grid(-1...1, -1...1, nodes: 9) { x, _ in x }, level: 0.3)!
        #expect(abs(area(halfPlane) - 1.4) < 1e-12)
        let triangle = ContourRegions.superlevelSet(Self.grid(-1...1, -1...1, nodes: 9) { x, y in x + y }, level: 0)!
        #expect(abs(area(triangle) - 2) < 1e-12)
        let disk = ContourRegions.superlevelSet(Self.grid(-2...2, -2...2, nodes: 161) { x, y in -(x * x + y * y) }, level: -1)!
        #expect(abs(area(disk) - .pi) < 2e-3)
        let outside = ContourRegions.superlevelSet(Self.grid(-2...2, -2...2, nodes: 161) { x, y in x * x + y * y }, level: 1)!
        #expect(abs(area(outside) - (16 - .pi)) < 2e-3)
        let everything = ContourRegions.superlevelSet(Self.grid(-1...1, -1...1, nodes: 5) { _, _ in 3 }, level: 1)!
        #expect(abs(area(everything) - 4) < 1e-12)
        #expect(ContourRegions.superlevelSet(Self.grid(-1...1, -1...1, nodes: 5) { _, _ in 0 }, level: 1)!.isEmpty)
    }

    /// The bands of (uv − 1)² between 0, 1, 2 and 4 on [−2, 2]²: the region
    /// between two levels (one superlevel set minus the next) has the area that
    /// fine sampling of the function gives, and a band's path is its region
    /// with the set above the top level cut out.
    @Test func bandsBetweenLevelsHaveTheAreaTheFunctionGives() {
        let f = { (u: Double, v: Double) in (u * v - 1) * (u * v - 1) }
        let g = Self.grid(-2...2, -2...2, nodes: 121, f)
        func area(_ level: Double) -> Double {
            ContourRegions.superlevelSet(g, level: level)!.reduce(0) { $0 + Self.signedArea($1) }
        }
        let areas = [area(0), area(1), area(2), area(4.nextUp)]
        var counts = [0.0, 0, 0]
        let n = 800
        for i in 0..<n {
            for j in 0..<n {
                let value = f(-2 + 4 * (Double(j) + 0.5) / Double(n), -2 + 4 * (Double(i) + 0.5) / Double(n))
                if value < 1 { counts[0] += 1 } else if value < 2 { counts[1] += 1 } else if value <= 4 { counts[2] += 1 }
            }
        }
        for k in 0..<3 {
            let expected = counts[k] * 16 / Double(n * n)
            #expect(abs(areas[k] - areas[k + 1] - expected) < 0.03, "band \(k): \(areas[k] - areas[k + 1]) vs \(expected)")
        }
        let filled = PreparedPanel.fill(g, levels: [0, 1, 2, 4], label: nil)!
        let top = ContourRegions.superlevelSet(g, level: 4.nextUp)!
        #expect(filled.bands.count == 3)
        #expect(filled.bands[1].polygons == ContourRegions.superlevelSet(g, level: 1)! + top)
    }

    @Test func niceLevelsAreRoundMultiplesInsideOrCoveringTheData() {
        let lines = ContourLevels.nice(low: 0, high: 25, count: 7, covering: false)
        #expect(lines.levels == [5, 10, 15, 20])
        let filled = ContourLevels.nice(low: 0.13, high: 0.91, count: 4, covering: true)
        #expect(filled.levels == [0, 0.2, 0.4, 0.6, 0.8, 1.0])
        #expect(filled.texts.map(\.plain) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(ContourLevels.texts([0.05, 0.25, 1, 4]).map(\.plain) == ["0.05", "0.25", "1.00", "4.00"])
    }
}
