/// How an axis maps data to position.
///
/// `.log` is base 10: ticks at powers of ten, labelled 10ⁿ, with minor ticks
/// at 2…9 × 10ⁿ. Points ≤ 0 cannot be shown on a log axis; they are skipped
/// and reported in ``Figure/warnings``.
public enum AxisScale: Equatable, Sendable, Codable {
    case linear
    case log
}

/// The dash pattern of a line or reference line.
public enum LineStyle: Equatable, Sendable, Codable {
    case solid
    case dashed
    case dotted

    /// SVG `stroke-dasharray` for a line of width 1.5 (matplotlib's patterns).
    var dashArray: String? {
        switch self {
        case .solid: return nil
        case .dashed: return "5.5 2.4"
        case .dotted: return "1.5 2.5"
        }
    }
}

/// Where a panel's legend goes. `.best` (the default) picks the corner, or
/// edge centre, whose box covers the fewest drawn points, as matplotlib's
/// `loc="best"` does; ties go to the first in matplotlib's order (upper right,
/// upper left, lower left, lower right, …). `.outside` puts it to the right of
/// the axes, top-aligned, and the plot area makes room for it. The legend
/// lists only series given a `label:`; with none, no legend is drawn.
public enum LegendPlacement: Equatable, Sendable, Codable {
    case best
    case upperRight
    case upperLeft
    case lowerLeft
    case lowerRight
    case outside
    case hidden
}

/// How the units of a panel's two axes relate.
public enum Aspect: Equatable, Sendable, Codable {
    /// Each axis fills the plot area (matplotlib's `"auto"`).
    case auto
    /// One unit is the same length on both axes (matplotlib's `set_aspect("equal")`,
    /// with the axes box adjusted): the plot area shrinks along one side, centred.
    case equal
}

/// Where a text annotation sits relative to its point (vertically it is centred on it).
public enum TextAlignment: Equatable, Sendable, Codable {
    /// The text starts at the point.
    case left
    case center
    /// The text ends at the point.
    case right
}
