import TeX

/// One input: any bytes, read as UTF-8, converted as inline and as display math.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTeX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var converter = MathConverter()
    _ = converter.convert(text, display: false)
    _ = converter.convert(text, display: true)
    return 0
}
