/// Colours: the series cycle and the heat-map colour map.
enum Palette {
    /// matplotlib's default cycle ("tab10"): distinct, colour-blind-aware and
    /// recognisable to every reader of papers.
    static let cycle = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ]

    static func cycleColor(_ index: Int) -> String { cycle[index % cycle.count] }

    /// `color` as an SVG paint, or nil when it is not a colour: `#rgb` and
    /// `#rrggbb` as given, one of the 148 CSS colour keywords in any ASCII case
    /// (returned in lower case). Anything else is rejected rather than
    /// escaped, so a colour can never smuggle markup or CSS into the figure,
    /// and a misspelt name is an error instead of a paint the browser silently
    /// replaces with black.
    static func paint(_ color: String) -> String? {
        let scalars = Array(color.unicodeScalars)
        if scalars.first == "#" {
            let hex = scalars.dropFirst()
            let valid = (hex.count == 3 || hex.count == 6) && hex.allSatisfy { $0.properties.isASCIIHexDigit }
            return valid ? color : nil
        }
        guard scalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { return nil }
        let name = color.lowercased()
        return cssNames.contains(name) ? name : nil
    }

    /// The named colours of CSS Color Module Level 4.
    static let cssNames: Set<String> = [
        "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black",
        "blanchedalmond", "blue", "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse", "chocolate",
        "coral", "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue", "darkcyan", "darkgoldenrod",
        "darkgray", "darkgreen", "darkgrey", "darkkhaki", "darkmagenta", "darkolivegreen", "darkorange",
        "darkorchid", "darkred", "darksalmon", "darkseagreen", "darkslateblue", "darkslategray",
        "darkslategrey", "darkturquoise", "darkviolet", "deeppink", "deepskyblue", "dimgray", "dimgrey",
        "dodgerblue", "firebrick", "floralwhite", "forestgreen", "fuchsia", "gainsboro", "ghostwhite", "gold",
        "goldenrod", "gray", "green", "greenyellow", "grey", "honeydew", "hotpink", "indianred", "indigo",
        "ivory", "khaki", "lavender", "lavenderblush", "lawngreen", "lemonchiffon", "lightblue", "lightcoral",
        "lightcyan", "lightgoldenrodyellow", "lightgray", "lightgreen", "lightgrey", "lightpink", "lightsalmon",
        "lightseagreen", "lightskyblue", "lightslategray", "lightslategrey", "lightsteelblue", "lightyellow",
        "lime", "limegreen", "linen", "magenta", "maroon", "mediumaquamarine", "mediumblue", "mediumorchid",
        "mediumpurple", "mediumseagreen", "mediumslateblue", "mediumspringgreen", "mediumturquoise",
        "mediumvioletred", "midnightblue", "mintcream", "mistyrose", "moccasin", "navajowhite", "navy",
        "oldlace", "olive", "olivedrab", "orange", "orangered", "orchid", "palegoldenrod", "palegreen",
        "paleturquoise", "palevioletred", "papayawhip", "peachpuff", "peru", "pink", "plum", "powderblue",
        "purple", "rebeccapurple", "red", "rosybrown", "royalblue", "saddlebrown", "salmon", "sandybrown",
        "seagreen", "seashell", "sienna", "silver", "skyblue", "slateblue", "slategray", "slategrey", "snow",
        "springgreen", "steelblue", "tan", "teal", "thistle", "tomato", "turquoise", "violet", "wheat", "white",
        "whitesmoke", "yellow", "yellowgreen",
    ]
}

/// The viridis colour map (van der Walt & Smith, matplotlib's default):
/// perceptually uniform, readable in greyscale and by colour-blind readers.
///
/// Stored as 10 evenly spaced anchors of the published map, interpolated
/// linearly in sRGB; the largest deviation from the 256-entry original is a
/// few units of 255, below what the eye separates. The colour bar is drawn as
/// an SVG gradient through the same anchors, so it matches the image exactly.
enum Viridis {
    static let anchors: [(r: Double, g: Double, b: Double)] = [
        (0x44, 0x01, 0x54), (0x48, 0x28, 0x78), (0x3e, 0x4a, 0x89), (0x31, 0x68, 0x8e),
        (0x26, 0x82, 0x8e), (0x1f, 0x9e, 0x89), (0x35, 0xb7, 0x79), (0x6d, 0xcd, 0x59),
        (0xb4, 0xde, 0x2c), (0xfd, 0xe7, 0x25),
    ]

    /// The colour at `t` ∈ [0, 1] (clamped) as 8-bit RGB.
    static func rgb(_ t: Double) -> (UInt8, UInt8, UInt8) {
        let u = min(max(t.isNaN ? 0 : t, 0), 1) * Double(anchors.count - 1)
        let i = min(Int(u), anchors.count - 2)
        let f = u - Double(i)
        let a = anchors[i], b = anchors[i + 1]
        func mix(_ x: Double, _ y: Double) -> UInt8 { UInt8((x + (y - x) * f).rounded()) }
        return (mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b))
    }

    /// `#rrggbb` of anchor `i`, for gradient stops.
    static func anchorHex(_ i: Int) -> String {
        let a = anchors[i]
        return "#" + [a.r, a.g, a.b].map { hexByte(UInt8($0)) }.joined()
    }

    static func hexByte(_ v: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(v >> 4)], digits[Int(v & 15)]])
    }
}
