import Foundation
import Plot

/// Lines of a notebook's cells stored as (cell, line within the cell), so that they move with
/// their cells (a ``CallSite/lineOrigin`` entry). A result may name lines of an earlier cell —
/// a check or a drawing call inside a function that cell declared — so a single origin (the
/// running cell's first line) would misplace them once prose between the two cells changes.
///
/// Used by the results cache (a prose edit keeps every entry) and by incremental runs, which
/// check and run cells at fixed lines of their own (`canonical`) and place the results where
/// the cells stand (docs/ARCHITECTURE.md, "The results cache", "Incremental runs").
public struct CellLines: LineMapping, Sendable {
    /// The `.md` line of each cell's first line, in order.
    public let firstLines: [Int]

    public init(_ firstLines: [Int]) { self.firstLines = firstLines }

    /// Lines of `count` cells that no prose edit moves: cell j starts at line j·2³² + 1.
    public static func canonical(_ count: Int) -> CellLines { CellLines((0..<count).map { ($0 << 32) + 1 }) }

    /// `line` as (cell << 32) + its offset in the last cell starting at or before it.
    public func stored(_ line: Int) -> Int {
        guard let cell = firstLines.lastIndex(where: { $0 <= line }) else { return line - (firstLines.first ?? 1) }
        return (cell << 32) + (line - firstLines[cell])
    }

    public func placed(_ stored: Int) -> Int {
        guard stored >= 0 else { return stored + (firstLines.first ?? 1) }
        let cell = stored >> 32
        guard cell < firstLines.count else { return stored }
        return firstLines[cell] + (stored & 0xFFFF_FFFF)
    }

    /// A line of these cells, at the same place in the cells `other` lists.
    public func line(_ line: Int, in other: CellLines) -> Int { other.placed(stored(line)) }
}

extension CellResult {
    /// This result of cells at `lines`, for the same cells at `other`: its error's, its checks'
    /// and its figures' lines.
    func moved(from lines: CellLines, to other: CellLines) -> CellResult {
        var result = self
        result.error?.line = lines.line(error?.line ?? 0, in: other)
        for index in result.checks.indices { result.checks[index].line = lines.line(checks[index].line, in: other) }
        if !figures.isEmpty { result.figures = Self.moved(figures, from: lines, to: other) ?? figures }
        if case .figure(let figure)? = display, let moved = Self.moved([figure], from: lines, to: other)?.first {
            result.display = .figure(moved)
        }
        return result
    }

    /// Figures through their coding, which moves their call sites.
    private static func moved(_ figures: [Figure], from lines: CellLines, to other: CellLines) -> [Figure]? {
        let encoder = PropertyListEncoder()
        encoder.outputFormat = .binary
        encoder.userInfo[CallSite.lineOrigin] = lines
        let decoder = PropertyListDecoder()
        decoder.userInfo[CallSite.lineOrigin] = other
        guard let data = try? encoder.encode(figures) else { return nil }
        return try? decoder.decode([Figure].self, from: data)
    }
}

extension CellError {
    func moved(from lines: CellLines, to other: CellLines) -> CellError {
        var error = self
        error.line = lines.line(line, in: other)
        return error
    }
}
