import Foundation

/// What Chromium made of a report's math: the size of every `<math>`
/// element, and any TeX left visible as text (a `\command` or a `$` outside
/// code, `<pre>` and annotations).
public struct MathLayout: Decodable, Sendable {
    /// `"width×height"` of each `<math>` element, in document order.
    public var boxes: [String]
    public var rawTeX: [String]
    /// Indices of the `<math>` elements of print-only copies (a wide display formula cut at
    /// its relations, `.math-lines`), which the screen does not show.
    public var printOnly: [Int]

    /// Indices and sizes of `<math>` elements shown on screen that laid out to nothing.
    public var emptyBoxes: [(index: Int, box: String)] {
        boxes.enumerated().filter { index, box in
            if printOnly.contains(index) { return false }
            let sides = box.split(separator: "x").compactMap { Double($0) }
            return sides.count != 2 || sides[0] <= 0 || sides[1] <= 0
        }.map { (index: $0.offset, box: $0.element) }
    }

    static let script = #"""
        <script>
        (function () {
          const maths = Array.from(document.querySelectorAll("math"));
          const printOnly = maths.flatMap(function (m, i) { return m.closest(".math-lines") ? [i] : []; });
          const boxes = maths.map(function (m) {
            const r = m.getBoundingClientRect();
            return [Math.round(r.width * 10) / 10, Math.round(r.height * 10) / 10].join("x");
          });
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const rawTeX = [];
          while (walker.nextNode()) {
            const node = walker.currentNode;
            if (node.parentElement.closest("annotation, pre, code, style, script")) continue;
            const match = node.data.match(/\\[A-Za-z]+|\$/);
            if (match) rawTeX.push(match[0]);
          }
          const out = document.createElement("pre");
          out.id = "nb-math-layout";
          out.textContent = JSON.stringify({ boxes: boxes, rawTeX: rawTeX, printOnly: printOnly });
          document.body.appendChild(out);
        })();
        </script>
        """#
}

extension HeadlessChromium {
    /// Lays out `html` and measures its math.
    public func mathLayout(of html: String) throws -> MathLayout {
        try measure(html: html, script: MathLayout.script, resultID: "nb-math-layout", as: MathLayout.self)
    }

    /// Screenshots `html` and an empty page of the same size; a page with
    /// content compresses to a PNG many times the blank one's size.
    public func screenshotBytes(of html: String, named name: String,
                                width: Int = 1000, height: Int = 3000) throws -> (page: Int, blank: Int, png: URL) {
        let shot = folder.appendingPathComponent(name + ".png")
        try screenshot(of: try page(html, named: name + ".html"), to: shot, width: width, height: height)
        let blank = folder.appendingPathComponent(name + "-blank.png")
        try screenshot(of: try page("<!DOCTYPE html><html><body></body></html>", named: name + "-blank.html"),
                       to: blank, width: width, height: height)
        return (try Data(contentsOf: shot).count, try Data(contentsOf: blank).count, shot)
    }
}
