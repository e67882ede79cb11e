import Foundation

/// A ``ReportMemo`` as bytes, so that `nb render` with the results cache keeps it beside the
/// cells' entries (docs/ARCHITECTURE.md, "The results cache"): a prose edit then neither parses
/// a cell's code nor draws a figure again, as in `nb preview`. Only what stays exact across
/// processes is written: each cell's parsed code (a function of the code, for one nb: the file
/// that holds the bytes names the nb that wrote them) and the SVG of each figure known by its
/// result key (a function of that key, which names nb itself); a figure known by its bytes alone
/// is drawn again.
///
/// The bytes are nb's binary fields (`BinaryFields.swift`), entries sorted by key,
/// so the same memo is the same bytes. Checking them (a hash, the nb that wrote them) is the
/// file's business, not this one's: a decoder that meets anything out of shape returns nil.
extension ReportMemo {
    /// A memo for one command, to be written back after it (nil bytes: an empty one).
    public static func persistent(decoding data: Data?) -> ReportMemo? {
        let memo = ReportMemo(isPersistent: true)
        guard let data else { return memo }
        var reader = BinaryFieldReader(bytes: [UInt8](data))
        guard let codeCount = reader.count() else { return nil }
        for _ in 0..<codeCount {
            guard let code = reader.string(), let names = reader.strings(), let hasRanges = reader.byte() else { return nil }
            var classifications: [SwiftHighlighter.ParsedCode.Classified]?
            if hasRanges == 1 {
                guard let count = reader.count(), count <= reader.remaining else { return nil }
                var ranges: [SwiftHighlighter.ParsedCode.Classified] = []
                ranges.reserveCapacity(count)
                for _ in 0..<count {
                    guard let start = reader.count(), let end = reader.count(), end >= start,
                          let identifier = reader.byte(), let hasClass = reader.byte() else { return nil }
                    var className: String?
                    if hasClass == 1 {
                        guard let name = reader.string() else { return nil }
                        className = name
                    }
                    ranges.append(.init(range: start..<end, isIdentifier: identifier == 1, className: className))
                }
                classifications = ranges
            }
            memo.parsed[code] = SwiftHighlighter.ParsedCode(code: code, classifications: classifications, declaredNames: Set(names))
        }
        guard let svgCount = reader.count() else { return nil }
        for _ in 0..<svgCount {
            guard let figure = reader.string(), figure.hasPrefix("result "), let idPrefix = reader.string(),
                  let svg = reader.string() else { return nil }
            memo.svgs[SVGKey(figure: Data(figure.utf8), idPrefix: idPrefix)] = svg
        }
        return reader.atEnd ? memo : nil
    }

    /// Whether the memo's bytes would differ from those it was made from: a render added to it,
    /// or left some of it unused.
    public var changedSinceMade: Bool {
        lock.withLock { added || usedSinceMade.code.count < parsed.count || usedSinceMade.svgs.count < svgs.count }
    }

    /// What the renders since the memo was made used, as bytes (see above).
    public func encoded() -> Data {
        lock.withLock {
            var writer = BinaryFieldWriter()
            let codes = parsed.keys.filter { usedSinceMade.code.contains($0) }.sorted()
            writer.count(codes.count)
            for code in codes {
                let entry = parsed[code]!
                writer.string(code)
                writer.strings(entry.declaredNames.sorted())
                if let classifications = entry.classifications {
                    writer.byte(1)
                    writer.count(classifications.count)
                    for classified in classifications {
                        writer.count(classified.range.lowerBound)
                        writer.count(classified.range.upperBound)
                        writer.byte(classified.isIdentifier ? 1 : 0)
                        if let name = classified.className {
                            writer.byte(1)
                            writer.string(name)
                        } else {
                            writer.byte(0)
                        }
                    }
                } else {
                    writer.byte(0)
                }
            }
            let keys = svgs.keys.filter { key in
                usedSinceMade.svgs.contains(key) && key.figure.starts(with: Array("result ".utf8))
            }.sorted { (String(decoding: $0.figure, as: UTF8.self), $0.idPrefix) < (String(decoding: $1.figure, as: UTF8.self), $1.idPrefix) }
            writer.count(keys.count)
            for key in keys {
                writer.field(Array(key.figure))
                writer.string(key.idPrefix)
                writer.string(svgs[key]!)
            }
            return Data(writer.bytes)
        }
    }
}
