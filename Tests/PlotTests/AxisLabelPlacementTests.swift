import Foundation
import HeadlessBrowser
import Linalg
import Plot
import Testing

/// The y axis label sits beside the y tick labels, as a reader expects, whatever narrows the
/// plot: an equal aspect, a heat map's square cells. Chromium lays the figures out and the gap
/// between the label's box and the tick labels' boxes is measured; it must be the gap of an
/// ordinary figure, where the plot fills its frame.
@Suite(.enabled(if: HeadlessChromium.executable != nil, "chromium is not on PATH: axis label placement not checked"))
struct AxisLabelPlacementTests {
    static func figures() -> [(name: String, figure: Figure)] {
        let u = (0...40).map { Double($0) / 10 - 2 }
        var ordinary = Figure(xlabel: "u", ylabel: "v", width: 480, height: 320)
        ordinary.line(x: u, u.map { $0 * $0 / 2 - 1 })
        // A square data range in a wide frame: the plot is narrowed and centred.
        var equal = Figure(xlabel: "u", ylabel: "v", aspect: .equal, width: 480, height: 320)
        equal.line(x: u, u.map { $0 * $0 / 2 - 1 })
        var heat = Figure(ylabel: "row", width: 480, height: 320)
        heat.heatmap(Matrix((0..<4).map { i in (0..<4).map { j in Double(i * j) } }))
        return [("ordinary", ordinary), ("equal", equal), ("heatmap", heat)]
    }

    static let script = #"""
    <script>
    const gaps = {};
    for (const svg of document.querySelectorAll('body > div > svg')) {
      const label = svg.querySelector('g[transform^="rotate(-90"] text').getBoundingClientRect();
      const ticks = [...svg.querySelectorAll('g[text-anchor="end"] text')].map(t => t.getBoundingClientRect());
      const tickLeft = Math.min(...ticks.map(r => r.left));
      gaps[svg.parentElement.id] = tickLeft - label.right;
    }
    const out = document.createElement('pre'); out.id = 'gaps';
    out.textContent = JSON.stringify(gaps); document.body.appendChild(out);
    </script>
    """#

    @Test func theYLabelSitsBesideTheTickLabelsWhenThePlotIsNarrowed() throws {
        var page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">\n"
        for (index, item) in Self.figures().enumerated() {
            page += "<div id=\"\(item.name)\">" + item.figure.svg(idPrefix: "f\(index)-") + "</div>\n"
        }
        let browser = try #require(HeadlessChromium())
        defer { try? FileManager.default.removeItem(at: browser.folder) }
        let gaps = try browser.measure(html: page + "</body></html>", script: Self.script, resultID: "gaps",
                                       as: [String: Double].self)
        let ordinary = try #require(gaps["ordinary"])
        #expect(ordinary > 0 && ordinary < 16, "an ordinary figure's label is \(ordinary) px from its tick labels")
        // The tick labels of the three figures differ in width ("−1.0" against "3"), not the gap.
        for name in ["equal", "heatmap"] {
            let gap = try #require(gaps[name])
            #expect(abs(gap - ordinary) < 1.5, "\(name): the y label is \(gap) px from its tick labels, \(ordinary) px in an ordinary figure")
        }
    }
}
