import TeX

// Each input is split into lines, one formula each: a line's first byte picks display or inline
// and the rest is converted by one converter, formula after formula, so macros
// defined in one formula are used by the next, as in a document. The converter
// must return (no trap, no hang past the limits), every error offset must lie
// inside its formula, and the output must be one <math> element without a raw
// control character or a script element.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    var converter = MathConverter(macros: ["R": "\\mathbb{R}", "norm": "\\left\\|#1\\right\\|"])
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
        let display = line.first.map { $0 & 1 == 1 } ?? false
        let tex = String(decoding: line, as: UTF8.self)
        let result = converter.convert(tex, display: display)
        precondition(result.mathML.hasPrefix("<math xmlns=\"http://www.w3.org/1998/Math/MathML\""))
        precondition(result.mathML.hasSuffix("</semantics></math>"))
        precondition(!result.mathML.contains("<script"))
        precondition(!result.mathML.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        for error in result.errors { precondition((0...tex.utf8.count).contains(error.offset)) }
    }
    return 0
}
