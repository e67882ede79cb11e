import Foundation

/// A rectangle in SVG pixels, y downwards.
struct Rect: Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }
    var midX: Double { x + width / 2 }
    var midY: Double { y + height / 2 }

    func contains(_ p: PixelPoint) -> Bool { p.x >= x && p.x <= maxX && p.y >= y && p.y <= maxY }

    func intersects(_ other: Rect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }
}

/// Maps data values of one axis to pixels: `low` → `start`, `high` → `end`
/// (end < start for a y axis drawn upwards), linearly or in log10.
struct AxisMap {
    var scale: AxisScale
    var low: Double
    var high: Double
    var start: Double
    var end: Double

    /// Far-away values are clamped so path coordinates stay small numbers;
    /// they are outside the clip rectangle either way.
    func pixel(_ value: Double) -> Double {
        let t: Double
        switch scale {
        case .linear: t = (value / 2 - low / 2) / (high / 2 - low / 2) // halves: no overflow near ±Double.max
        case .log: t = (log10(value) - log10(low)) / (log10(high) - log10(low))
        }
        let p = start + t * (end - start)
        return p.isFinite ? Swift.min(Swift.max(p, -1e5), 1e5) : (value > low ? 1e5 : -1e5)
    }

    /// The data value at pixel `p` (the inverse of ``pixel(_:)`` inside the axis).
    func value(atPixel p: Double) -> Double {
        let t = (p - start) / (end - start)
        switch scale {
        case .linear: return low + t * (high - low)
        case .log: return pow(10, log10(low) + t * (log10(high) - log10(low)))
        }
    }

    /// Pixels per data unit at `value`, signed (negative on a y axis drawn upwards).
    func derivative(at value: Double) -> Double {
        switch scale {
        case .linear: return (end - start) / (high - low)
        case .log: return (end - start) / ((log10(high) - log10(low)) * value * M_LN10)
        }
    }

    /// The axis's extent in its own units (decades on a log axis).
    var span: Double {
        scale == .log ? log10(high) - log10(low) : high - low
    }

    /// Pixels per decade on a log axis (for minor-tick density).
    var pixelsPerDecade: Double {
        scale == .log ? abs(end - start) / Swift.max(log10(high) - log10(low), 1e-12) : 0
    }

    /// The axis range for the data: the given limits (if usable on this
    /// scale), else the extent padded by 5 % of its span on each non-sticky
    /// side (a histogram's baseline, a contour's grid edge) (in log space on a log axis). A zero-width extent is widened by
    /// 5 % of its value (±1 at or below 10⁻³⁰⁰; half a decade each way on a log axis)
    /// so that constant data still gets a readable axis.
    static func domain(extent: DataExtent?, limits: AxisLimits?, scale: AxisScale,
                       padded: Bool = true) -> (low: Double, high: Double) {
        if let limits, scale == .linear || limits.low > 0 { return (limits.low, limits.high) }
        guard let extent else { return scale == .log ? (1, 10) : (0, 1) }
        switch scale {
        case .linear:
            var (low, high) = (extent.low, extent.high)
            if high / 2 - low / 2 <= 0.5e-9 * Swift.max(abs(low), abs(high)) || high == low {
                let magnitude = Swift.max(abs(low), abs(high))
                // Below the normal range a relative widening vanishes: use an absolute one.
                let d = magnitude < 1e-300 ? 1 : magnitude * 0.05
                return (Swift.max(low - d, -Double.greatestFiniteMagnitude), Swift.min(high + d, Double.greatestFiniteMagnitude))
            }
            guard padded else { return (low, high) }
            let pad = 0.05 * high - 0.05 * low
            if !extent.stickyLow { low = Swift.max(low - pad, -Double.greatestFiniteMagnitude) }
            if !extent.stickyHigh { high = Swift.min(high + pad, Double.greatestFiniteMagnitude) }
            return (low, high)
        case .log:
            var (a, b) = (log10(extent.low), log10(extent.high))
            if b - a < 1e-9 { return (pow(10, a - 0.5), pow(10, b + 0.5)) }
            guard padded else { return (extent.low, extent.high) }
            let pad = 0.05 * (b - a)
            if !extent.stickyLow { a -= pad }
            if !extent.stickyHigh { b += pad }
            return (pow(10, a), pow(10, b))
        }
    }
}
