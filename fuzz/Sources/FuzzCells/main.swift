import Cells

// The input is the Swift code of one cell (and, after a line `//---`, of a second one). Checked
// and run under small limits (a second per cell, 256 MiB), nb must return: a located error or a
// result, never a trap, a hang or unbounded memory, and every error must sit inside its cell.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parts = source.components(separatedBy: "\n//---\n").prefix(2)
    var cells: [CellSource] = []
    var line = 2
    for (index, code) in parts.enumerated() {
        cells.append(CellSource(index: index, code: code, firstLine: line))
        line += code.utf8.count { $0 == UInt8(ascii: "\n") } + 3
    }
    let configuration = RunConfiguration(seed: 1, defaultTimeout: 1, memoryLimitBytes: 256 << 20)
    let (rejections, results) = CellProgram(cells: cells, configuration: configuration).checkAndRun()
    for error in rejections + results.compactMap(\.error) {
        precondition(error.line >= 2 && error.line <= line, "error at line \(error.line) outside the cells (2...\(line))")
    }
    return 0
}
