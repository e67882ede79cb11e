import Foundation
import HeadlessBrowser

/// Prints an HTML report to PDF with headless Chromium (docs/ARCHITECTURE.md, "Slides and PDF").
///
/// The page is written beside the notebook (so that its relative image links resolve), printed
/// with `chromium --print-to-pdf`, and removed. Chromium honours the page's `@page` rules: its size,
/// margins and margin boxes (the title and the page numbers), so what the PDF looks like is all
/// in CSS (`PrintSetup`, `Report.Stylesheet`). The network is closed to it: a PDF depends only on
/// the notebook. Chromium stamps the time into `/CreationDate` and `/ModDate`; those are rewritten
/// to a fixed date (same length, so the cross-reference offsets stay right), which makes the same
/// notebook give the same bytes.
struct PDFPrinter {
    enum Failure: Error, Equatable {
        /// Neither `chromium` nor `chromium-browser` is on PATH.
        case chromiumMissing
        /// Chromium ran but wrote no PDF (its exit status), or did not finish in time.
        case printFailed(status: Int32)
        case timedOut(seconds: Int)
        case io(errno: Int32)
    }

    /// How long one print may take before Chromium is stopped.
    var timeout: Int = 180
    /// The browser that prints; nil when none is installed.
    var chromium: URL? = HeadlessChromium.executable

    /// The PDF of `html`, laid out as if it were a file in `folder`.
    func print(html: String, folder: String) throws(Failure) -> Data {
        guard let chromium else { throw .chromiumMissing }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("nb-print-\(getpid())-\(UUID().uuidString)")
        let page = URL(fileURLWithPath: folder.isEmpty ? "." : folder)
            .appendingPathComponent(".nb-print-\(getpid())-\(UUID().uuidString.prefix(8)).html").standardizedFileURL
        let pdf = scratch.appendingPathComponent("out.pdf")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
        } catch {
            try? FileManager.default.removeItem(at: scratch)
            throw .io(errno: (error as NSError).code == 0 ? EIO : Int32(truncatingIfNeeded: (error as NSError).code))
        }
        defer {
            try? FileManager.default.removeItem(at: page)
            try? FileManager.default.removeItem(at: scratch)
        }
        let process = Process()
        process.executableURL = chromium
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                             "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND",
                             "--user-data-dir=\(scratch.appendingPathComponent("profile").path)",
                             "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { throw .chromiumMissing }
        if finished.wait(timeout: .now() + .seconds(timeout)) == .timedOut {
            process.terminate()
            process.waitUntilExit()
            throw .timedOut(seconds: timeout)
        }
        guard let data = FileManager.default.contents(atPath: pdf.path), data.starts(with: Array("%PDF".utf8)) else {
            throw .printFailed(status: process.terminationStatus)
        }
        return Self.fixingDates(data)
    }

    /// The date every PDF says it was made: the time of printing would make each render differ.
    static let fixedDate = Array("20000101000000".utf8)

    /// `data` with the 14 digits after each `/CreationDate (D:` and `/ModDate (D:` set to
    /// ``fixedDate`` and a time-zone offset to `+00'00'`, byte for byte in place.
    static func fixingDates(_ data: Data) -> Data {
        var bytes = [UInt8](data)
        for key in ["/CreationDate (D:", "/ModDate (D:"].map({ Array($0.utf8) }) {
            var index = 0
            while let found = find(key, in: bytes, from: index) {
                let start = found + key.count
                var end = start
                while end < bytes.count, end - start < 40, bytes[end] != UInt8(ascii: ")") { end += 1 }
                let digits = min(14, end - start)
                if bytes[start..<start + digits].allSatisfy({ (48...57).contains($0) }) {
                    bytes.replaceSubrange(start..<start + digits, with: fixedDate.prefix(digits))
                    let zone = Array("+00'00'".utf8)
                    if end - (start + digits) == zone.count { bytes.replaceSubrange(start + digits..<end, with: zone) }
                }
                index = end
            }
        }
        return Data(bytes)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

/// What the printed copy of a page adds to it: the paper, the margins, and the title and page
/// numbers in the margin boxes. The HTML handout itself keeps a general print stylesheet (any
/// paper, the browser's own headers), so printing it from a browser still works.
enum PrintSetup {
    /// A handout on `paper`: `title` at the top of each page, `n / N` at the bottom.
    static func handout(paper: Paper, title: String) -> String {
        """
        @page { size: \(paper.cssSize); margin: 2cm 2cm 2.2cm;
          @top-center { content: \(cssString(title)); font: italic 9pt "Latin Modern Roman", "DejaVu Serif", serif; color: #555; }
          @bottom-center { content: counter(page) " / " counter(pages); font: 9pt "Latin Modern Roman", "DejaVu Serif", serif; color: #555; }
        }
        @page :first { @top-center { content: none; } }

        """
    }

    /// A deck: one 16:9 page per slide, no margins (the slide carries its number).
    static let deck = "@page { size: 1280px 720px; margin: 0; }\n"

    /// `html` with `css` in a style element at the end of its head.
    static func adding(_ css: String, to html: String) -> String {
        guard let head = html.range(of: "</head>") else { return html }
        return html.replacingCharacters(in: head, with: "<style>\n\(css)</style>\n</head>")
    }

    /// `text` as a CSS string literal: every character but letters, digits and spaces as a hex
    /// escape, so that nothing in a title can end the string or the style element.
    static func cssString(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic && scalar.value < 0x80 || ("0"..."9").contains(Character(scalar)) || scalar == " " {
                literal.unicodeScalars.append(scalar)
            } else {
                literal += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return literal + "\""
    }
}
