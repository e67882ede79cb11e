import Foundation
import Testing
@testable import Digest

@Suite struct SHA256Tests {
    /// FIPS 180-4's examples (NIST CSRC "SHA256.pdf") and the empty message.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func standardVectors(message: String, expected: String) {
        #expect(SHA256.hash(of: Array(message.utf8)).hex == expected)
    }

    @Test func aMillionAs() {
        #expect(SHA256.hash(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)).hex
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Against coreutils' sha256sum, on lengths around every block boundary, fed in uneven pieces.
    @Test func agreesWithSha256sum() throws {
        var generator = SystemRandomNumberGenerator()
        for length in [1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000, 4097] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID())")
            try Data(bytes).write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
            process.arguments = [file.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            var hash = SHA256()
            var offset = 0, piece = 1
            while offset < bytes.count {
                let end = min(bytes.count, offset + piece)
                hash.update(bytes[offset..<end])
                offset = end
                piece = piece * 3 + 1
            }
            #expect(output.hasPrefix(hash.finalize().hex + " "), "length \(length)")
        }
    }

    @Test func fieldsDoNotRunIntoEachOther() {
        var one = SHA256(), two = SHA256()
        one.update(field: "ab"); one.update(field: "c")
        two.update(field: "a"); two.update(field: "bc")
        #expect(one.finalize() != two.finalize())
    }
}
