import Foundation
import Linalg
import Testing

/// What links Linalg loads Debian's single-threaded OpenBLAS (Package.swift, `serialBLAS`;
/// .ci/setup installs `libopenblas0-serial`): no worker threads started before `main`, and
/// sums that do not depend on the machine's core count.
@Suite struct SerialBLASTests {
    #if os(Linux)
    @Test func theSingleThreadedOpenBLASIsTheOneLoaded() throws {
        let product = Matrix([[1, 2], [3, 4]]) * Matrix([[5], [6]])
        #expect(product == Matrix([[17], [39]]))
        // Read to its end: /proc files say they are empty, and a sized read stops short.
        let maps = String(decoding: try #require(FileHandle(forReadingAtPath: "/proc/self/maps")).readDataToEndOfFile(), as: UTF8.self)
        #expect(maps.contains("/openblas-serial/libopenblas"), "run .ci/setup: libopenblas0-serial is missing")
        #expect(!maps.contains("/openblas-pthread/"))
        #expect(BLASThreading.threadCount == 1)
    }
    #endif
}
